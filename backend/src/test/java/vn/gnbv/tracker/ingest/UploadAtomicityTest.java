package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.assertRejected;
import static vn.gnbv.tracker.ingest.UploadFixtures.awaitJob;
import static vn.gnbv.tracker.ingest.UploadLargeFileTest.linesOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** All or nothing: one bad row, even the very last of 100,000, and not a single row is written. */
@QuarkusTest
class UploadAtomicityTest {
    @Inject
    DataSource ds;

    @Test
    void anErrorInTheLastOf100000RowsWritesNothing() throws Exception {
        String p = UploadFixtures.program();
        String token = UploadFixtures.admin("upl-atomic");
        int rows = UploadLargeFileTest.ROWS;
        Response created = Upload.bytes(FUNDING, "text/csv", BigCsv.funding(p, rows, rows))
                .as(token)
                .startJob();
        assertEquals(202, created.statusCode(), created.asString());
        JsonPath done = awaitJob(token, created.jsonPath().getString("id"));
        assertEquals("REJECTED", done.getString("state"), done.prettify());
        assertEquals(Set.of(rows + " unit UNKNOWN_UNIT"), UploadFixtures.errors(done, "report.errors"));
        assertEquals(
                List.of(true, (long) rows, (long) rows - 1, 0L, 0L, 0L, 1L),
                List.of(
                        done.getBoolean("report.rejected"),
                        done.getLong("report.rowsRead"),
                        done.getLong("report.rowsValid"),
                        done.getLong("report.inserted"),
                        done.getLong("report.updated"),
                        done.getLong("report.unchanged"),
                        done.getLong("report.errorCount")));
        assertEquals(0L, done.getLong("progress.rowsWritten"));
        assertEquals(0, linesOf(ds, p));
    }

    @Test
    void anErrorInTheLastRowOfASynchronousBatchWritesNothing() throws Exception {
        String p = UploadFixtures.program();
        int rows = 5_000;
        String file = new String(BigCsv.funding(p, rows, rows), java.nio.charset.StandardCharsets.UTF_8);
        assertRejected(Upload.csv(FUNDING, file).post(), 422, "UPLOAD_REJECTED", rows + " unit UNKNOWN_UNIT");
        assertEquals(0, linesOf(ds, p));
        // The same rows without the bad one are fine: the refusal was about that row only.
        String good = new String(BigCsv.funding(p, rows - 1, 0), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(
                rows - 1L,
                Upload.csv(FUNDING, good)
                        .post()
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("inserted"));
        assertEquals(rows - 1, linesOf(ds, p));
    }

    @Test
    void anExistingKeyInTheLastRowOfAnInsertOnlyBatchWritesNothing() throws Exception {
        String p = UploadFixtures.program();
        String first = UploadFixtures.csv(
                UploadFixtures.HEADER, UploadFixtures.line(p, "964", 2023, "ASSIGNED", BigCsv.body(3000), "1"));
        Upload.csv(FUNDING, first).post().then().statusCode(200);
        // 3,000 rows, all new keys but the last, which is the line above.
        StringBuilder sb = new StringBuilder(UploadFixtures.HEADER).append('\n');
        for (int i = 1; i <= 3000; i++) {
            sb.append(UploadFixtures.line(p, "964", 2023, "ASSIGNED", BigCsv.body(i), String.valueOf(i)))
                    .append('\n');
        }
        assertRejected(
                Upload.csv(FUNDING, sb.toString()).mode("insert-only").post(),
                422,
                "UPLOAD_REJECTED",
                "3000 * KEY_EXISTS");
        assertEquals(1, linesOf(ds, p));
    }
}
