package vn.gnbv.tracker.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Numbers and dates written the Vietnamese way, as the dashboard and the reports write them: {@code 1.957,5 triệu
 * đồng} (money in millions, exact: up to six decimals, so every đồng is there), {@code 29,52 %}, {@code 31/12/2024}.
 */
final class VnFormat {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VnFormat() {}

    /** An exact amount in đồng as millions: {@code 1957500000} → {@code 1.957,5}. */
    static String million(long vnd) {
        return number(BigDecimal.valueOf(vnd).divide(MILLION));
    }

    /** {@code 1.957,5 triệu đồng}. */
    static String money(long vnd) {
        return million(vnd) + " triệu đồng";
    }

    /** A rate given as a fraction (the API's disbursement rates) in percent with two decimals: {@code 29,52 %}. */
    static String rateOfFraction(BigDecimal fraction) {
        return percent(fraction.multiply(HUNDRED));
    }

    /** A value already in percent, two decimals: {@code 29,52 %}. */
    static String percent(BigDecimal percent) {
        return number(percent.setScale(2, RoundingMode.HALF_UP)) + " %";
    }

    /** Any decimal with Vietnamese separators and no trailing zeros: {@code 12345.60} → {@code 12.345,6}. */
    static String number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        if (dot >= 0) {
            out.append(',').append(plain.substring(dot + 1));
        }
        return (v.signum() < 0 ? "-" : "") + out;
    }

    /** The inverse of {@link #number}: {@code 1.957,5} → 1957.5. */
    static BigDecimal parse(String text) {
        return new BigDecimal(text.strip().replace(".", "").replace(',', '.'));
    }

    static String date(LocalDate d) {
        return d.format(DATE);
    }
}
