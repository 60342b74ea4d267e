package vn.gnbv.tracker.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The one number rule of the API, for single writes and uploads alike. A number is plain text: an optional
 * {@code -}, digits, optionally {@code .} and digits; no {@code +}, exponent, grouping, comma, NaN or Infinity. It
 * is checked as text before anything parses it, so {@code 1e1000000000} is refused without ever being expanded.
 * Decimals keep at most {@value #MAX_INTEGER_DIGITS} digits before the point and {@value #MAX_FRACTION_DIGITS}
 * after; money is whole VND that fits PostgreSQL's {@code bigint}.
 */
public final class Decimals {
    public static final int MAX_INTEGER_DIGITS = 40;
    public static final int MAX_FRACTION_DIGITS = 40;
    /** Longest number literal the JSON parser reads (Jackson's StreamReadConstraints); longer ones are refused. */
    public static final int MAX_LITERAL = 100;
    /** Million VND converts to whole đồng only with at most 6 decimals. */
    public static final int MILLION_VND_DECIMALS = 6;

    private Decimals() {}

    private enum Shape {
        OK,
        NOT_PLAIN,
        NEGATIVE,
        TOO_PRECISE,
        TOO_LARGE
    }

    /** The shape of a number's text; with {@code maxFraction} 0 a decimal point is not plain. */
    private static Shape shape(String s, int maxFraction) {
        boolean negative = s.startsWith("-");
        String body = negative ? s.substring(1) : s;
        int dot = body.indexOf('.');
        String whole = dot < 0 ? body : body.substring(0, dot);
        String fraction = dot < 0 ? "" : body.substring(dot + 1);
        if (!digitsOnly(whole) || (dot >= 0 && (maxFraction == 0 || !digitsOnly(fraction)))) {
            return Shape.NOT_PLAIN;
        }
        if (negative) {
            return Shape.NEGATIVE;
        }
        if (fraction.length() > maxFraction) {
            return Shape.TOO_PRECISE;
        }
        return whole.length() > MAX_INTEGER_DIGITS ? Shape.TOO_LARGE : Shape.OK;
    }

    public static boolean digitsOnly(String s) {
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

    /** What is wrong with a decimal value (sign allowed), or null: NOT_A_DECIMAL, TOO_PRECISE, OUT_OF_RANGE. */
    public static ViolationCode decimal(String s) {
        if (s == null) {
            return ViolationCode.NOT_A_DECIMAL;
        }
        String text = s.strip();
        Shape shape = shape(text.startsWith("-") ? text.substring(1) : text, MAX_FRACTION_DIGITS);
        return switch (shape) {
            case OK -> null;
            case NOT_PLAIN, NEGATIVE -> ViolationCode.NOT_A_DECIMAL; // NEGATIVE here means "--5"
            case TOO_PRECISE -> ViolationCode.TOO_PRECISE;
            case TOO_LARGE -> ViolationCode.OUT_OF_RANGE;
        };
    }

    /** A decimal that passed {@link #decimal}, exactly as written. */
    public static BigDecimal parse(String s) {
        return new BigDecimal(s.strip());
    }

    /** What is wrong with whole VND (digits only), or null: INVALID_AMOUNT, NEGATIVE_AMOUNT, AMOUNT_OUT_OF_RANGE. */
    public static ViolationCode vnd(String s) {
        ViolationCode shape = amountShape(s, 0);
        if (shape != null) {
            return shape;
        }
        try {
            Long.parseLong(s.strip());
            return null;
        } catch (NumberFormatException e) {
            return ViolationCode.AMOUNT_OUT_OF_RANGE;
        }
    }

    /** What is wrong with million VND (at most 6 decimals, whole đồng in int64), or null. */
    public static ViolationCode millionVnd(String s) {
        ViolationCode shape = amountShape(s, MILLION_VND_DECIMALS);
        if (shape != null) {
            return shape;
        }
        try {
            millionToVnd(s);
            return null;
        } catch (ArithmeticException e) {
            return ViolationCode.AMOUNT_OUT_OF_RANGE;
        }
    }

    private static ViolationCode amountShape(String s, int maxFraction) {
        return switch (shape(s.strip(), maxFraction)) {
            case OK -> null;
            case NOT_PLAIN -> ViolationCode.INVALID_AMOUNT;
            case NEGATIVE -> ViolationCode.NEGATIVE_AMOUNT;
            case TOO_PRECISE -> ViolationCode.TOO_PRECISE;
            case TOO_LARGE -> ViolationCode.AMOUNT_OUT_OF_RANGE;
        };
    }

    /** Million VND (checked by {@link #millionVnd}) to VND, exactly. */
    public static long millionToVnd(String s) {
        return new BigDecimal(s.strip()).movePointRight(6).longValueExact();
    }

    public static long vndValue(String s) {
        return Long.parseLong(s.strip());
    }

    /**
     * Whole VND from a JSON number, by the rule, on its literal text (1.5, 1e3 and 2^63 are 422 naming the field, as
     * in an upload); a JSON string is the wrong type (400). A negative amount is let through for the write's own
     * rules to report with its other errors.
     */
    public static final class VndDeserializer extends JsonDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isNumeric()) {
                return (Long) ctxt.handleUnexpectedToken(Long.class, p);
            }
            String text = p.getText();
            ViolationCode problem = vnd(text);
            if (problem == null || (problem == ViolationCode.NEGATIVE_AMOUNT && vnd(text.substring(1)) == null)) {
                return vndValue(text);
            }
            throw new Refused(
                    problem,
                    problem == ViolationCode.AMOUNT_OUT_OF_RANGE
                            ? "is larger than any amount the system stores"
                            : "must be a whole number of đồng, digits only, not " + text);
        }
    }

    /**
     * A JSON number refused by the rule while the body is read; the exception mapper answers 422 naming the field
     * (Jackson adds the path as the exception leaves the field's deserializer).
     */
    public static final class Refused extends JsonMappingException {
        private final ViolationCode code;

        public Refused(ViolationCode code, String message) {
            super(null, message);
            this.code = code;
        }

        public ViolationCode code() {
            return code;
        }
    }
}
