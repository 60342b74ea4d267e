package vn.gnbv.tracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The poverty counts and rates every report states in the same words ("Hộ nghèo: 12.558 hộ, chiếm tỷ lệ 2,63%", "số
 * hộ nghèo là 241 hộ", "tỷ lệ hộ nghèo giảm 1,18%"): read before the vocabulary, whose rules they take precedence over.
 */
final class PovertyCounts {
    /** A number (its group 1 span) and the indicator it is. */
    record Found(String indicator, int start, int end) {}

    private static final String N = "(" + VnNumber.TOKEN + ")";

    private record Rule(String indicator, Pattern pattern) {}

    private static final List<Rule> RULES = List.of(
            new Rule(
                    "POOR_RATE_REDUCTION",
                    Pattern.compile("ty le (?:ho )?ngheo(?: chung)?(?: toan \\p{L}+)? giam "
                            + "(?:con |binh quan |duoc )?" + N + " ?%")),
            // not "vay ưu đãi hộ nghèo 600 hộ": the poor households that borrowed
            new Rule(
                    "HH_POOR",
                    Pattern.compile("(?<!can )(?<!vay )(?<!uu dai )ho ngheo(?: la| con| co)?:? " + N + " ho\\b")),
            new Rule("HH_NEAR_POOR", Pattern.compile("ho can ngheo(?: la| con| co)?:? " + N + " ho\\b")),
            new Rule(
                    "POOR_RATE",
                    Pattern.compile("(?<!can )ho ngheo(?: la| con)?:? " + VnNumber.TOKEN + " ho, chiem(?: ty le)? " + N
                            + " ?%")),
            new Rule(
                    "NEAR_POOR_RATE",
                    Pattern.compile(
                            "ho can ngheo(?: la| con)?:? " + VnNumber.TOKEN + " ho, chiem(?: ty le)? " + N + " ?%")),
            new Rule(
                    "POOR_RATE",
                    Pattern.compile("(?<!giam )ty le ho ngheo(?: toan \\p{L}+| chung)?(?: la| con| (?:giam )?xuong"
                            + "(?: con)?)? " + N + " ?%")),
            new Rule("HH_POOR", Pattern.compile("\\bcon " + N + " ho ngheo")),
            // "toàn thành phố có 538 hộ nghèo": the unit's count, not the households some action reached
            new Rule("HH_POOR", Pattern.compile("toan (?:thanh pho|huyen|thi xa|tinh|xa) co " + N + " ho ngheo")),
            new Rule("POOR_RATE", Pattern.compile(VnNumber.TOKEN + " ho ngheo,? chiem(?: ty le)? " + N + " ?%")),
            new Rule("HH_POOR_REDUCED", Pattern.compile("giam (?:duoc )?" + N + " ho ngheo")));

    private PovertyCounts() {}

    /** Every number the fixed rules read in a block, rule by rule. */
    static List<Found> find(String folded) {
        List<Found> out = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern.matcher(folded);
            while (m.find()) {
                out.add(new Found(rule.indicator, m.start(1), m.end(1)));
            }
        }
        return out;
    }
}
