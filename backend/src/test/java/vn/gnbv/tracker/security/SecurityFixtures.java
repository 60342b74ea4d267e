package vn.gnbv.tracker.security;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;
import vn.gnbv.tracker.common.Roles;

/**
 * The demo principals of realm gnbv (as test tokens) and the objects the security suites probe: funding lines,
 * indicator values and local projects created as ADMIN in Phong Thổ (side A, commune 03391 of district 109, old Lai
 * Châu 12) and in Lục Bình (side B, commune 01990 of Bạch Thông 063, old Bắc Kạn 06).
 */
final class SecurityFixtures {
    static final String ANY = "application/json, application/problem+json";
    static final String PROGRAM = "GNBV-2021-2025";
    static final String AS_OF = "2024-06-01";
    static final String A_COMMUNE = "03391";
    static final String A_DISTRICT = "109";
    static final String B_COMMUNE = "01990";

    /** A demo principal: who, with which role and scope, and which side of the fixtures is theirs. */
    record Principal(String user, String role, String unit, boolean sideA) {
        String token() {
            return unit == null ? TestTokens.of(user, role) : TestTokens.of(user, role, unit);
        }

        RequestSpecification api() {
            return Api.as(token()).accept(ANY);
        }
    }

    static final Principal ADMIN = new Principal("admin", Roles.ADMIN, null, true);
    static final Principal LAI_CHAU_MANAGER = new Principal("laichau.manager", Roles.PROVINCE_MANAGER, "12", true);
    static final Principal PHONG_THO_OFFICER = new Principal("phongtho.officer", Roles.DISTRICT_OFFICER, "109", true);
    static final Principal LUC_BINH_OFFICER = new Principal("lucbinh.officer", Roles.COMMUNE_OFFICER, "01990", false);
    static final Principal BAC_KAN_VIEWER = new Principal("backan.viewer", Roles.VIEWER, "06", false);
    static final Principal THIRD_PARTY_READER =
            new Principal("service-account-third-party-reader", Roles.API_READER, "12", true);
    static final Principal BULK_UPLOADER = new Principal("service-account-bulk-uploader", Roles.UPLOADER, "12", true);

    /** In the order of the access matrix's columns. */
    static final List<Principal> ALL = List.of(
            ADMIN,
            LAI_CHAU_MANAGER,
            PHONG_THO_OFFICER,
            LUC_BINH_OFFICER,
            BAC_KAN_VIEWER,
            THIRD_PARTY_READER,
            BULK_UPLOADER);

    private static final AtomicInteger SEQ = new AtomicInteger();

    private SecurityFixtures() {}

    static RequestSpecification admin() {
        return Api.given().accept(ANY);
    }

    static Map<String, Object> fundingLine(String unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", PROGRAM);
        m.put("component", "DA2");
        m.put("unit", unit);
        m.put("unitAsOf", AS_OF);
        m.put("fiscalYear", 2024);
        m.put("source", "CENTRAL");
        m.put("capitalType", "RECURRENT");
        m.put("measure", "ASSIGNED");
        m.put("implementingBody", "Security test " + UUID.randomUUID());
        m.put("amountVnd", 1_000_000L);
        return m;
    }

    /** A value body with a period no other call of this run uses (one month each), so keys never collide. */
    static Map<String, Object> indicatorValue(String indicator, String unit) {
        int n = SEQ.incrementAndGet();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", indicator);
        m.put("unit", unit);
        m.put("unitAsOf", AS_OF);
        m.put("period", String.format("%d-%02d", 2001 + n / 12, n % 12 + 1));
        m.put("kind", "ACTUAL");
        m.put("value", "7");
        return m;
    }

    static Map<String, Object> localProject(String unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", PROGRAM);
        m.put("component", "DA2");
        m.put("unit", unit);
        m.put("unitAsOf", AS_OF);
        m.put("name", "Mô hình thử bảo mật " + UUID.randomUUID());
        m.put("startDate", "2024-01-01");
        m.put("status", "IN_PROGRESS");
        return m;
    }

    /** A report issued by {@code unit} with a number no other call uses. */
    static Map<String, Object> report(String unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", unit);
        m.put("unitAsOf", AS_OF);
        m.put("number", "SEC-" + UUID.randomUUID() + "/BC-UBND");
        m.put("issuedOn", AS_OF);
        m.put("title", "Báo cáo thử bảo mật");
        m.put("kind", "AD_HOC");
        return m;
    }

