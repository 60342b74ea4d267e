package vn.gnbv.tracker.indicator;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import vn.gnbv.tracker.Api;

/** Test data through the API: every test makes its own indicators, so values never collide across tests. */
final class Fixtures {
    private static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    /** Accept for calls that answer 204 or a problem: the contract lists only problem+json for them. */
    static final String ANY = "application/json, application/problem+json";

    private Fixtures() {}

    /** DELETE with If-Match; accepts JSON or a problem, as the contract lists only problem+json for it. */
    static io.restassured.response.ValidatableResponse delete(String path, String etag) {
        return Api.given().accept(ANY).header("If-Match", etag).delete(path).then();
    }

    static String uniqueCode(String prefix) {
        return prefix + "_T" + SEQ.incrementAndGet();
    }

    static Map<String, Object> indicatorBody(String code, String unitOfMeasure, String aggregation) {
        Map<String, Object> b = new HashMap<>();
        b.put("code", code);
        b.put("nameVi", "Chỉ tiêu thử " + code);
        b.put("nameEn", "Test indicator " + code);
        b.put("unitOfMeasure", unitOfMeasure);
        b.put("aggregation", aggregation);
        return b;
    }

    static String sum(String prefix, String unitOfMeasure) {
        String code = uniqueCode(prefix);
        Api.json(indicatorBody(code, unitOfMeasure, "SUM"))
                .post("/api/v1/indicators")
                .then()
                .statusCode(201);
        return code;
    }

    /** A SUM indicator whose values may carry the categories POOR, NEAR_POOR and ETHNIC_MINORITY. */
    static String categorised(String prefix) {
        String code = uniqueCode(prefix);
        Map<String, Object> b = indicatorBody(code, "PERSON_TIME", "SUM");
        b.put("categories", categories());
        Api.json(b).post("/api/v1/indicators").then().statusCode(201);
        return code;
    }

    static java.util.List<Map<String, Object>> categories() {
        return java.util.List.of(
                category("POOR", "Người thuộc hộ nghèo", "People of poor households"),
                category("NEAR_POOR", "Người thuộc hộ cận nghèo", null),
                category("ETHNIC_MINORITY", "Người dân tộc thiểu số", "Ethnic-minority people"));
    }

    static Map<String, Object> category(String code, String nameVi, String nameEn) {
        Map<String, Object> c = new HashMap<>();
        c.put("code", code);
        c.put("nameVi", nameVi);
        c.put("nameEn", nameEn);
        return c;
    }

    static String ratio(String numerator, String denominator) {
        String code = uniqueCode("RATE");
        Map<String, Object> b = indicatorBody(code, "PERCENT", "RATIO");
        b.put("numerator", numerator);
        b.put("denominator", denominator);
        b.put("scale", 100);
        Api.json(b).post("/api/v1/indicators").then().statusCode(201);
        return code;
    }

    static Map<String, Object> valueBody(String indicator, String unit, String period, String value) {
        Map<String, Object> b = new HashMap<>();
        b.put("indicator", indicator);
        b.put("unit", unit);
        b.put("period", period);
        b.put("kind", "ACTUAL");
        b.put("value", value);
        return b;
    }

    static long value(String indicator, String unit, String period, String value) {
        return value(valueBody(indicator, unit, period, value));
    }

    static long value(Map<String, Object> body) {
        return Api.json(body)
                .post("/api/v1/indicator-values")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
