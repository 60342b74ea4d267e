package vn.gnbv.tracker.funding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import vn.gnbv.tracker.common.Decimals;

/**
 * Strict year fields: Jackson by default turns "2022" into 2022 and 2022.0 into 2022; only a JSON integer of int
 * range is a year here (else 400 naming the field). Amounts use the number rule ({@link Decimals.VndDeserializer}).
 */
final class WholeNumbers {
    private WholeNumbers() {}

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
