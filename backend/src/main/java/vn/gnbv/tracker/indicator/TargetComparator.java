package vn.gnbv.tracker.indicator;

import java.math.BigDecimal;
import vn.gnbv.tracker.common.Labelled;

/**
 * The bound a TARGET states: "trên 3 %" is GT 3, "ít nhất 1.000" GE 1000, "dưới 2 %" LT 2. A target without one
 * states a level and no direction (is 1,8 % met by 1,5 %? the report does not say), so it is never judged.
 */
public enum TargetComparator implements Labelled {
    GT("Trên", "Above"),
    GE("Ít nhất, tối thiểu", "At least"),
    LT("Dưới", "Below"),
    LE("Tối đa, không quá", "At most"),
    EQ("Bằng", "Equal to"),
    APPROX("Khoảng", "About");

    private final String vi;
    private final String en;

    TargetComparator(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /**
     * Whether {@code actual} meets a target of {@code target} with this bound; null when it cannot be judged: no
     * actual, or APPROX, whose tolerance no report states (we do not invent one).
     */
    public Boolean met(BigDecimal actual, BigDecimal target) {
        if (actual == null || target == null || this == APPROX) {
            return null;
        }
        int c = actual.compareTo(target);
        return switch (this) {
            case GT -> c > 0;
            case GE -> c >= 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case APPROX -> null;
        };
    }

    /** The comparator with this code, or null for blank; unknown codes throw IllegalArgumentException. */
    static TargetComparator parse(String code) {
        return code == null || code.isBlank() ? null : valueOf(code.strip());
    }

    @Override
    public String nameVi() {
        return vi;
    }

    @Override
    public String nameEn() {
        return en;
    }
}
