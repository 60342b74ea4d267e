package vn.gnbv.tracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words right after an amount say happened to it: "…85 triệu đồng, đã giải ngân được hết" (all of it was
 * also disbursed: a second line of the same amount), "…54 triệu đồng, đã phân bổ cho phòng Văn hóa - Thông tin" (the
 * amount is the allocation to that body).
 */
final class Afterwards {
    private static final Pattern ALL_SPENT = Pattern.compile("^\\W{0,3}(?:va )?(?:da )?giai ngan(?: duoc)? het\\b");
    private static final Pattern ALLOCATED_TO = Pattern.compile("^\\W{0,3}(?:va )?(?:da )?phan bo(?: het)? cho\\b");

    private Afterwards() {}

    /** All of the amount before [from, to) was disbursed as well. */
    static boolean allSpent(String folded, int from, int to) {
        return ALL_SPENT.matcher(folded).region(from, to).lookingAt();
    }

    /** The body the amount before [from, to) was allocated to, or null. */
    static Cues.Cue allocatedTo(String folded, int from, int to) {
        if (!ALLOCATED_TO.matcher(folded).region(from, to).lookingAt()) {
            return null;
        }
        return Cues.body(folded, from, to);
    }

    private static final Pattern CARRIED_ON = Pattern.compile("chuyen nguon sang (?:nam )?(\\d{4})");

    /**
     * "Tiểu dự án 3 … 240 triệu đồng, chưa giải ngân. Chuyển nguồn sang năm 2023.": a block of one assigned amount
     * whose later words carry it over, with no amount of their own, carries all of it: a CARRIED_OUT line as well.
     */
    static List<Proposal> allCarried(List<Proposal> read, List<Money.Amount> amounts, String folded) {
        if (amounts.size() != 1
                || read.size() != 1
                || !"ASSIGNED".equals(read.get(0).measure())) {
            return read;
        }
        Matcher c = CARRIED_ON.matcher(folded).region(amounts.get(0).unitEnd(), folded.length());
        Proposal p = read.get(0);
        if (!c.find() || p.year() == null || Integer.parseInt(c.group(1)) != p.year() + 1) {
            return read;
        }
        List<Proposal> out = new ArrayList<>(read);
        out.add(Proposal.funding(
                p.program(),
                p.component(),
                p.unit(),
                p.year(),
                p.source(),
                p.capitalType(),
                "CARRIED_OUT",
                p.implementingBody(),
                p.year(),
                p.amountVnd(),
                p.quote(),
                p.citations(),
                p.confidence(),
                p.reasons()));
        return out;
    }
}
