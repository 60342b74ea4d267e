package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUES;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUE_HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.all;
import static vn.gnbv.tracker.ingest.UploadFixtures.assertRejected;
import static vn.gnbv.tracker.ingest.UploadFixtures.csv;
import static vn.gnbv.tracker.ingest.UploadFixtures.line;
import static vn.gnbv.tracker.ingest.UploadFixtures.lines;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Uploads for a report: rows carry the report and where in it; mode=replace makes the report's figures exactly the
 * file's (re-loading a corrected report never doubles it), and the report's date reads its unit codes.
 */
@QuarkusTest
class UploadReplaceTest {
    @Inject
    DataSource ds;

    /** A report issued by the unit with this code (as of {@code issued}); answers its id. */
    long report(String unit, LocalDate issued) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into report (unit_id, number, issued_on, title, kind)"
                        + " select id, ?, ?, 'Báo cáo kết quả thực hiện', 'ANNUAL_REPORT' from admin_unit"
                        + " where code = ? and valid_from <= ? and (valid_to is null or valid_to >= ?) returning id")) {
            ps.setString(1, UploadFixtures.unique("BC") + "/BC-UBND");
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

    /** Amount, report and locator of every line of the program, by implementing body. */
    private static Map<String, String> state(String program) {
        Map<String, String> m = new TreeMap<>();
        for (Map<String, Object> l : lines(program)) {
            m.put(
                    (String) l.get("implementingBody"),
                    l.get("amountVnd") + " r" + l.get("reportId") + " " + l.get("locator"));
        }
        return m;
    }

    private static List<Long> counts(JsonPath r) {
        return List.of(r.getLong("inserted"), r.getLong("updated"), r.getLong("unchanged"), r.getLong("deleted"));
    }

    private static JsonPath ok(Upload u) {
        return u.post().then().statusCode(200).extract().jsonPath();
    }

    @Test
    void jsonRowsNameTheirReportAndLocatorToo() throws Exception {
        String p = UploadFixtures.program();
        long r = report("109", LocalDate.of(2024, 12, 16));
        String body = "[{\"program\": \"" + p + "\", \"component\": \"DA2\", \"unit\": \"109\", \"year\": 2023,"
                + " \"source\": \"CENTRAL\", \"capitalType\": \"RECURRENT\", \"measure\": \"ASSIGNED\","
                + " \"implementingBody\": \"J\", \"amountVnd\": 7, \"report\": " + r
                + ", \"locator\": \"Mục II, l.12\"}]";
        ok(Upload.json(FUNDING, body).as(UploadFixtures.admin("upl-json-rep")));
        assertEquals(Map.of("J", "7 r" + r + " Mục II, l.12"), state(p));
    }

    @Test
    void replaceMakesTheReportsFiguresExactlyTheFileAndTwiceChangesNothing() throws Exception {
        String p = UploadFixtures.program();
        long r = report("109", LocalDate.of(2024, 12, 15));
        String token = UploadFixtures.admin("upl-repl");
        String header = HEADER + ",locator";
        String first = csv(
                header,
                line(p, "109", 2023, "ASSIGNED", "A", "100") + ",Mục II.1",
                line(p, "109", 2023, "ASSIGNED", "B", "200") + ",Mục II.2",
                line(p, "109", 2023, "ASSIGNED", "Trung tâm Dịch vụ nông nghiệp huyện", "300") + ",Bảng 3");
        assertEquals(
                List.of(3L, 0L, 0L, 0L),
                counts(ok(Upload.csv(FUNDING, first).as(token).mode("replace").report(r))));
        assertEquals(
                Map.of(
                        "A", "100 r" + r + " Mục II.1",
                        "B", "200 r" + r + " Mục II.2",
                        "Trung tâm Dịch vụ nông nghiệp huyện", "300 r" + r + " Bảng 3"),
                state(p));

        // The corrected report: A gone, B's amount fixed, the body spelled another way (a new key), D added.
        String second = csv(
                header,
                line(p, "109", 2023, "ASSIGNED", "B", "250") + ",Mục II.2",
                line(p, "109", 2023, "ASSIGNED", "Trung tâm DVNN", "300") + ",Bảng 3",
                line(p, "109", 2023, "ASSIGNED", "D", "400") + ",Mục II.4");
        JsonPath dry = ok(
                Upload.csv(FUNDING, second).as(token).mode("replace").report(r).dryRun());
        assertEquals(List.of(2L, 1L, 0L, 2L), counts(dry), "a dry run plans the deletions too");
        assertEquals(3, state(p).size(), "and writes nothing");
        JsonPath done = ok(Upload.csv(FUNDING, second).as(token).mode("replace").report(r));
        assertEquals(counts(dry), counts(done));
        assertEquals("replace", done.getString("mode"));
        assertEquals(
                Map.of(
                        "B", "250 r" + r + " Mục II.2",
                        "Trung tâm DVNN", "300 r" + r + " Bảng 3",
                        "D", "400 r" + r + " Mục II.4"),
                state(p),
                "exactly the file: the old spelling's line is gone, not beside its twin");
        long total = lines(p).stream()
                .mapToLong(l -> ((Number) l.get("amountVnd")).longValue())
                .sum();
        assertEquals(950, total, "no total doubled");

        assertEquals(
                List.of(0L, 0L, 3L, 0L),
                counts(ok(Upload.csv(FUNDING, second).as(token).mode("replace").report(r))));

        // Each deletion is in the audit trail with the line as it was.
        List<Map<String, Object>> deletes = all("/api/v1/audit-events?resourceType=FUNDING_LINE&operation=DELETE");
        long forReport = deletes.stream()
                .filter(e -> e.get("before") instanceof Map<?, ?> b
                        && Long.valueOf(r).equals(num(b.get("reportId"))))
                .count();
        assertEquals(2, forReport, "A and the old spelling, each deleted with its before-state");
    }

    private static Long num(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    @Test
    void theReportsDateReadsItsUnitCodes() throws Exception {
        String p = UploadFixtures.program();
        // Bắc Kạn city (058) was abolished on 2025-07-01; a 2024 report proposes money for it in 2026.
        long r = report("06", LocalDate.of(2024, 9, 30));
        String token = UploadFixtures.admin("upl-repdate");
        String file = csv(HEADER, line(p, "058", 2026, "PROPOSED", "Thành phố Bắc Kạn", "500"));
        assertRejected(Upload.csv(FUNDING, file).as(token).post(), 422, "UPLOAD_REJECTED", "1 unit UNKNOWN_UNIT");
        assertEquals(
                List.of(1L, 0L, 0L, 0L),
                counts(ok(Upload.csv(FUNDING, file).as(token).report(r))));
        Map<String, Object> l = lines(p).get(0);
        assertEquals("058", ((Map<?, ?>) l.get("unit")).get("code"));
        assertEquals(r, num(l.get("reportId")));
    }

    @Test
    void aReplaceNeedsItsReportAndRowsMustNotNameAnother() throws Exception {
        String p = UploadFixtures.program();
        long r = report("109", LocalDate.of(2024, 12, 15));
        long other = report("109", LocalDate.of(2024, 12, 16));
        String token = UploadFixtures.admin("upl-repmiss");
        String file = csv(HEADER, line(p, "109", 2023, "ASSIGNED", "A", "1"));
        JsonPath missing = Upload.csv(FUNDING, file)
                .as(token)
                .mode("replace")
                .post()
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertEquals(
                List.of("INVALID_PARAMETER", "report", "MISSING"),
                List.of(
                        missing.getString("code"),
                        missing.getString("errors[0].field"),
                        missing.getString("errors[0].code")));
        assertRejected(
                Upload.csv(FUNDING, file).as(token).report(999_999_999L).post(),
                422,
                "VALIDATION_FAILED",
                "null report UNKNOWN_REPORT");
        String naming = csv(HEADER + ",report", line(p, "109", 2023, "ASSIGNED", "A", "1") + "," + other);
        assertRejected(
                Upload.csv(FUNDING, naming).as(token).mode("replace").report(r).post(),
                422,
                "UPLOAD_REJECTED",
                "1 report REPORT_MISMATCH");
        // Without a batch report, the row's own report counts.
        assertEquals(1L, ok(Upload.csv(FUNDING, naming).as(token)).getLong("inserted"));
        assertEquals(other, num(lines(p).get(0).get("reportId")));
        assertNull(lines(p).get(0).get("locator"));
    }

    @Test
    void aReplaceCannotDeleteFiguresOutsideTheCallersScope() throws Exception {
        String p = UploadFixtures.program();
        long r = report("12", LocalDate.of(2024, 12, 15));
        String admin = UploadFixtures.admin("upl-repscope");
        ok(Upload.csv(
                        FUNDING,
                        csv(
                                HEADER,
                                line(p, "109", 2023, "ASSIGNED", "Phong Thổ", "1"),
                                line(p, "106", 2023, "ASSIGNED", "Tam Đường", "2")))
                .as(admin)
                .mode("replace")
                .report(r));
        // A district officer of Phong Thổ may not even cite the province's report.
        String officer = UploadFixtures.token(UploadFixtures.user("upl-repoff"), "DISTRICT_OFFICER", "109");
        String mine = csv(HEADER, line(p, "109", 2023, "ASSIGNED", "Phong Thổ", "5"));
        assertRejected(
                Upload.csv(FUNDING, mine).as(officer).mode("replace").report(r).post(),
                403,
                "OUT_OF_SCOPE",
                "null report OUT_OF_SCOPE");
        // A manager of the province may replace it.
        String manager = UploadFixtures.token(UploadFixtures.user("upl-repman"), "PROVINCE_MANAGER", "12");
        assertEquals(
                List.of(0L, 1L, 0L, 1L),
                counts(ok(Upload.csv(FUNDING, mine).as(manager).mode("replace").report(r))));
    }

    @Test
    void indicatorValuesCarryTheirReportToo() throws Exception {
        String indicator = UploadFixtures.indicator("HOUSEHOLD");
        long r = report("109", LocalDate.of(2024, 12, 15));
        String token = UploadFixtures.admin("upl-repval");
        String header = VALUE_HEADER + ",locator";
        ok(Upload.csv(
                        VALUES,
                        csv(
                                header,
                                indicator + ",109,2023,ACTUAL,10,,Bảng 1",
                                indicator + ",110,2023,ACTUAL,20,,Bảng 1"))
                .as(token)
                .mode("replace")
                .report(r));
        JsonPath replaced = ok(Upload.csv(VALUES, csv(header, indicator + ",109,2023,ACTUAL,12,,Bảng 1"))
                .as(token)
                .mode("replace")
                .report(r));
        assertEquals(List.of(0L, 1L, 0L, 1L), counts(replaced));
        List<Map<String, Object>> stated = all("/api/v1/indicator-values?indicator=" + indicator + "&report=" + r);
        assertEquals(1, stated.size());
        assertEquals("12", stated.get(0).get("value"));
        assertEquals("Bảng 1", stated.get(0).get("locator"));
    }

    private static long assigned2023(String program, Long report) {
        var q = vn.gnbv.tracker.Api.given()
                .queryParam("program", program)
                .queryParam("unit", "109")
                .queryParam("asOf", "2024-01-01");
        if (report != null) {
            q.queryParam("report", report);
        }
        return q.get("/api/v1/funding-summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totals.find { it.fiscalYear == 2023 }.assignedVnd");
    }

    @Test
    void twoReportsOnOneKeyAreBothKeptAndTheMostRecentCounts() throws Exception {
        String p = UploadFixtures.program();
        long annual = report("109", LocalDate.of(2023, 12, 20));
        long review = report("109", LocalDate.of(2024, 8, 1));
        String token = UploadFixtures.admin("upl-twokeys");
        String key = line(p, "109", 2023, "ASSIGNED", "Trung tâm DVNN", "%s");
        ok(Upload.csv(FUNDING, csv(HEADER, key.formatted("100"))).as(token).report(review));
        ok(Upload.csv(FUNDING, csv(HEADER, key.formatted("90"))).as(token).report(annual));

        List<Map<String, Object>> counted = all("/api/v1/funding-lines?program=" + p);
        assertEquals(1, counted.size(), "one figure per key counts");
        assertEquals(
                List.of(100L, review),
                List.of(num(counted.get(0).get("amountVnd")), num(counted.get(0).get("reportId"))));
        List<Map<String, Object>> both = all("/api/v1/funding-lines?program=" + p + "&alternatives=true");
        assertEquals(2, both.size(), "the earlier report's figure is kept beside it");
        assertEquals(100L, assigned2023(p, null), "the mid-term review is the more recent report");
        assertEquals(90L, assigned2023(p, annual), "naming a report reads its figures");

        // A figure entered directly today is the most recent statement of the key.
        Map<String, Object> direct = new java.util.HashMap<>(Map.of(
                "program",
                p,
                "component",
                "DA2",
                "unit",
                "109",
                "fiscalYear",
                2023,
                "source",
                "CENTRAL",
                "capitalType",
                "RECURRENT",
                "measure",
                "ASSIGNED",
                "implementingBody",
                "Trung tâm DVNN",
                "amountVnd",
                95));
        long id = vn.gnbv.tracker.Api.as(token)
                .contentType("application/json")
                .body(direct)
                .post("/api/v1/funding-lines")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        assertEquals(95L, assigned2023(p, null));
        vn.gnbv.tracker.Api.as(token)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/funding-lines/" + id)
                .then()
                .statusCode(204);
        assertEquals(100L, assigned2023(p, null), "deleting the current figure lets the next one count");
    }
}
