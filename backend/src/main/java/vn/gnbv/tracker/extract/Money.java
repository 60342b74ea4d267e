package vn.gnbv.tracker.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money in a piece of report text: a number (or two, "1.957/6.629") followed by its unit — đồng, đ,
 * nghìn đồng, triệu (đồng), tỷ (đồng) — converted to exact đồng. An amount that cannot be read safely (a fraction of
 * a đồng, a figure in triệu with đồng-style grouping such as "2.393.204.179 triệu đồng") carries a doubt.
 */
final class Money {
    /** One amount: offsets in the text, exact đồng, whether it is the denominator of "x/y", and any doubt. */
    record Amount(int start, int end, int unitEnd, long vnd, boolean denominator, List<Reason> doubts) {}

    private static final String NUM = "(" + VnNumber.TOKEN + ")";
    // Folded text: "trieu dong", "trieu", "ty dong", "ty", "nghin dong", "dong", "d" (not followed by a letter).
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,])" + NUM + "(?:\\s*/\\s*" + NUM
            + ")?\\s*(trieu(?:\\s+dong)?|ty(?! le)(?:\\s+dong)?|nghin\\s+dong|ngan\\s+dong|dong|d)(?![\\p{L}\\d])");
    // "triệu 763 đồng": the unit printed before the number (000 l.73).
    private static final Pattern UNIT_FIRST = Pattern.compile("(trieu)\\s+" + NUM + "\\s+dong(?![\\p{L}])");
    private static final Pattern WORDS = Pattern.compile("\\(\\W*([a-z ]+?)\\s+dong(?:\\s+chan)?\\W*\\)");

    private Money() {}

    /** Every amount in {@code original} ({@code folded} is its {@link Fold#of} form, same offsets). */
    static List<Amount> find(String original, String folded) {
        List<Amount> out = new ArrayList<>();
        Matcher u = UNIT_FIRST.matcher(folded);
        while (u.find()) {
            List<Reason> doubts = new ArrayList<>();
            String printed = original.substring(u.start(), u.end());
            doubts.add(Reason.of(
                    Reason.Code.UNIT_BEFORE_NUMBER,
                    "printed '" + printed + "': read as " + u.group(2) + " triệu đồng",
                    "printed",
                    printed,
                    "read",
                    u.group(2) + " triệu đồng"));
            Long vnd = vnd(VnNumber.parse(u.group(2)), "trieu", doubts);
            if (vnd != null) {
                out.add(new Amount(u.start(2), u.end(2), u.end(), vnd, false, doubts));
            }
        }
        Matcher m = AMOUNT.matcher(folded);
        while (m.find()) {
            String unit = m.group(3);
            add(out, original, folded, m.start(1), m.end(1), unit, false, m.end());
            if (m.group(2) != null) {
                add(out, original, folded, m.start(2), m.end(2), unit, true, m.end());
            }
        }
        out.sort(java.util.Comparator.comparingInt(Amount::start));
        List<Amount> disjoint = new ArrayList<>();
        for (Amount a : out) {
            if (disjoint.isEmpty()
                    || a.start() >= disjoint.get(disjoint.size() - 1).end()) {
                disjoint.add(a);
            }
        }
        return disjoint;
    }

    private static void add(
            List<Amount> out, String original, String folded, int s, int e, String unit, boolean denom, int after) {
        VnNumber n = VnNumber.parse(original.substring(s, e));
        if (n == null) {
            return;
        }
        List<Reason> doubts = new ArrayList<>();
        if (n.doubt() != null) {
            doubts.add(n.doubt());
        }
        Long vnd = vnd(n, unit, doubts);
        if (vnd == null) {
            return;
        }
        wordsDisagree(folded, after, vnd, doubts);
        out.add(new Amount(s, e, after, vnd, denom, doubts));
    }

    private static Long vnd(VnNumber n, String unit, List<Reason> doubts) {
        if (n == null) {
            return null;
        }
        BigDecimal scale = switch (unit.split("\\s+")[0]) {
            case "trieu" -> BigDecimal.valueOf(1_000_000);
            case "ty" -> BigDecimal.valueOf(1_000_000_000);
            case "nghin", "ngan" -> BigDecimal.valueOf(1_000);
            default -> BigDecimal.ONE;
        };
        BigDecimal exact = n.value().multiply(scale);
        if (exact.signum() == 0) {
            return null;
        }
        if (exact.stripTrailingZeros().scale() > 0) {
            doubts.add(Reason.of(Reason.Code.AMOUNT_ROUNDED, "not a whole number of đồng; rounded"));
            exact = exact.setScale(0, RoundingMode.HALF_UP);
        }
        if (scale.compareTo(BigDecimal.ONE) > 0 && n.value().compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            doubts.add(Reason.of(
                    Reason.Code.AMOUNT_IMPLAUSIBLE,
                    "a number grouped like đồng (" + n.value().toPlainString() + ") given in triệu/tỷ: it reads as "
                            + exact.toPlainString()
                            + " đồng, which is implausible; the unit is probably đồng — check before accepting",
                    "number",
                    n.value().toPlainString(),
                    "vnd",
                    exact.toPlainString()));
        }
        if (exact.toBigInteger().bitLength() > 62) {
            return null;
        }
        return exact.longValueExact();
    }

    /** "13.000.000 đ (Hai mươi hai triệu đồng chẵn)": an amount repeated in words that disagree is a doubt. */
    private static void wordsDisagree(String folded, int after, long vnd, List<Reason> doubts) {
        Matcher w = WORDS.matcher(folded);
        w.region(after, Math.min(folded.length(), after + 80));
        if (w.lookingAt() || (w.find() && w.start() - after < 4)) {
            Long words = VnWords.value(w.group(1));
            if (words != null && words != vnd) {
                doubts.add(Reason.of(
                        Reason.Code.AMOUNT_WORDS_DISAGREE,
                        "the figure says " + vnd + " đồng but the words in brackets say " + words + " đồng",
                        "figure",
                        Long.toString(vnd),
                        "words",
                        Long.toString(words)));
            }
        }
    }
}
