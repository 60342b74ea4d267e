package vn.gnbv.tracker.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Components named in report text, resolved to the phase's own codes from the catalogue: by number ("Dự án 2",
 * "Tiểu dự án 1", "TDA2 DA4", "Tiểu dự án 1,2" = the project) or by name ("Cải thiện dinh dưỡng"). Numbers are the
 * phase's numbering, so "Dự án 3" is production support in 2016–2020 and in 2021–2025 alike only if the data says so.
 */
final class Components {
    /** What a piece of text names: a project number, a sub-project number (either may be null), or a code by name. */
    record Mention(Integer project, Integer sub, String byName, int end) {}

    private static final Pattern SUB = Pattern.compile("(?:tieu du(?: an)?|tda)\\s*(\\d+)(?:\\s*,\\s*\\d+)?");
    private static final Pattern SUB_LIST = Pattern.compile("(?:tieu du(?: an)?|tda)\\s*\\d+\\s*,\\s*\\d+");
    private static final Pattern PROJECT = Pattern.compile("(?<!tieu )(?:du an|(?<![a-z])da)\\s*(\\d+)(?!\\d)");

    private final List<Catalogue.Component> all;
    private final java.util.Map<String, String> folded = new java.util.HashMap<>(); // code → folded Vietnamese name

    Components(List<Catalogue.Component> all) {
        this.all = all;
        all.forEach(c -> folded.put(c.code(), Fold.of(Fold.nfc(c.nameVi()))));
    }

    /** The numbers named in folded text [from, to); the last project and sub-project mentions win. */
    Mention find(String folded, int from, int to) {
        Integer project = null;
        Integer sub = null;
        int end = -1;
        Matcher s = SUB.matcher(folded).region(from, to);
        while (s.find()) {
            boolean list = SUB_LIST.matcher(folded).region(s.start(), s.end()).matches();
            sub = list ? 0 : Integer.valueOf(s.group(1)); // "TDA 1,2": the project as a whole
            end = Math.max(end, s.end());
        }
        Matcher p = PROJECT.matcher(folded).region(from, to);
        while (p.find()) {
            project = Integer.valueOf(p.group(1));
            end = Math.max(end, p.end());
        }
        return project == null && sub == null ? null : new Mention(project, sub, null, end);
    }

    /** {@code to} moved past a list of numbers it cuts ("Tiểu dự án 1,2" cut after the 1 is both, not the first). */
    static int listEnd(String folded, int to) {
        int end = to;
        while (end < folded.length()
                && (Character.isDigit(folded.charAt(end))
                        || ((folded.charAt(end) == ',' || folded.charAt(end) == ' ')
                                && end > 0
                                && Character.isDigit(folded.charAt(end - 1))
                                && end + 2 < folded.length()
                                && Character.isDigit(
                                        folded.charAt(folded.charAt(end + 1) == ' ' ? end + 2 : end + 1))))) {
            end++;
        }
        return end;
    }

    /** A heading that is a component's name (numbering and bullets stripped), or null. */
    String byName(String foldedLine) {
        String t = foldedLine
                .replaceAll("^[\\s\\-+*\\d.()a-z]{0,8}?(?=[a-z]{2})", "")
                .replaceAll("[*:.\\s]+$", "");
        if (t.length() < 8) {
            return null;
        }
        String found = null;
        for (Catalogue.Component c : all) {
            String name = folded.get(c.code());
            if (t.equals(name) || (t.startsWith(name) && t.length() - name.length() < 3)) {
                if (found != null && !found.equals(c.code())) {
                    return null; // two components of that name (DA6 and its TDA in some phases): ambiguous
                }
                found = c.code();
            }
        }
        return found;
    }

    /** The sub-project numbered {@code sub} whose name the text starts with (≥ 25 letters in common), or null. */
    String subByName(String foldedRest, int sub) {
        String t = foldedRest.replaceAll("^[\\s:.\\-*]+", "");
        String best = null;
        int bestLen = 24;
        for (Catalogue.Component c : all) {
            if (!"SUB_PROJECT".equals(c.kind()) || c.number() != sub) {
                continue;
            }
            String name = folded.get(c.code());
            int n = 0;
            while (n < Math.min(name.length(), t.length()) && name.charAt(n) == t.charAt(n)) {
                n++;
            }
            if (n > bestLen) {
                bestLen = n;
                best = c.code();
            }
        }
        return best;
    }

    /** The code for a project number and a sub-project number (0 = the project as a whole), or null. */
    String code(Integer project, Integer sub) {
        if (project == null) {
            return null;
        }
        Catalogue.Component p = all.stream()
                .filter(c -> "PROJECT".equals(c.kind()) && c.number() == project)
                .findFirst()
                .orElse(null);
        if (p == null) {
            return null;
        }
        if (sub == null || sub == 0) {
            return p.code();
        }
        return all.stream()
                .filter(c -> p.code().equals(c.parentCode()) && c.number() == sub)
                .map(Catalogue.Component::code)
                .findFirst()
                .orElse(null);
    }

    /** The project code above a component code (itself for a project). */
    String projectOf(String code) {
        if (code == null) {
            return null;
        }
        return all.stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .map(c -> c.parentCode() == null ? c.code() : c.parentCode())
                .orElse(null);
    }

    Integer numberOf(String code) {
        return all.stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .map(Catalogue.Component::number)
                .orElse(null);
    }
}
