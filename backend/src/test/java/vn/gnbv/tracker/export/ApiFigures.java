package vn.gnbv.tracker.export;

import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.ingest.DemoUploads;

/** The figures the API answers (read exactly: long money, BigDecimal rates), to hold an export against. */
final class ApiFigures {
    static final String PROGRAM = "GNBV-2021-2025";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private static boolean loaded;

    private ApiFigures() {}

    /** The demo data (the seed reports' figures), once per JVM; loading again changes nothing. */
    static synchronized void demo(DemoUploads loader) {
        if (loaded) {
            return;
        }
        loaded = true;
        for (var r : loader.loadAll()) {
            assertNull(r.error(), r.resource() + ": " + r.error());
        }
    }

    static JsonNode json(RequestSpecification spec, String path) {
        String body = spec.get(path).then().statusCode(200).extract().asString();
        try {
            return MAPPER.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** The summary's rows by "code|year" ("|" + year for the totals, year "" for the whole range). */
    static Map<String, JsonNode> summary(String unit, String asOf) {
        JsonNode s = json(
                Api.given()
                        .queryParam("program", PROGRAM)
                        .queryParam("unit", unit)
                        .queryParam("asOf", asOf),
                "/api/v1/funding-summary");
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode r : s.get("rows")) {
            out.put(r.get("component").get("code").asText() + "|" + year(r), r);
        }
        for (JsonNode t : s.get("totals")) {
            out.put("|" + year(t), t);
        }
        return out;
    }

    private static String year(JsonNode r) {
        return r.get("fiscalYear").isNull() ? "" : r.get("fiscalYear").asText();
    }

    static JsonNode rollup(String indicator, String unit, String period, String asOf) {
        return json(
                Api.given()
                        .queryParam("indicator", indicator)
                        .queryParam("unit", unit)
                        .queryParam("period", period)
                        .queryParam("asOf", asOf),
                "/api/v1/indicator-rollups");
    }

    /** A roll-up's result as the annex shows it: its value, else the unit's own reported value. */
    static BigDecimal actual(JsonNode rollup) {
        JsonNode v = rollup.get("value");
        if (v == null || v.isNull()) {
            v = rollup.get("reportedValue");
        }
        return v == null || v.isNull() ? null : new BigDecimal(v.asText());
    }

    static BigDecimal target(JsonNode rollup) {
        JsonNode t = rollup.get("target");
        return t == null || t.isNull() ? null : new BigDecimal(t.get("value").asText());
    }

    static Long vnd(JsonNode row, String field) {
        return row.get(field).longValue();
    }

    static BigDecimal rate(JsonNode row) {
        JsonNode r = row.get("disbursementRate");
        return r == null || r.isNull() ? null : r.decimalValue();
    }
}
