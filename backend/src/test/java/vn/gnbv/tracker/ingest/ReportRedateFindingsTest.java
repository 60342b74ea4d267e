package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.gnbv.tracker.ingest.FindingFixtures.findings;
import static vn.gnbv.tracker.ingest.FindingFixtures.num;
import static vn.gnbv.tracker.ingest.FindingFixtures.open;
import static vn.gnbv.tracker.ingest.FindingFixtures.row;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * A write that re-ranks many figures at once — here a report redated, so that another report's figures count
 * instead — commits first and recomputes its findings right after, outside its transaction (finding/FindingRefresh
 * afterCommit): a report stating a million figures is no longer rolled back by its findings' time.
 */
@QuarkusTest
class ReportRedateFindingsTest {
    @Inject
    DataSource ds;

    private static String csv(String... rows) {
        List<String> lines = new java.util.ArrayList<>(List.of(FindingFixtures.HEADER));
        lines.addAll(List.of(rows));
        return UploadFixtures.csv(lines.toArray(String[]::new));
    }

    @Test
    void aRedatedReportCommitsItsFiguresRankingBeforeTheirFindings() throws Exception {
        String p = UploadFixtures.program(true);
        long older = FindingFixtures.report("109", LocalDate.of(2023, 12, 20));
        long newer = FindingFixtures.report("109", LocalDate.of(2023, 12, 25));
        FindingFixtures.upload(Upload.csv(
                        UploadFixtures.FUNDING,
                        csv(
                                row(p, "DA2", "109", 2023, "DISBURSED", 1_046_000_000L),
                                row(p, "DA2.TDA1", "109", 2023, "DISBURSED", 696_000_000L),
                                row(p, "DA2.TDA2", "109", 2023, "DISBURSED", 402_000_000L)))
                .report(older));
        FindingFixtures.upload(
                Upload.csv(UploadFixtures.FUNDING, csv(row(p, "DA2", "109", 2023, "DISBURSED", 1_098_000_000L)))
                        .report(newer));
        assertEquals(List.of(), open(findings(p), "TOTAL_VS_PARTS"), "the newer report's total counts, and adds up");

        Response before = Api.given().get("/api/v1/reports/" + newer);
        Map<String, Object> body = Map.of(
                "unit", "109",
                "number", before.jsonPath().getString("number"),
                "issuedOn", "2023-12-01",
                "title", before.jsonPath().getString("title"),
                "kind", "ANNUAL_REPORT");
        String province = "select distinct province_id from funding_line where report_id = " + newer;
        Response put;
        try (Connection findingsHolder = ds.getConnection();
                Statement st = findingsHolder.createStatement()) {
            // Another recomputation holds the province's findings (FindingEngine.lock) while the report is redated.
            st.executeQuery("select pg_advisory_lock(5, (" + province + ")::int)")
                    .close();
            CompletableFuture<Response> redate = CompletableFuture.supplyAsync(() -> Api.given()
                    .contentType(ContentType.JSON)
                    .header("If-Match", before.header("ETag"))
                    .body(body)
                    .put("/api/v1/reports/" + newer));
            while (count("select count(*) from pg_locks where locktype = 'advisory' and not granted") == 0) {
                Thread.sleep(20); // the redate's findings wait for the province
            }
            assertFalse(redate.isDone(), "the answer waits for the findings");
            // Seen from another session: the new date and the figures' new ranking are committed, the findings due.
            assertEquals(
                    1L, count("select count(*) from report where id = " + newer + " and issued_on = '2023-12-01'"));
            assertEquals(
                    1L,
                    count("select count(*) from funding_line where report_id = " + older + " and current"
                            + " and amount_vnd = 1046000000"));
            assertEquals(1L, count("select count(*) from finding_due where province_id = (" + province + ")"));
            st.executeQuery("select pg_advisory_unlock(5, (" + province + ")::int)")
                    .close();
            put = redate.get(60, TimeUnit.SECONDS);
        }
        assertEquals(200, put.statusCode(), put.asString());
        List<Map<String, Object>> found = open(findings(p), "TOTAL_VS_PARTS");
        assertEquals(1, found.size(), found.toString());
        assertEquals(1_046_000_000L, num(found.get(0), "actual"));
        assertEquals(0L, count("select count(*) from finding_due where province_id = (" + province + ")"));
    }

    private long count(String sql) throws SQLException {
        return FindingFixtures.count(ds, sql);
    }
}