    static final String PDF = "application/pdf";

    static byte[] pdf() {
        return "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A report of {@code unit} with a PDF attached, created as ADMIN; its id. */
    static long reportWithFile(String unit) {
        long id = create("/api/v1/reports", report(unit));
        admin().contentType(PDF)
                .body(pdf())
                .put("/api/v1/reports/" + id + "/file")
                .then()
                .statusCode(201);
        return id;
    }

    /**
     * A report of {@code unit} with seed 002's text attached and read by ADMIN (the reader's proposals): the report's
     * id and its first proposal's id.
     */
    static long[] readReport(String unit) {
        Map<String, Object> m = report(unit);
        m.put("program", PROGRAM);
        m.put("period", "2021/2024");
        long id = create("/api/v1/reports", m);
        byte[] text;
        try {
            text = java.nio.file.Files.readAllBytes(
                    java.nio.file.Path.of("..", "data", "seeds", "002_e78e7f344878a655.txt"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        admin().contentType("text/plain; charset=utf-8")
                .body(text)
                .put("/api/v1/reports/" + id + "/file")
                .then()
                .statusCode(201);
        admin().post("/api/v1/reports/" + id + "/reading").then().statusCode(200);
        long proposal = admin().queryParam("limit", 1)
                .get("/api/v1/reports/" + id + "/proposals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        return new long[] {id, proposal};
    }

    /**
     * A finding about {@code unit}: a carry-over out of 2023 that is not what 2024 carries in (two lines of a body of
     * their own); its id.
     */
    static long finding(String unit) {
        Map<String, Object> out = fundingLine(unit);
        String body = (String) out.get("implementingBody");
        out.put("fiscalYear", 2023);
        out.put("measure", "CARRIED_OUT");
        create("/api/v1/funding-lines", out);
        Map<String, Object> in = fundingLine(unit);
        in.put("implementingBody", body);
        in.put("measure", "CARRIED_IN");
        in.put("amountVnd", 2_000_000L);
        create("/api/v1/funding-lines", in);
        return admin().queryParam("unit", unit)
                .queryParam("asOf", AS_OF)
                .queryParam("rule", "CARRY_OVER_CHAIN")
                .queryParam("limit", 1000)
                .get("/api/v1/findings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items.find { it.subject.implementingBody == '" + body + "' }.id");
    }

    /** A SUM indicator of this run's own, so value keys never meet other tests' values. */
    static String indicator() {
        return indicatorWithId().getKey();
    }

    /** {@link #indicator()}'s code and id. */
    static Map.Entry<String, Long> indicatorWithId() {
        String code = "SEC_T" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Map<String, Object> b = Map.of(
                "code", code, "nameVi", "Chỉ tiêu thử bảo mật", "unitOfMeasure", "HOUSEHOLD", "aggregation", "SUM");
        return Map.entry(code, create("/api/v1/indicators", b));
    }

    static long create(String path, Map<String, Object> body) {
        return admin().contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static String etag(String path) {
        return admin().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** The id of the unit with this code on {@link #AS_OF}. */
    static long unitId(String code) {
        return admin().queryParam("code", code)
                .queryParam("asOf", AS_OF)
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items[0].id");
    }

    /** The key of the side's commune's sign-off the matrix uses: FUNDING 2026 (the carry-over year) of the program. */
    static RequestSpecification approvalKey(RequestSpecification r, String commune) {
        return r.queryParam("unit", commune)
                .queryParam("asOf", AS_OF)
                .queryParam("program", PROGRAM)
                .queryParam("period", "2026")
                .queryParam("dataset", "FUNDING");
    }

    /** That sign-off, submitted by ADMIN (submitted locks nothing); its id. */
    static long submitted(String commune) {
        io.restassured.response.Response current = approvalKey(admin(), commune).get("/api/v1/approval-status");
        current.then().statusCode(200);
        if ("SUBMITTED".equals(current.jsonPath().getString("status"))) {
            return current.jsonPath().getLong("id");
        }
        return approvalKey(
                        admin().contentType(ContentType.JSON)
                                .body(Map.of("status", "SUBMITTED"))
                                .header("If-Match", current.header("ETag")),
                        commune)
                .put("/api/v1/approval-status")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
