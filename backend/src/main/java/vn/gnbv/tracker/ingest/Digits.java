package vn.gnbv.tracker.ingest;

import java.math.BigDecimal;

/**
 * Strict number texts for money and values: plain digits with at most one {@code .}; no sign, exponent, grouping,
 * comma, NaN or Infinity. Checked by hand, not by a parser that would accept more than the format allows.
 */
public final class Digits {
    private Digits() {}

    public static boolean only(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code 12}, {@code 12.5}; not {@code .5}, {@code 5.}, {@code 1e3}, {@code 1,5}, {@code +1}. */
    public static boolean plainDecimal(String s) {
        int dot = s.indexOf('.');
        if (dot < 0) {
            return only(s);
        }
        return only(s.substring(0, dot)) && only(s.substring(dot + 1));
    }

    /** Million VND to VND, exactly; null when the result has a fraction of a đồng (more than 6 decimals). */
    public static Long millionToVnd(String s) {
        BigDecimal vnd = new BigDecimal(s).movePointRight(6).stripTrailingZeros();
        if (vnd.scale() > 0) {
            return null;
        }
        return vnd.longValueExact();
    }
}
