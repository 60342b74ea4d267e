package vn.gnbv.tracker.program;

import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import vn.gnbv.tracker.Api;

/**
 * Test data of this feature, created through the API with keys unique to this JVM run; programs of their own for the
 * features that hang figures on components (local projects).
 */
public final class Fixtures {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String RUN =
            Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    private Fixtures() {}

    /** A program code no other test uses, e.g. TK3X9A2-7-2021-2025. */
    static String programCode(int start, int end) {
        return "T" + RUN + "-" + SEQ.incrementAndGet() + "-" + start + "-" + end;
    }

    static Map<String, Object> program(String code, int start, int end) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("nameVi", "Chương trình thử nghiệm " + code);
        m.put("nameEn", "Test program " + code);
        m.put("startYear", start);
        m.put("endYear", end);
        m.put("legalBasis", "Quyết định thử nghiệm");
        return m;
    }

    public static long createProgram(int start, int end) {
        return ((Number) Api.json(program(programCode(start, end), start, end))
                        .post("/api/v1/programs")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    static Map<String, Object> component(Long parentId, String kind, String code, int sortOrder) {
        Map<String, Object> m = new HashMap<>();
        m.put("parentId", parentId);
        m.put("kind", kind);
        m.put("code", code);
        m.put("nameVi", "Thành phần " + code);
        m.put("sortOrder", sortOrder);
        return m;
    }

    public static long createComponent(long programId, Long parentId, String kind, String code, int sortOrder) {
        return ((Number) Api.json(component(parentId, kind, code, sortOrder))
                        .post("/api/v1/programs/" + programId + "/components")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    /**
     * A validated request for a DELETE: its only bodies are problems, so it must accept problem+json (the contract
     * validator rejects an Accept the operation cannot answer with).
     */
    public static RequestSpecification deleting() {
        return Api.given().accept("application/problem+json");
    }

    /** The id of a seeded program, found through the list. */
    static long programId(String code, int year) {
        List<Map<String, Object>> items = Api.given()
                .queryParam("year", year)
                .queryParam("limit", 1000)
                .get("/api/v1/programs")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return items.stream()
                .filter(p -> code.equals(p.get("code")))
                .map(p -> ((Number) p.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    public static String code(long programId) {
        return Api.given()
                .get("/api/v1/programs/" + programId)
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    /** A funding line written directly: the funding feature's API is not part of this branch. */
    static void insertFundingLine(DataSource ds, long programId, long componentId) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("""
        insert into funding_line (program_id, component_id, unit_id, fiscal_year, source, capital_type, measure,
                                  amount_vnd)
        select ?, ?, id, 2023, 'CENTRAL', 'RECURRENT', 'ASSIGNED', 1000000 from admin_unit
         where code = '109' and level = 'DISTRICT' and valid_to = '2025-06-30'""")) {
            ps.setLong(1, programId);
            ps.setLong(2, componentId);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("funding line not inserted");
            }
        }
    }
}
