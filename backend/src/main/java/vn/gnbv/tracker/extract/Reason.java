package vn.gnbv.tracker.extract;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a proposal may be wrong: a stable code (the page translates it, a script matches it), the parameters its label
 * needs, and an English message for scripts and logs. The codes are openapi.yaml's ProposalReasonCode.
 */
public record Reason(Code code, String message, Map<String, String> params) {
    public enum Code {
        /** "1, 8": a space after the decimal comma (params printed, read). */
        NUMBER_SPACE_AFTER_COMMA,
        /** "5,257": three digits after the comma, a decimal or a misprinted thousands dot (params printed). */
        NUMBER_COMMA_OR_THOUSANDS,
        /** "30.05": a decimal point, not the Vietnamese comma (params printed). */
        NUMBER_DECIMAL_POINT,
        /** "triệu 763 đồng": the unit printed before the number (params printed, read). */
        UNIT_BEFORE_NUMBER,
        /** An amount that is not a whole number of đồng, rounded. */
        AMOUNT_ROUNDED,
        /** "2.393.204.179 triệu đồng": grouped like đồng but given in triệu/tỷ (params number, vnd). */
        AMOUNT_IMPLAUSIBLE,
        /** "13.000.000 đ (Hai mươi hai triệu đồng chẵn)": the figure and its words disagree (params figure, words). */
        AMOUNT_WORDS_DISAGREE,
        /** No budget source stated; the report's plan is the central budget's, so CENTRAL. */
        SOURCE_ASSUMED_CENTRAL,
        /** No budget source stated and none to assume: UNSPECIFIED. */
        SOURCE_NOT_STATED,
        /** No capital type stated; recurrent, as the project's money is. */
        CAPITAL_TYPE_ASSUMED_RECURRENT,
        /** The same full key read with another value elsewhere (params value, locator, quote). */
        STATED_TWICE_DIFFERENT,
        /** Stored by a reader version before reasons had codes: only its message is known. */
        UNCODED
    }

    public Reason {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** A reason with parameters given as name, value pairs (in label order). */
    static Reason of(Code code, String message, String... nameValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            params.put(nameValues[i], nameValues[i + 1]);
        }
        return new Reason(code, message, params);
    }
}
