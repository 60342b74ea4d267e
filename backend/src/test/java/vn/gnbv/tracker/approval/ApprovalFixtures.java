package vn.gnbv.tracker.approval;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;
import vn.gnbv.tracker.common.Roles;

/**
 * The approval suites' world: Phong Thổ district (109) of Lai Châu (12) and its commune Mường So (03589), a program of
 * each test's own in far-off years (2091–2095), so that its sign-offs lock nothing another test writes (indicator
 * values name no program: their locks are told apart by the far-off periods), and the people who sign off.
 */
final class ApprovalFixtures {
    static final String AS_OF = "2024-06-01";
    static final String DISTRICT = "109";
    static final String COMMUNE = "03589";
    static final String PROVINCE = "12";

    static final String ADMIN = TestTokens.admin();
    static final String PROVINCE_MANAGER = TestTokens.of("laichau.manager", Roles.PROVINCE_MANAGER, PROVINCE);
    static final String DISTRICT_OFFICER = TestTokens.of("phongtho.officer", Roles.DISTRICT_OFFICER, DISTRICT);
    static final String COMMUNE_OFFICER = TestTokens.of("muongso.officer", Roles.COMMUNE_OFFICER, COMMUNE);
    static final String VIEWER = TestTokens.of("laichau.viewer", Roles.VIEWER, PROVINCE);
    /** Another district's officer (Bạch Thông, Bắc Kạn). */
    static final String OTHER_OFFICER = TestTokens.of("bachthong.officer", Roles.DISTRICT_OFFICER, "063");

    private static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private ApprovalFixtures() {}

    /** A sign-off's key. */
    record Key(String unit, String program, String period, String dataset) {
        Key of(String otherUnit) {
            return new Key(otherUnit, program, period, dataset);
        }

        Key period(String otherPeriod) {
            return new Key(unit, program, otherPeriod, dataset);
        }

        RequestSpecification on(RequestSpecification r) {
            return r.queryParam("unit", unit)
                    .queryParam("asOf", AS_OF)
                    .queryParam("program", program)
                    .queryParam("period", period)
                    .queryParam("dataset", dataset);
        }
    }

    /** A program 2091–2095 with a project DA2; its code. */
    static String program(boolean childrenFirst) {
        String code = "APR-" + Long.toString(System.nanoTime(), 36).toUpperCase() + "-2091-2095";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("nameVi", "Chương trình thử phê duyệt " + code);
        body.put("startYear", 2091);
        body.put("endYear", 2095);
        body.put("approvalChildrenFirst", childrenFirst);
        long id = Api.json(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.json(Map.of("kind", "PROJECT", "code", "DA2", "nameVi", "Dự án 2"))
                .post("/api/v1/programs/" + id + "/components")
                .then()
                .statusCode(201);
        return code;
    }

    static RequestSpecification api(String token) {
        return Api.as(token).config(EXACT).accept("application/json, application/problem+json");
    }

    static JsonPath state(String token, Key k) {
        return k.on(api(token))
                .get("/api/v1/approval-status")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Moves the sign-off with If-Match {@code version}. */
    static Response move(String token, Key k, int version, String status, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (reason != null) {
            body.put("reason", reason);
        }
        return k.on(api(token).contentType(ContentType.JSON).body(body).header("If-Match", "\"" + version + "\""))
                .put("/api/v1/approval-status");
    }

    /** Moves it with its current version; must succeed. */
    static JsonPath moveNow(String token, Key k, String status, String reason) {
        Response r = move(token, k, state(ADMIN, k).getInt("version"), status, reason);
        if (r.statusCode() != 200) {
            throw new AssertionError(status + " " + k + ": " + r.statusCode() + " " + r.asString());
        }
        return r.jsonPath();
    }

    /** Submitted by its unit's officer and approved by the level above, as ADMIN (who may both). */
    static JsonPath approve(Key k) {
        moveNow(ADMIN, k, "SUBMITTED", null);
        return moveNow(ADMIN, k, "APPROVED", null);
    }

    /** A DA2 line of the program in {@code unit}; {@code body} keeps its key apart from others'. */
    static Map<String, Object> line(String program, String unit, int year, String measure, long amount, String body) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", program);
        m.put("component", "DA2");
        m.put("unit", unit);
        m.put("unitAsOf", AS_OF);
        m.put("fiscalYear", year);
        m.put("source", "LOCAL");
        m.put("capitalType", "RECURRENT");
        m.put("measure", measure);
        m.put("implementingBody", body);
        m.put("amountVnd", amount);
        return m;
    }

    static Map<String, Object> line(String program, String unit, int year) {
        return line(program, unit, year, "ASSIGNED", 1_000_000L, "Phê duyệt " + UUID.randomUUID());
    }

    static Response create(String path, Map<String, Object> body) {
        return api(ADMIN).contentType(ContentType.JSON).body(body).post(path);
    }

    static long created(String path, Map<String, Object> body) {
        Response r = create(path, body);
        if (r.statusCode() != 201) {
            throw new AssertionError(path + ": " + r.statusCode() + " " + r.asString());
        }
        return r.jsonPath().getLong("id");
    }

    /** An upload as ADMIN; {@code query} e.g. "mode=replace&report=7&dryRun=true". */
    static Response upload(String dataset, String csv, String query) {
        return api(ADMIN)
                .contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/uploads/" + dataset + (query.isEmpty() ? "" : "?" + query));
    }

    /** A report of the district; its id. */
    static long report() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", DISTRICT);
        m.put("unitAsOf", AS_OF);
        m.put("number", "APR-" + UUID.randomUUID() + "/BC-UBND");
        m.put("issuedOn", AS_OF);
        m.put("title", "Báo cáo thử phê duyệt");
        m.put("kind", "AD_HOC");
        return created("/api/v1/reports", m);
    }

    /** A SUM indicator of the test's own; its code. */
    static String indicator() {
        String code = "APR_T" + Long.toString(System.nanoTime(), 36).toUpperCase();
        created(
                "/api/v1/indicators",
                Map.of(
                        "code",
                        code,
                        "nameVi",
                        "Chỉ tiêu thử phê duyệt",
                        "unitOfMeasure",
                        "HOUSEHOLD",
                        "aggregation",
                        "SUM"));
        return code;
    }

    static Map<String, Object> value(String indicator, String unit, String period, String value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", indicator);
        m.put("unit", unit);
        m.put("unitAsOf", AS_OF);
        m.put("period", period);
        m.put("kind", "ACTUAL");
        m.put("value", value);
        return m;
    }

    static String etag(String path) {
        return api(ADMIN).get(path).then().statusCode(200).extract().header("ETag");
    }
}
