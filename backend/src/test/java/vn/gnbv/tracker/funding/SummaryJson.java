package vn.gnbv.tracker.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.gnbv.tracker.Api;

/** Reads funding summaries exactly (BigDecimal rates, long money) and finds rows in them. */
final class SummaryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    private SummaryJson() {}

    static JsonNode get(String path, Map<String, ?> params) {
        return parse(Api.given()
                .queryParams(params)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    static JsonNode parse(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** Rows of {@code component} (null: program level) in {@code year} (null: whole phase), optionally one source. */
    static List<JsonNode> rows(JsonNode summary, String component, Integer year) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : summary.get("rows")) {
            String code = r.get("component").isNull()
                    ? null
                    : r.get("component").get("code").asText();
            Integer y =
                    r.get("fiscalYear").isNull() ? null : r.get("fiscalYear").asInt();
            if (Objects.equals(code, component) && Objects.equals(y, year)) {
                out.add(r);
            }
        }
        return out;
    }

    static JsonNode row(JsonNode summary, String component, Integer year) {
        List<JsonNode> rows = rows(summary, component, year);
        assertEquals(1, rows.size(), "rows of " + component + " " + year + " in " + summary.get("rows"));
        return rows.get(0);
    }

    static long vnd(JsonNode row, String field) {
        JsonNode v = row.get(field);
        assertTrue(v != null && v.isIntegralNumber(), field + " is not an integer in " + row);
        return v.asLong();
    }

    static Long nullableVnd(JsonNode row, String field) {
        return row.get(field).isNull() ? null : vnd(row, field);
    }

    /** The rate as sent, checked to carry at least 6 decimals; null when the API sent null. */
    static BigDecimal rate(JsonNode row) {
        JsonNode v = row.get("disbursementRate");
        if (v.isNull()) {
            return null;
        }
        assertTrue(v.decimalValue().scale() >= 6, "rate has fewer than 6 decimals: " + v);
        return v.decimalValue();
    }

    static BigDecimal percent(BigDecimal rate, int decimals) {
        return rate.movePointRight(2).setScale(decimals, RoundingMode.HALF_UP);
    }
}
