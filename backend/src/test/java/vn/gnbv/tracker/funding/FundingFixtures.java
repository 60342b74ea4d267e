package vn.gnbv.tracker.funding;

import static org.hamcrest.Matchers.is;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import vn.gnbv.tracker.Api;

/** Request bodies and calls shared by the funding tests. Every test makes its own keys unique. */
final class FundingFixtures {
    static final String PROGRAM = "GNBV-2021-2025";

    private FundingFixtures() {}

    /** A report of its own for a test (a unique number), issued by the unit valid on that date; its id. */
    static long report(DataSource ds, String unit, LocalDate issued) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into report (unit_id, number, issued_on, title, kind)"
                        + " select id, ?, ?, 'Báo cáo', 'ANNUAL_REPORT' from admin_unit where code = ?"
                        + " and valid_from <= ? and (valid_to is null or valid_to >= ?) returning id")) {
            ps.setString(1, UUID.randomUUID() + "/BC-UBND");
            ps.setObject(2, issued);
            ps.setString(3, unit);
            ps.setObject(4, issued);
            ps.setObject(5, issued);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A body that names this run only, so keys never collide with other tests or earlier runs. */
    static String uniqueBody() {
        return "Test body " + UUID.randomUUID();
    }

    static Map<String, Object> line(String component, String unit, int year, String measure, long amountVnd) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", PROGRAM);
        m.put("component", component);
        m.put("unit", unit);
        m.put("fiscalYear", year);
        m.put("source", "CENTRAL");
        m.put("capitalType", "RECURRENT");
        m.put("measure", measure);
        m.put("implementingBody", uniqueBody());
        m.put("amountVnd", amountVnd);
        m.put("reference", "QĐ 413/QĐ-UBND 06/04/2022");
        return m;
    }

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        m.put(key, value);
        return m;
    }

    static long create(Map<String, Object> body) {
        return Api.json(body)
                .post("/api/v1/funding-lines")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static void createDuplicate(Map<String, Object> body) {
        Api.json(body)
                .post("/api/v1/funding-lines")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", is("DUPLICATE_KEY"));
    }

    /**
     * A DELETE validated against the contract. A 204 has no body, so the only declared media type is the errors'
     * problem+json; the default Accept (application/json) would be rejected by the validator.
     */
    static io.restassured.specification.RequestSpecification delete() {
        return Api.given().accept("application/json, application/problem+json");
    }

    static String etag(long id) {
        return Api.given()
                .get("/api/v1/funding-lines/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
