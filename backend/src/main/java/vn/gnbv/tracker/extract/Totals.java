package vn.gnbv.tracker.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Totals and their parts in one block: a total whose parts by source or capital type follow ("786 triệu đồng, trong
 * đó NSTW 763, NSĐP 23") is not a line of its own; its parts are, until a new verb or year starts another figure.
 */
final class Totals {
    // "(Năm 2022 giao 786 …", "; năm 2023 phân bổ …", "Năm 2022 được giao là 1,8 tỷ": yearly lines follow
    static final Pattern YEARLY =
            Pattern.compile("nam (\\d{4})\\W{0,3}(?:[a-z ]{0,20} )?(?:giao|phan bo|bo tri|duoc cap|cap|giai ngan)");
    static final Pattern REMAINDER = Pattern.compile("\\bcon(?: lai)?(?: la)?\\W{0,2}$");

    // "… là 248.045 triệu đồng, đạt 64,76% kế hoạch vốn giao, trong đó vốn đầu tư …": a rate before the parts
    private static final Pattern RATED = Pattern.compile("\\W{0,4}dat [\\d.,]+ ?%[^;.]{0,80}?, trong do\\b");

    private Totals() {}

    /** A new measure verb or year in the stretch before an amount: it is not one more part of the total above. */
    static boolean endsParts(String folded, int from, int to) {
        Cues.Cue m = Cues.measure(folded, from, to);
        return (m != null && !Cues.weak(m)) || Clauses.explicitYear(folded, from, to) != null;
    }

    /** Parts by source or capital type follow the amount ("…, trong đó NSTW …", "(trong đó: vốn đầu tư …"). */
    static boolean isTotalOverParts(String folded, Money.Amount a, List<Money.Amount> all, int i) {
        String after = folded.substring(a.unitEnd(), Math.min(folded.length(), a.unitEnd() + 40));
        boolean lead = after.matches("(?s)^\\W{0,4}(?:\\(\\W*)?(?:trong do|gom|bao gom|cu the)\\b.*")
                || RATED.matcher(folded).region(a.unitEnd(), folded.length()).lookingAt()
                || after.matches("(?s)^\\W{0,4}\\(.*");
        if (!lead) {
            return false;
        }
        if (i + 1 >= all.size()) {
            return after.matches("(?s)^\\W{0,4}(?:trong do|gom)\\W*$");
        }
        Money.Amount next = all.get(i + 1);
        int from = Math.min(a.unitEnd(), next.start());
        String between = folded.substring(from, next.start());
        // "…, trong đó nguồn vốn BCĐ …: 654.000.000đ; nguồn của Quân khu: 200.000.000đ": the second part names its
        // source where the first did not
        boolean secondBySource = i + 2 < all.size()
                && between.matches("(?s)^\\W{0,4}(?:\\(\\W*)?trong do\\b.*")
                && Cues.source(folded, next.unitEnd(), all.get(i + 2).start()) != null;
        return Cues.source(folded, from, next.start()) != null
                || Cues.capital(folded, from, next.start()) != null
                || secondBySource
                || carriedPart(folded, a, next)
                || (between.matches("(?s)^\\W{0,4}(?:\\(\\W*)?trong do\\b.*")
                        && Clauses.explicitYear(folded, from, next.start()) != null);
    }

    /** The part after a total is carried money: "(vốn năm 2022 chuyển sang 4.672", "(gồm 5.257 triệu chuyển nguồn". */
    static boolean carriedPart(String folded, Money.Amount total, Money.Amount part) {
        int from = Math.min(total.unitEnd(), part.start());
        return folded.substring(from, part.start()).contains("chuyen")
                || folded.startsWith("chuyen", part.unitEnd() + 1)
                || folded.startsWith(" chuyen", part.unitEnd() + 1);
    }

    /**
     * A total whose first part is carried-in money ("6.687 (vốn năm 2022 chuyển sang 2023 4.672; giao 2.015)"): the
     * money available, carried in and assigned; a total whose parts are capital types or sources is not one.
     */
    static boolean ofFlows(String folded, Money.Amount a, List<Money.Amount> all, int i) {
        if (i + 1 >= all.size()) {
            return false;
        }
        int to = all.get(i + 1).start();
        return carriedPart(folded, a, all.get(i + 1))
                && Cues.capital(folded, a.unitEnd(), to) == null
                && Cues.source(folded, a.unitEnd(), to) == null;
    }
}
