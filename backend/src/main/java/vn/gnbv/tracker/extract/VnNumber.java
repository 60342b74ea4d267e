package vn.gnbv.tracker.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One number as Vietnamese reports print it: '.' groups thousands and ',' marks decimals ({@code 1.957,5},
 * {@code 253,69}). The seeds also print {@code 30.05%} (a decimal point), {@code 1, 8} (a space after the comma) and
 * {@code 5,257} (a comma for a thousands dot): those are read and flagged, never silently trusted.
 */
record VnNumber(BigDecimal value, Reason doubt) {
    /** A number token: digits with '.' groups and an optional decimal part after ',' (a space allowed after it). */
    static final String TOKEN = "(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:, ?\\d+)?(?:\\.\\d{1,2}(?!\\d))?)";

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
    private static final Pattern COMMA = Pattern.compile("(\\d+), ?(\\d+)");
    private static final Pattern POINT = Pattern.compile("(\\d+)\\.(\\d{1,2})");

    /** Reads a token matched by {@link #TOKEN}; null if it is not a number. */
    static VnNumber parse(String token) {
        String t = token.strip();
        if (GROUPED.matcher(t).matches()) {
            return new VnNumber(new BigDecimal(t.replace(".", "").replace(',', '.')), null);
        }
        Matcher m = COMMA.matcher(t);
        if (m.matches()) {
            Reason doubt = null;
            String read = m.group(1) + "," + m.group(2);
            if (t.contains(" ")) {
                doubt = Reason.of(
                        Reason.Code.NUMBER_SPACE_AFTER_COMMA,
                        "printed '" + t + "' with a space after the comma; read as " + read,
                        "printed",
                        t,
                        "read",
                        read);
            } else if (m.group(2).length() == 3) {
                doubt = Reason.of(
                        Reason.Code.NUMBER_COMMA_OR_THOUSANDS,
                        "'" + t + "' has three digits after the comma: a decimal comma, or a thousands separator"
                                + " printed as a comma?",
                        "printed",
                        t);
            }
            return new VnNumber(new BigDecimal(m.group(1) + "." + m.group(2)), doubt);
        }
        m = POINT.matcher(t);
        if (m.matches()) {
            return new VnNumber(
                    new BigDecimal(t),
                    Reason.of(
                            Reason.Code.NUMBER_DECIMAL_POINT,
                            "'" + t + "' uses a decimal point, not the Vietnamese comma; read as a decimal",
                            "printed",
                            t));
        }
        if (t.chars().allMatch(Character::isDigit) && !t.isEmpty()) {
            return new VnNumber(new BigDecimal(t), null);
        }
        return null;
    }
}
