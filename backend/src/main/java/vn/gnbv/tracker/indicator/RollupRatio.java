package vn.gnbv.tracker.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A RATIO indicator's rolled-up value: computed from the summed counts, never from the parts' rates. */
final class RollupRatio {
    static final int DECIMALS = 10;

    private RollupRatio() {}

    /** Σnumerator / Σdenominator × scale with at least 6 decimals; null when either is missing or den is 0. */
    static BigDecimal of(BigDecimal num, BigDecimal den, int scale) {
        if (num == null || den == null || den.signum() == 0) {
            return null;
        }
        BigDecimal r = num.multiply(BigDecimal.valueOf(scale))
                .divide(den, DECIMALS, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return r.scale() < 6 ? r.setScale(6) : r;
    }
}
