package vn.gnbv.tracker.extract;

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
}
