package vn.gnbv.tracker.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The group (poor, near-poor households) an indicator value is counted for, when its rule says "@". */
final class Groups {
    private static final Pattern GROUPS_LISTED = Pattern.compile("ngheo,? (?:va )?(?:ho )?can ngheo");
    private static final Pattern GROUP = Pattern.compile("^\\W*(?:[a-z]+ ){0,5}?(?:cho )?(?:luot )?ho (can )?ngheo");
    private static final Pattern GROUP_ANYWHERE = Pattern.compile("\\bho (can )?ngheo");

    private Groups() {}

    /**
     * A rule's category, "@" for the group the value is counted for: named right after it ("42 lượt hộ nghèo vay
     * vốn"; none when several are listed), else nearest before it in its clause ("Hộ cận nghèo vay số tiền …").
     */
    static String category(String rule, String folded, int clause, int s, int e) {
        if (!"@".equals(rule)) {
            return rule;
        }
        // up to the end of its clause: "…, 100.136 triệu đồng; vay ưu đãi hộ nghèo …" names the next one's group
        String after = folded.substring(e, Math.min(Clauses.clauseEnd(folded, e), e + 30));
        if (GROUPS_LISTED.matcher(after).find()) {
            return null;
        }
        Matcher g = GROUP.matcher(after);
        if (g.lookingAt()) {
            return g.group(1) != null ? "NEAR_POOR" : "POOR";
        }
        Matcher b = GROUP_ANYWHERE.matcher(folded).region(clause, s);
        String found = null;
        while (b.find()) {
            // "giúp 364 hộ nghèo, cận nghèo, hộ mới thoát nghèo … vay vốn …": several groups listed, none of them
            boolean listed = GROUPS_LISTED
                    .matcher(folded)
                    .region(b.end() - 5, Math.min(s, b.end() + 20))
                    .lookingAt();
            if (listed) {
                return null;
            }
            found = b.group(1) != null ? "NEAR_POOR" : "POOR";
        }
        return found;
    }

    /** The group named right after a count's noun, in [from, to), or null (none, or several listed). */
    static String after(String folded, int from, int to) {
        String after = folded.substring(from, Math.max(from, to));
        if (GROUPS_LISTED.matcher(after).find()) {
            return null;
        }
        Matcher g = GROUP.matcher(after);
        return g.lookingAt() ? (g.group(1) != null ? "NEAR_POOR" : "POOR") : null;
    }
}
