package vn.gnbv.tracker.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * A server in front of a read replica (gnbv.read-only, docs/scaling.md): it starts against a real hot standby of the
 * test cluster (writing nothing at start), answers reads from it — including what the primary wrote after the copy —
 * and refuses every write with 503 READ_ONLY naming the primary.
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.Replica.class)
class ReadReplicaTest {
    static final String PRIMARY = "https://gnbv.example.vn/api/v1";

    public static class Replica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gnbv.read-only", "true", "gnbv.primary-url", PRIMARY);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StandbyDatabase.class));
        }
    }

    /** A report and one funding line of it, written on the primary (the replica's server cannot). */
    private static long[] writeOnPrimary() throws Exception {
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + StandbyDatabase.primaryPort() + "/gnbv", "gnbv", "gnbv")) {
            long report;
            try (PreparedStatement ps =
                    c.prepareStatement("insert into report (unit_id, number, issued_on, title, kind)"
                            + " select id, 'replica/' || gen_random_uuid(), date '2023-12-20', 'Báo cáo', 'ANNUAL_REPORT'"
                            + " from admin_unit where code = '109' and valid_from <= date '2023-12-20'"
                            + " and (valid_to is null or valid_to >= date '2023-12-20') returning id")) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    report = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into funding_line (program_id, component_id,"
                    + " unit_id, fiscal_year, source, capital_type, measure, amount_vnd, report_id)"
                    + " select p.id, pc.id, r.unit_id, 2023, 'CENTRAL', 'INVESTMENT', 'ASSIGNED', 123456789, r.id"
                    + " from report r, program p join program_component pc on pc.program_id = p.id and pc.code = 'DA2'"
                    + " where r.id = ? and p.code = 'GNBV-2021-2025' returning id")) {
                ps.setLong(1, report);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new long[] {report, rs.getLong(1)};
                }
            }
        }
    }

    @Test
    void readsComeFromTheReplicaAndWritesAreRefused() throws Exception {
        long[] written = writeOnPrimary();
        String lines = "/api/v1/funding-lines?report=" + written[0];
        // Streaming replication: on the replica within moments.
        Response page = null;
        for (int i = 0; i < 100; i++) {
            page = Api.given().get(lines);
            if (page.statusCode() == 200 && !page.jsonPath().getList("items").isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(List.of(written[1]), page.jsonPath().getList("items.id", Long.class), page.asString());
        assertEquals(123456789L, page.jsonPath().getLong("items[0].amountVnd"));
        Api.given().get("/api/v1/reports/" + written[0]).then().statusCode(200);
        for (String read : List.of(
                "/api/v1/units?limit=5",
                "/api/v1/funding-lines?limit=5",
                "/api/v1/funding-summary?program=GNBV-2021-2025&unit=VN",
                "/api/v1/indicator-values?limit=5",
                "/api/v1/findings?limit=5",
                "/api/v1/audit-events?limit=5")) {
            Response r = Api.given().get(read);
            assertEquals(200, r.statusCode(), read + ": " + r.asString());
        }

        Api.json(Map.of(
                        "unit",
                        "109",
                        "number",
                        "1/BC-REPLICA",
                        "issuedOn",
                        "2024-01-10",
                        "title",
                        "x",
                        "kind",
                        "ANNUAL_REPORT"))
                .post("/api/v1/reports")
                .then()
                .statusCode(503)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body("code", is("READ_ONLY"))
                .body("detail", containsString(PRIMARY));
        Api.given()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/funding-lines/" + written[1])
                .then()
                .statusCode(503)
                .body("code", is("READ_ONLY"));
        Api.given()
                .contentType("text/csv")
                .body("program,component,unit,year,source,capital_type,measure,amount_vnd\n")
                .post("/api/v1/upload-jobs?dataset=funding-lines")
                .then()
                .statusCode(503)
                .body("code", is("READ_ONLY"));
    }
}
