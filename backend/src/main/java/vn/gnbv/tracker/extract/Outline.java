package vn.gnbv.tracker.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the reader is in the report, block by block: the program phase, project and sub-project, year, and the
 * source, capital type and measure a heading or a lead-in line ("a) Vốn đối ứng (ngân sách địa phương)", "- Giải
 * ngân:", "2.1. Ngân sách trung ương: 221.878 triệu đồng, gồm:") gives the lines under it.
 */
final class Outline {
    private static final Pattern ROMAN = Pattern.compile("^\\s*[ivx]+\\.\\s");
    private static final Pattern YEAR_HEAD = Pattern.compile("^[\\s\\-+*]*nam (\\d{4})\\b");
    private static final Pattern PHASE = Pattern.compile("giai doan (\\d{4})\\s*-\\s*(\\d{4})");
    private static final Pattern NUMBERED = Pattern.compile("^[\\s\\-+*]*(?:\\d+\\.\\s?)*\\d*[.)]?\\s*");

    private final java.util.Map<String, Components> byProgram = new java.util.HashMap<>();
    private final Catalogue catalogue;
    private final String reportProgram;

    String program;
    Integer project;
    String component;
    Integer year;
    String source;
    String capital;
    String measure;

    Outline(Catalogue catalogue, String reportProgram) {
        this.catalogue = catalogue;
        this.reportProgram = reportProgram;
        this.program = reportProgram;
    }

    /** Reads a block's heading role before its amounts are read. */
    void enter(String folded, boolean hasAmount) {
        if (ROMAN.matcher(folded).find()) {
            project = null;
            component = null;
            year = null;
            source = null;
            capital = null;
            measure = null;
            program = reportProgram;
            Matcher ph = PHASE.matcher(folded);
            if (ph.find()) {
                program = programFor(Integer.parseInt(ph.group(1)), Integer.parseInt(ph.group(2)));
            }
            if (folded.contains("de xuat")) {
                measure = "PROPOSED";
            }
            return;
        }
        int head = NUMBERED.matcher(folded).lookingAt()
                ? NUMBERED.matcher(folded)
                        .results()
                        .findFirst()
                        .map(r -> r.end())
                        .orElse(0)
                : 0;
        Components.Mention m = comps().find(folded, head, Math.min(folded.length(), head + 24));
        if (m != null && m.end() <= head + 24) {
            if (m.project() != null) {
                project = m.project();
                year = null;
                source = null;
                capital = null;
            }
            if (m.sub() != null && project == null) {
                // "Tiểu dự án 1: Hỗ trợ đầu tư …" with no project heading above: the sub-project by its name
                component = comps().subByName(folded.substring(m.end()), m.sub());
                project = component == null ? null : comps().numberOf(comps().projectOf(component));
                measure = null;
            } else if (m.sub() != null) {
                component = comps().code(project, m.sub());
                measure = null;
            } else {
                component = comps().code(project, null);
            }
        } else if (!hasAmount) {
            String named = comps().byName(folded);
            if (named != null) {
                component = named;
                project = comps().numberOf(comps().projectOf(named));
            }
        }
        Matcher y = YEAR_HEAD.matcher(folded);
        if (y.find()) {
            year = Integer.valueOf(y.group(1));
            measure = null;
            if (component != null && !component.equals(comps().projectOf(component))) {
                component = comps().projectOf(component);
            }
        }
        if (!hasAmount) {
            lead(folded);
        }
    }

    /** A lead-in line without amounts (or a total whose parts follow): its cues hold for the lines below. */
    void lead(String folded) {
        if (folded.length() > 120) {
            return; // prose, not a lead-in
        }
        Cues.Cue s = Cues.source(folded, 0, folded.length());
        Cues.Cue c = Cues.capital(folded, 0, folded.length());
        Cues.Cue me = Cues.measure(folded, 0, folded.length());
        if (s != null) {
            source = s.code();
        }
        if (c != null) {
            capital = c.code();
        }
        if (me != null && !"CARRIED".equals(me.code())) {
            measure = me.code();
        }
        Matcher y = Pattern.compile("\\bnam (\\d{4})\\b").matcher(folded);
        if (folded.length() < 80 && y.find() && year == null) {
            year = Integer.valueOf(y.group(1));
        }
    }

    /** The components of the phase being read. */
    Components comps() {
        return byProgram.computeIfAbsent(program, p -> new Components(catalogue.components(p)));
    }

    private String programFor(int from, int to) {
        for (Catalogue.Program p : catalogue.programs()) {
            if (p.startYear() == from && p.endYear() == to) {
                return p.code();
            }
        }
        return reportProgram;
    }
}
