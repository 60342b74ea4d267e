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
    private static final Pattern NOT_DONE = Pattern.compile("(?:khong|chua) (?:thuc hien|giai ngan|trien khai)");

    /**
     * "Tiểu dự án 3 … 240 triệu đồng, chưa giải ngân. Chuyển nguồn sang năm 2023.": a block of one assigned amount
     * whose later words carry it over, with no amount of their own, carries all of it: a CARRIED_OUT line as well. A
     * block of a total and its parts ("1.250 triệu đồng (vốn chuyển nguồn 2022 sang 2023 293; giao năm 2023 957). Đến
     * 31/12/2023 không thực hiện. Chuyển nguồn sang năm 2024.") carries each part out with its own origin. Answers
     * the carry-outs added (their origin is stated: the money carried is named).
     */
    static List<Proposal> allCarried(List<Proposal> read, List<Money.Amount> amounts, String folded) {
        if (amounts.isEmpty() || read.stream().anyMatch(p -> isFlowOut(p.measure()))) {
            return List.of();
        }
        int last = amounts.get(amounts.size() - 1).unitEnd();
        Matcher c = CARRIED_ON.matcher(folded).region(last, folded.length());
        if (!c.find()) {
            return List.of();
        }
        int to = Integer.parseInt(c.group(1));
        boolean one = amounts.size() == 1
                && read.size() == 1
                && "ASSIGNED".equals(read.get(0).measure());
        if (!one && !NOT_DONE.matcher(folded).region(last, c.start()).find()) {
            return List.of();
        }
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : read) {
            boolean part = "ASSIGNED".equals(p.measure()) || (!one && "CARRIED_IN".equals(p.measure()));
            if (!part || p.year() == null || to != p.year() + 1) {
                continue;
            }
            out.add(Proposal.funding(
                    p.program(),
                    p.component(),
                    p.unit(),
                    p.year(),
                    p.source(),
                    p.capitalType(),
                    "CARRIED_OUT",
                    p.implementingBody(),
                    p.originYear() != null ? p.originYear() : p.year(),
                    p.amountVnd(),
                    p.quote(),
                    p.citations(),
                    p.confidence(),
                    p.reasons()));
        }
        return out;
    }

    private static boolean isFlowOut(String measure) {
        return "DISBURSED".equals(measure) || "CARRIED_OUT".equals(measure) || "RETURNED".equals(measure);
    }
}
