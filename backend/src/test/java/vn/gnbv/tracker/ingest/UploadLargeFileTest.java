package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.awaitJob;
import static vn.gnbv.tracker.ingest.UploadFixtures.num;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/** A 100,000-row file through an upload job, and the synchronous endpoint's size limit. */
@QuarkusTest
class UploadLargeFileTest {
    static final int ROWS = 100_000;

    @Inject
    DataSource ds;

    /** A count in SQL (the API pages 1,000 at a time), with text parameters. */
    static long count(DataSource ds, String sql, String... params) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static long linesOf(DataSource ds, String program) throws Exception {
        return count(
                ds,
                "select count(*) from funding_line l join program p on p.id = l.program_id where p.code = ?",
                program);
    }

    @Test
    void aHundredThousandRowFileSucceedsAsAJob() throws Exception {
        String p = UploadFixtures.program();
        String token = UploadFixtures.admin("upl-big");
        byte[] file = BigCsv.funding(p, ROWS, 0);
        Response created = Upload.bytes(FUNDING, "text/csv", file).as(token).startJob();
        assertEquals(202, created.statusCode(), created.asString());
        String id = created.jsonPath().getString("id");
        assertEquals(file.length, created.jsonPath().getLong("bytes"));

        JsonPath done = awaitJob(token, id);
        assertEquals("SUCCEEDED", done.getString("state"), done.prettify());
        assertEquals(
                List.of((long) ROWS, (long) ROWS, (long) ROWS),
                List.of(
                        done.getLong("progress.rowsRead"),
                        done.getLong("progress.rowsValidated"),
                        done.getLong("progress.rowsWritten")));
        assertEquals(
                List.of((long) ROWS, (long) ROWS, (long) ROWS, 0L, 0L),
                List.of(
                        done.getLong("report.rowsRead"),
                        done.getLong("report.rowsValid"),
                        done.getLong("report.inserted"),
                        done.getLong("report.updated"),
                        done.getLong("report.errorCount")));
        assertEquals(ROWS, linesOf(ds, p));

        // A few rows read back through the API: each amount belongs to its implementing body, unit and year.
        for (String unit : List.of(BigCsv.UNITS[0], BigCsv.UNITS[3])) {
            List<Map<String, Object>> page = Api.given()
                    .queryParam("program", p)
                    .queryParam("unit", unit)
                    .queryParam("year", 2023)
                    .queryParam("limit", 20)
                    .get(UploadFixtures.LINES)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items");
            assertEquals(20, page.size());
            for (Map<String, Object> l : page) {
                int i = Integer.parseInt(((String) l.get("implementingBody")).replace("Đơn vị thực hiện số ", ""));
                assertEquals(BigCsv.amount(i), num(l.get("amountVnd")), "row " + i);
                assertEquals(unit, BigCsv.unit(i));
                assertEquals(2023, BigCsv.year(i));
            }
        }
        // No CREATE event per line: the job's one UPLOAD event lists every created id (V061), and nothing else.
        assertEquals(
                0,
                count(
                        ds,
                        "select count(*) from audit_event a where a.resource_type = 'FUNDING_LINE'"
                                + " and a.operation = 'CREATE' and a.resource_id in (select l.id::text from funding_line l"
                                + " join program p on p.id = l.program_id where p.code = ?)",
                        p));
        assertEquals(
                ROWS,
                count(
                        ds,
                        "select count(*) from funding_line l join program p on p.id = l.program_id"
                                + " join audit_event a on a.resource_id = ? and a.operation = 'UPLOAD' and a.created_ids @> l.id"
                                + " where p.code = ?",
                        id,
                        p));
        assertEquals(
                ROWS,
                count(
                        ds,
                        "select sum(upper(r) - lower(r)) from audit_event a, unnest(a.created_ids) r"
                                + " where a.resource_id = ?",
                        id));

        // The same file again: every key exists with the same content.
        JsonPath again = awaitJob(
                token, Upload.bytes(FUNDING, "text/csv", file).as(token).jobId());
        assertEquals(
                List.of("SUCCEEDED", 0L, 0L, (long) ROWS),
                List.of(
                        again.getString("state"),
                        again.getLong("report.inserted"),
                        again.getLong("report.updated"),
                        again.getLong("report.unchanged")));
        assertEquals(ROWS, linesOf(ds, p));
        assertEquals(
                1,
                UploadFixtures.all("/api/v1/audit-events?resourceType=UPLOAD_JOB&resourceId=" + id)
                        .size());
    }

    @Test
    void theSynchronousEndpointRefusesBodiesAbove20MiB() throws Exception {
        String p = UploadFixtures.program();
        byte[] file = BigCsv.funding(p, 280_000, 0);
        assertTrue(file.length > 20 * 1024 * 1024, "the file is " + file.length + " bytes");
        Response r = Upload.bytes(FUNDING, "text/csv", file).post();
        assertEquals(413, r.statusCode(), r.asString());
        assertEquals("BATCH_TOO_LARGE", r.jsonPath().getString("code"));
        assertEquals(0, linesOf(ds, p));
    }
}
