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
    static final int UNNUMBERED = Headings.UNNUMBERED;
    private static final Pattern BOTH_SOURCES =
            Pattern.compile("trung uong\\W{1,3}(?:va |ngan sach )?dia phuong|nstw\\W{1,3}(?:va )?nsdp");

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
    /** The level of the heading that opened the component being read; a heading at that level or above ends it. */
    private int level = UNNUMBERED;
    /** Whether the sub-project was named under a year ("Năm 2022:" then "- Tiểu dự án 1:"): the next year ends it. */
    private boolean subUnderYear;
    /** Whether the year was set while a sub-project was being read: it is that sub-project's, not the next one's. */
    private boolean yearUnderSub;
    /** The level of the heading whose lead-in gave the source, capital type or measure (deeper headings keep them). */
    private final LeadIns leads = new LeadIns();

    private static final Pattern TARGETS = Pattern.compile("(?<!chuong trinh )muc tieu|chi tieu");
    private static final Pattern RESULTS = Pattern.compile("ket qua|danh gia|tinh hinh|thuc hien cac");
    /** Under a heading of targets ("II. MỤC TIÊU", "1. Các chỉ tiêu chủ yếu"), not of results. */
    boolean targets;
    /** The province's resolution and restated targets (see {@link Scopes}). */
    final Scopes scopes = new Scopes();
    /** A heading's phase ("1.1. Chỉ tiêu Nghị quyết Đại hội nhiệm kỳ 2021-2025"): the period of the values under it. */
    String period;

    private int periodLevel = UNNUMBERED;

    private int headingLevel;
    private Integer partYear;
    private static final Pattern PART = Pattern.compile("^[\\s*]*(?:[a-d]\\.\\s|phan thu)");
    private static final Pattern HEAD_PERIOD = Pattern.compile("(?:giai doan|nhiem ky) (\\d{4})\\s*[-–]\\s*(\\d{4})");

    private boolean componentHeading;
    private int depth = UNNUMBERED;

    Outline(Catalogue catalogue, String reportProgram) {
        this.catalogue = catalogue;
        this.reportProgram = reportProgram;
        this.program = reportProgram;
    }

    /** Reads a block's heading role before its amounts are read ({@code text} NFC, {@code folded} its fold). */
    void enter(String text, String folded, boolean hasAmount) {
        if (ROMAN.matcher(folded).find() || (!hasAmount && Headings.capitals(text))) {
            boolean part = !ROMAN.matcher(folded).find() && PART.matcher(folded).lookingAt();
            project = null;
            component = null;
            year = part ? null : partYear; // "A. KẾT QUẢ THỰC HIỆN NĂM 2023" holds over its "I.", "II."
            leads.clear();
            program = reportProgram;
            Matcher ph = PHASE.matcher(folded);
            if (ph.find()) {
                program = programFor(Integer.parseInt(ph.group(1)), Integer.parseInt(ph.group(2)));
            }
            if (folded.contains("de xuat")) {
                leads.put(LeadIns.MEASURE, 0, "PROPOSED");
            }
            level = UNNUMBERED;
            scopes.clear();
            headingLevel = 0;
            targets = TARGETS.matcher(folded).find() && !RESULTS.matcher(folded).find();
            headingPeriod(folded, 0);
            Matcher y = Headings.YEAR.matcher(folded);
            if (y.find()) {
                year = Integer.valueOf(y.group(1)); // "TỔNG NGUỒN VỐN THỰC HIỆN NĂM 2024"
            }
            if (part) {
                partYear = year;
            }
            sync();
            return;
        }
        depth = Headings.depth(folded);
        if (depth < UNNUMBERED) {
            headingLevel = depth;
        }
        if (depth < UNNUMBERED && depth <= periodLevel) {
            period = null;
            periodLevel = UNNUMBERED;
        }
        if (depth < UNNUMBERED && !hasAmount && folded.length() < 200) {
            headingPeriod(folded, depth);
        }
        scopes.enter(
                folded,
                depth,
                hasAmount,
                TARGETS.matcher(folded).find() && RESULTS.matcher(folded).find());
        if (depth < UNNUMBERED && !hasAmount && folded.length() < 160) {
            if (RESULTS.matcher(folded).find()) {
                targets = false;
            } else if (TARGETS.matcher(folded).find()) {
                targets = true;
            }
        }
        int head = NUMBERED.matcher(folded).lookingAt()
                ? NUMBERED.matcher(folded)
                        .results()
                        .findFirst()
                        .map(r -> r.end())
                        .orElse(0)
                : 0;
        int near = Components.listEnd(folded, Math.min(folded.length(), head + 24));
        Components.Mention m = comps().find(folded, head, near);
        String named = m == null && !hasAmount ? comps().byName(folded) : null;
        componentHeading = named != null || (m != null && m.end() <= near);
        if (m == null && named == null && depth < UNNUMBERED && depth <= level) {
            // "4. Kết quả thực hiện mục tiêu" after the projects' paragraphs: the heading ends the component
            if (component != null || project != null) {
                year = partYear; // the component's years end with it; a part's year ("A. … NĂM 2023") holds
            }
            project = null;
            component = null;
            leads.endAt(depth);
            level = UNNUMBERED;
        }
        if (depth < UNNUMBERED) {
            // a heading at a lead-in's level or above starts afresh: that lead-in's source, capital type or measure do
            // not carry over (its own cues are read by lead() below); a deeper heading keeps them
            leads.endAt(depth);
        }
        if (m != null && m.end() <= near) {
            if (m.project() != null) {
                project = m.project();
                year = null;
                leads.end(LeadIns.SOURCE, here());
                leads.end(LeadIns.CAPITAL, here());
                level = depth;
            } else if (depth < UNNUMBERED) {
                level = depth;
            }
            if (m.sub() != null) {
                subStarts();
            }
            if (m.sub() != null && project == null) {
                // "Tiểu dự án 1: Hỗ trợ đầu tư …" with no project heading above: the sub-project by its name
                component = comps().subByName(folded.substring(m.end()), m.sub());
                project = component == null ? null : comps().numberOf(comps().projectOf(component));
                leads.end(LeadIns.MEASURE, here());
            } else if (m.sub() != null) {
                component = comps().code(project, m.sub());
                if (!hasAmount || depth < UNNUMBERED) {
                    leads.end(LeadIns.MEASURE, here()); // a sub-project's heading, not an item of a list "cụ thể:"
                }
                if (depth < UNNUMBERED) {
                    year = null; // "3.2.2. Tiểu dự án 2": a year read under the previous sub-project is not its
                }
            } else {
                component = comps().code(project, null);
            }
        } else if (named != null) {
            component = named;
            project = comps().numberOf(comps().projectOf(named));
            if (!named.equals(comps().projectOf(named))) {
                subStarts();
            }
            level = Math.min(level, depth);
        }
        Matcher y = YEAR_HEAD.matcher(folded);
        if (y.find()) {
            year = Integer.valueOf(y.group(1));
            yearUnderSub = component != null && !subUnderYear && !component.equals(comps().projectOf(component));
            leads.end(LeadIns.MEASURE, here());
            // "Năm 2023:" after "Năm 2022:" and its "- Tiểu dự án 1:" lines: back to the project. Under a sub-project
            // heading ("+ Tiểu dự án 1:" then "Năm 2022, được giao …") the year is inside the sub-project.
            if (subUnderYear && component != null && !component.equals(comps().projectOf(component))) {
                component = comps().projectOf(component);
                subUnderYear = false;
            }
        }
        if (!hasAmount) {
            lead(folded);
        }
        sync();
    }

    /**
     * The level a line's lead-in holds at: a heading's own, else just below the last heading ("Kinh phí …, trong đó:"
     * under a capitals heading holds over its "2.1." parts; "- Giải ngân:" under "3.2.2." ends at the next "3.2.x.").
     */
    private int here() {
        return depth < UNNUMBERED ? depth : Math.min(UNNUMBERED, headingLevel + 1);
    }

    /** A heading naming a phase gives it; one naming none keeps its section's ("1. Mục tiêu …" under "… 2024-2025"). */
    private void headingPeriod(String folded, int level) {
        Matcher p = HEAD_PERIOD.matcher(folded);
        if (level == 0) {
            period = null;
            periodLevel = UNNUMBERED;
        }
        if (p.find()) {
            period = p.group(1) + "/" + p.group(2);
            periodLevel = level;
        }
    }

    private void sync() {
        source = leads.get(LeadIns.SOURCE);
        capital = leads.get(LeadIns.CAPITAL);
        measure = leads.get(LeadIns.MEASURE);
    }

    /**
     * A sub-project named: under a year named before it at project level ("Năm 2022:" then "- Tiểu dự án 1:"), the
     * next year ends it; a year read inside the previous sub-project is not this one's.
     */
    private void subStarts() {
        if (yearUnderSub) {
            year = null;
            yearUnderSub = false;
        }
        subUnderYear = year != null && depth == UNNUMBERED;
    }

    /** A lead-in line without amounts (or a total whose parts follow): its cues hold for the lines below. */
    void lead(String folded) {
        if (folded.length() > 120) {
            return; // prose, not a lead-in
        }
        // "a) Ngân sách trung ương; địa phương (bao gồm vốn đầu tư phát triển; vốn sự nghiệp)": a heading over both
        // sources or both capital types gives the lines under it neither
        boolean bothSources = BOTH_SOURCES.matcher(folded).find();
        Cues.Cue s = bothSources ? null : Cues.source(folded, 0, folded.length());
        Cues.Cue c = Cues.capital(folded, 0, folded.length());
        if (c != null
                && Cues.capital(folded, 0, c.start()) != null
                && !Cues.capital(folded, 0, c.start()).code().equals(c.code())) {
            c = null;
        }
        Cues.Cue me = Cues.measure(folded, 0, folded.length());
        if (s != null) {
            leads.put(LeadIns.SOURCE, here(), s.code());
        }
        if (c != null && !componentHeading) { // "Dự án 1 - Hỗ trợ đầu tư …" names a project, not a capital type
            leads.put(LeadIns.CAPITAL, here(), c.code());
        }
        if (me != null && !"CARRIED".equals(me.code())) {
            leads.put(LeadIns.MEASURE, here(), me.code());
        }
        Matcher y = Pattern.compile("\\bnam (\\d{4})\\b").matcher(folded);
        if (folded.length() < 80 && !folded.strip().endsWith(".") && y.find() && year == null) {
            year = Integer.valueOf(y.group(1));
        }
        sync();
    }

    /**
     * A short labelled line with one amount ("+ Vốn sự nghiệp: 11.620 triệu đồng."): its label's source and capital
     * type hold for the lines under it, as a lead-in's do.
     */
    void label(String folded, int labelEnd) {
        Cues.Cue s = Cues.source(folded, 0, labelEnd);
        Cues.Cue c = Cues.capital(folded, 0, labelEnd);
        if (s != null) {
            leads.put(LeadIns.SOURCE, here(), s.code());
        }
        if (c != null) {
            leads.put(LeadIns.CAPITAL, here(), c.code());
        }
        sync();
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
