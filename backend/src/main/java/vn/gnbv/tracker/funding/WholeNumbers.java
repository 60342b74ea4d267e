package vn.gnbv.tracker.funding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import vn.gnbv.tracker.common.Decimals;
import vn.gnbv.tracker.common.ViolationCode;

/**
 * Strict integer fields: Jackson by default turns 1.5 into 1 and "12" into 12, which would silently change an
 * amount of money. A JSON string is the wrong type (400 naming the field); a JSON number goes through the API's one
 * number rule on its literal text, as an upload's amount does (422 naming the field: 1.5, 1e3, 2^63).
 */
final class WholeNumbers {
    private WholeNumbers() {}

    static final class LongDeserializer extends JsonDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isNumeric()) {
                return (Long) ctxt.handleUnexpectedToken(Long.class, p);
            }
            String text = p.getText();
            ViolationCode problem = Decimals.vnd(text);
            if (problem == ViolationCode.NEGATIVE_AMOUNT && Decimals.vnd(text.substring(1)) == null) {
                return Decimals.vndValue(text); // FundingLineRules reports it with the line's other errors
            }
            if (problem != null) {
                throw new Decimals.Refused(
                        problem,
                        switch (problem) {
                            case NEGATIVE_AMOUNT -> "must be 0 or more";
                            case AMOUNT_OUT_OF_RANGE -> "is larger than any amount the system stores";
                            default -> "must be a whole number of đồng, digits only, not " + text;
                        });
            }
            return Decimals.vndValue(text);
        }
    }

    static final class IntDeserializer extends JsonDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
            }
            return p.getIntValue();
        }
    }
}
