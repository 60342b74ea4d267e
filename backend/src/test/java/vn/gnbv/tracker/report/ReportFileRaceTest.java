package vn.gnbv.tracker.report;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Two first files for one report at once: the second is told so (409), never a 500, and stores nothing. */
@QuarkusTest
class ReportFileRaceTest {
    @Inject
    DataSource ds;

    @Test
    void aFileAttachedMeanwhileIsAConflict() throws Exception {
        long id = ReportFixtures.create(ReportFixtures.report(ReportFixtures.PHONG_THO));
        byte[] other = "%PDF-1.4 other".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (Connection c = ds.getConnection()) {
            // Another writer's first file, not yet committed: the API cannot see it, and its insert must wait for it.
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into report_file (report_id, file_name, media_type,"
                    + " size_bytes, sha256, content) values (?, 'other.pdf', 'application/pdf', ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setLong(2, other.length);
                ps.setString(3, ReportUpload.sha256(other));
                ps.setBytes(4, other);
                ps.executeUpdate();
            }
            CompletableFuture<Response> put = CompletableFuture.supplyAsync(() ->
                    ReportFixtures.putFile(ReportFixtures.admin(), id, ReportFixtures.PDF, null, ReportFixtures.pdf()));
            assertTrue(awaitWaiter(), "the API's insert waits for the other writer");
            c.commit();
            put.get().then().statusCode(409).body("code", is("CONCURRENT_MODIFICATION"));
        }
        ReportFixtures.admin()
                .get(ReportFixtures.REPORTS + "/" + id)
                .then()
                .statusCode(200)
                .body("file.fileName", is("other.pdf"));
        assertEquals(
                other.length,
                ReportFixtures.getFile(id, ReportFixtures.PDF).then().extract().asByteArray().length);
    }

    /** Whether another session of this database comes to wait for a lock within 10 s. */
    private boolean awaitWaiter() throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        try (Connection probe = ds.getConnection();
                PreparedStatement ps = probe.prepareStatement(
                        "select count(*) from pg_locks where not granted" + " and pid <> pg_backend_pid()")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return true;
                    }
                }
                Thread.sleep(50);
            }
        }
        return false;
    }
}
