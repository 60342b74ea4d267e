package vn.gnbv.tracker.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * The cost of something the report says was done is money spent: "Đã tổ chức 02 lớp học nghề … với tổng kinh phí là
 * 253,69 triệu đồng", or a list of an activity's results ("+ Tổng số lớp tập huấn: 01 lớp." … "+ Kinh phí thực hiện:
 * 13.000.000 đ"). Such a "kinh phí" is DISBURSED, not the money assigned or available; a "kinh phí" whose parts are
 * carried and assigned money, or that a ratio is measured against, stays what it was.
 */
final class Spent {
    // a count of activities held or people reached: "02 lớp", "06 cuộc", "225 người", "69 học viên"
    private static final Pattern DONE = Pattern.compile(
            "\\bda (?:to chuc|thuc hien|mo)\\b|\\b\\d+ (?:lop|cuoc|dot|buoi|hoi nghi|nguoi|dai bieu|hoc vien|luot)\\b");
    private static final Pattern COST = Pattern.compile("kinh phi(?: thuc hien)?(?: la)?\\W{0,3}$");
    private final Deque<String> recent = new ArrayDeque<>();

    /** A block read (every one, with amounts or not): the last three are where the activity may be told. */
    void saw(String folded) {
        recent.addLast(folded);
        if (recent.size() > 3) {
            recent.removeFirst();
        }
    }

    /** The amount at {@code at} is named "kinh phí" right before it and an activity done is told in its block or just
     * before. */
    boolean costOfDone(String folded, int clause, int at) {
        if (!COST.matcher(folded).region(Math.max(clause, at - 30), at).find()) {
            return false;
        }
        if (DONE.matcher(folded).region(0, at).find()) {
            return true;
        }
        int i = 0;
        for (String b : recent) {
            // the block itself is the last one seen; the ones before it are its list's earlier items
            if (++i < recent.size() && DONE.matcher(b).find() && b.length() < 200) {
                return true;
            }
        }
        return false;
    }
}
