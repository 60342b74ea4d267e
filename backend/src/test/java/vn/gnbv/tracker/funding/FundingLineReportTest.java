package vn.gnbv.tracker.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.gnbv.tracker.funding.FundingFixtures.line;
import static vn.gnbv.tracker.funding.FundingFixtures.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;

/** A single write names the report its line is stated in and where; the report's date reads the unit code. */
@QuarkusTest
class FundingLineReportTest {
    @Inject
    DataSource ds;

    private long report(String unit, LocalDate issued) throws Exception {
        return FundingFixtures.report(ds, unit, issued);
    }

    @Test
    void aLineKeepsItsReportAndLocatorAndListsByReport() throws Exception {
        long r = report("109", LocalDate.of(2023, 12, 20));
        var body =
                with(with(line("DA2", "109", 2023, "DISBURSED", 696_000_000L), "reportId", r), "locator", "Mục II.7");
        long id = FundingFixtures.create(body);
        JsonPath got = Api.given()
                .get("/api/v1/funding-lines/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(r, "Mục II.7"), List.of(got.getLong("reportId"), got.getString("locator")));
        List<Long> listed = Api.given()
                .get("/api/v1/funding-lines?report=" + r)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
        assertEquals(List.of(id), listed);
    }

    @Test
    void aLineThatStopsCountingGetsANewETag() throws Exception {
        var key = line("DA2", "109", 2023, "DISBURSED", 696_000_000L);
        long older = FundingFixtures.create(with(key, "reportId", report("109", LocalDate.of(2023, 6, 30))));
        var first = Api.given()
                .get("/api/v1/funding-lines/" + older)
                .then()
                .statusCode(200)
                .extract();
        assertEquals(true, first.jsonPath().getBoolean("current"));
        // A later report states the same key: the older line stops counting, and its representation says so.
        FundingFixtures.create(
                with(with(key, "amountVnd", 700_000_000L), "reportId", report("109", LocalDate.of(2023, 12, 20))));
        var second = Api.given()
                .header("If-None-Match", first.header("ETag"))
                .get("/api/v1/funding-lines/" + older)
                .then()
                .statusCode(200)
                .extract();
        assertEquals(false, second.jsonPath().getBoolean("current"));
        assertNotEquals(first.header("ETag"), second.header("ETag"));
        // An If-Match from before the change is stale.
        Api.json(with(key, "amountVnd", 1L))
                .header("If-Match", first.header("ETag"))
                .put("/api/v1/funding-lines/" + older)
                .then()
                .statusCode(412);
    }

    @Test
    void anUnknownReportIsRefusedNamingTheField() {
        JsonPath p = Api.json(with(line("DA2", "109", 2023, "DISBURSED", 1L), "reportId", 987_654_321L))
                .post("/api/v1/funding-lines")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertEquals(
                List.of("reportId", "UNKNOWN_REPORT"),
                List.of(p.getString("errors[0].field"), p.getString("errors[0].code")));
    }

    @Test
    void aReportIssuedOutsideTheCallersScopeCannotBeCited() throws Exception {
        long r = report("106", LocalDate.of(2023, 12, 20));
        String officer = TestTokens.of("rep-officer-" + UUID.randomUUID(), "DISTRICT_OFFICER", "109");
        Api.as(officer)
                .contentType("application/json")
                .body(with(line("DA2", "109", 2023, "DISBURSED", 1L), "reportId", r))
                .post("/api/v1/funding-lines")
                .then()
                .statusCode(403);
    }

    @Test
    void aReportsDateReadsTheUnitCodeOfAnAbolishedDistrict() throws Exception {
        long r = report("06", LocalDate.of(2024, 9, 30));
        // A 2026 proposal for Bắc Kạn city (058, abolished on 2025-07-01): 1 January 2026 knows no such unit.
        var body = with(line("DA2", "058", 2026, "PROPOSED", 5L), "program", "GNBV-2026-2030");
        Api.json(body).post("/api/v1/funding-lines").then().statusCode(422);
        long id = FundingFixtures.create(with(body, "reportId", r));
        JsonPath got = Api.given()
                .get("/api/v1/funding-lines/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("058", got.getString("unit.code"));
    }

    @Test
    void aReportsNewDateChangesWhichLineTheNationalSummaryCounts() throws Exception {
        // A body of its own: the key is this test's alone, so the national cell changes by this key's amounts only.
        var key = with(
                line("DA2", "109", 2023, "DISBURSED", 100_000_000L), "implementingBody", "Ban " + UUID.randomUUID());
        long early = report("109", LocalDate.of(2023, 6, 30));
        long late = report("109", LocalDate.of(2023, 12, 20));
        FundingFixtures.create(with(key, "reportId", early));
        FundingFixtures.create(with(with(key, "amountVnd", 300_000_000L), "reportId", late));
        long before = nationalDisbursed();
        // The later report turns out to be the older one: the other report's line counts now.
        Api.given()
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(java.util.Map.of(
                        "unit", "109",
                        "number", number(late),
                        "issuedOn", "2023-01-15",
                        "title", "Báo cáo",
                        "kind", "ANNUAL_REPORT"))
                .put("/api/v1/reports/" + late)
                .then()
                .statusCode(200);
        assertEquals(before - 200_000_000L, nationalDisbursed());
    }

    /** DA2's 2023 disbursement in the national summary (read from the maintained cells). */
    private static long nationalDisbursed() {
        var summary = SummaryJson.get(
                "/api/v1/funding-summary",
                java.util.Map.of("program", "GNBV-2021-2025", "unit", "VN", "asOf", "2024-01-01"));
        return SummaryJson.vnd(SummaryJson.row(summary, "DA2", 2023), "disbursedVnd");
    }

    private String number(long report) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("select number from report where id = ?")) {
            ps.setLong(1, report);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
