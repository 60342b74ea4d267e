package vn.gnbv.tracker.extract;

import java.util.regex.Pattern;

/**
 * Two scopes a heading opens for the values under it: the province's resolution ("1. Kết quả thực hiện các mục tiêu …
 * của Ban Chấp hành Đảng bộ tỉnh": the targets under it are the province's, until a heading at its level or above),
 * and a phase's targets restated under a results heading ("1.2. Kết quả thực hiện các chỉ tiêu Nghị quyết … nhiệm kỳ
 * 2021-2025" then "- 100% người lao động …": its dash items are targets, until a paragraph or an item that is a
 * heading of its own); and a list of targets under an item heading ("+ Các chỉ tiêu giải quyết mức độ thiếu hụt …:"
 * then "- Chiều thiếu hụt về y tế: 100% người …"): its items are targets, until a paragraph or a numbered heading.
 */
final class Scopes {
    private static final Pattern HEAD_PERIOD = Pattern.compile("(?:giai doan|nhiem ky) (\\d{4})\\s*[-–]\\s*(\\d{4})");
    private int provinceLevel = Headings.UNNUMBERED;
    private static final Pattern TARGET_LIST = Pattern.compile("^[\\-+]\\s*cac chi tieu\\b[^\\d:]*:\\W*$");
    private static final Pattern RESULTS = Pattern.compile("ket qua|danh gia|tinh hinh|thuc hien");
    private boolean restated;
    private boolean listed;

    void enter(String folded, int depth, boolean hasAmount, boolean targetsResults) {
        boolean heading = depth < Headings.UNNUMBERED;
        if (heading) {
            provinceLevel = depth <= provinceLevel ? Headings.UNNUMBERED : provinceLevel;
            provinceLevel = !hasAmount && Headings.PROVINCE.matcher(folded).find() ? depth : provinceLevel;
        }
        boolean item = folded.startsWith("-") && !folded.strip().endsWith(":");
        restated = heading ? targetsResults && HEAD_PERIOD.matcher(folded).find() : restated && item;
        String f = folded.strip();
        boolean bullet = f.startsWith("-") || f.startsWith("+");
        listed = !heading
                && bullet
                && (listed
                        || (TARGET_LIST.matcher(f).find() && !RESULTS.matcher(f).find()));
    }

    void clear() {
        provinceLevel = Headings.UNNUMBERED;
        restated = false;
        listed = false;
    }

    /** Under a heading on the province's resolution or plan. */
    boolean provincial() {
        return provinceLevel < Headings.UNNUMBERED;
    }

    /** In the dash items of a phase's targets restated under a results heading. */
    boolean restated() {
        return restated || listed;
    }

    /** In the items of a list of targets ("+ Các chỉ tiêu …:"): over the phase unless they name a period. */
    boolean listed() {
        return listed;
    }
}
