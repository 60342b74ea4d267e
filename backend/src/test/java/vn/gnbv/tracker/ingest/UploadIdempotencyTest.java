package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.JOBS;
import static vn.gnbv.tracker.ingest.UploadFixtures.auditCount;
import static vn.gnbv.tracker.ingest.UploadFixtures.csv;
import static vn.gnbv.tracker.ingest.UploadFixtures.line;
import static vn.gnbv.tracker.ingest.UploadFixtures.lines;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key: a replay returns the stored answer and writes nothing, another body (or mode, or dryRun) under
 * the key is refused, and a retry while the first request still runs is refused with 409.
 */
@QuarkusTest
class UploadIdempotencyTest {
    @Inject
    DataSource ds;

    private static void assertCode(Response r, int status, String code) {
        assertEquals(status, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(code, r.jsonPath().getString("code"), r.asString());
    }

    private static Map<String, Object> body(Response r) {
        return r.jsonPath().getMap("");
    }

    @Test
    void aReplayReturnsTheOriginalAnswerAndWritesNothingNew() {
        String p = UploadFixtures.program();
        String user = UploadFixtures.user("upl-idem");
        String token = UploadFixtures.token(user, "ADMIN");
        String key = UUID.randomUUID().toString();
        String file =
                csv(HEADER, line(p, "109", 2023, "ASSIGNED", "A", "1"), line(p, "109", 2023, "ASSIGNED", "B", "2"));

        Response first = Upload.csv(FUNDING, file).as(token).key(key).post();
        assertEquals(200, first.statusCode(), first.asString());
        assertNull(first.header("Idempotent-Replayed"), "the first answer is no replay");
        assertEquals(2L, first.jsonPath().getLong("inserted"));
        List<Map<String, Object>> stored = lines(p);
        int audit = auditCount(user);

        Response replay = Upload.csv(FUNDING, file).as(token).key(key).post();
        assertEquals(200, replay.statusCode(), replay.asString());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(body(first), body(replay), "the stored answer, not a new run (which would report 2 unchanged)");
        assertEquals(stored, lines(p), "nothing written: same ids, versions and timestamps");
        assertEquals(audit, auditCount(user), "nothing audited");

        // The key names the request: another body, mode or dryRun under it is refused and changes nothing.
        String other = csv(HEADER, line(p, "109", 2023, "ASSIGNED", "A", "999"));
        assertCode(Upload.csv(FUNDING, other).as(token).key(key).post(), 422, "IDEMPOTENCY_KEY_REUSED");
        assertCode(Upload.csv(FUNDING, file).as(token).key(key).dryRun().post(), 422, "IDEMPOTENCY_KEY_REUSED");
        assertCode(
                Upload.csv(FUNDING, file).as(token).key(key).mode("insert-only").post(), 422, "IDEMPOTENCY_KEY_REUSED");
        assertEquals(stored, lines(p));

        // Keys belong to the caller: another user's request under the same key runs (and finds both rows unchanged).
        Response stranger = Upload.csv(FUNDING, file)
                .as(UploadFixtures.admin("upl-idem-other"))
                .key(key)
                .post();
        assertEquals(200, stranger.statusCode(), stranger.asString());
        assertNull(stranger.header("Idempotent-Replayed"));
        assertEquals(
                List.of(0L, 2L),
                List.of(
                        stranger.jsonPath().getLong("inserted"),
                        stranger.jsonPath().getLong("unchanged")));
    }

    @Test
    void aRefusedBatchIsReplayedAsRefused() {
        String p = UploadFixtures.program();
        String token = UploadFixtures.admin("upl-idem-bad");
        String key = UUID.randomUUID().toString();
        String bad = csv(HEADER, line(p, "109", 2023, "ASSIGNED", "A", "-1"));
        Response first = Upload.csv(FUNDING, bad).as(token).key(key).post();
        assertCode(first, 422, "UPLOAD_REJECTED");
        Response replay = Upload.csv(FUNDING, bad).as(token).key(key).post();
        assertCode(replay, 422, "UPLOAD_REJECTED");
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(body(first), body(replay));
    }

    @Test
    void aJobIsReplayedAsTheSameJob() {
        String p = UploadFixtures.program();
        String token = UploadFixtures.admin("upl-idem-job");
        String key = UUID.randomUUID().toString();
        String file = csv(HEADER, line(p, "109", 2023, "ASSIGNED", "A", "1"));
        Response created = Upload.csv(FUNDING, file).as(token).key(key).startJob();
        assertEquals(202, created.statusCode(), created.asString());
        String id = created.jsonPath().getString("id");
        assertEquals(key, created.jsonPath().getString("idempotencyKey"));
        assertEquals("SUCCEEDED", UploadFixtures.awaitJob(token, id).getString("state"));

        Response replay = Upload.csv(FUNDING, file).as(token).key(key).startJob();
        assertEquals(202, replay.statusCode(), replay.asString());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(id, replay.jsonPath().getString("id"));
        assertEquals("SUCCEEDED", replay.jsonPath().getString("state"), "the job as it is now");
        assertEquals(
                List.of(id),
                Upload.api(token)
                        .get(JOBS)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id"),
                "no second job");
        assertEquals(1, lines(p).size());
        assertCode(
                Upload.csv(FUNDING, csv(HEADER, line(p, "109", 2023, "ASSIGNED", "A", "2")))
                        .as(token)
                        .key(key)
                        .startJob(),
                422,
                "IDEMPOTENCY_KEY_REUSED");
    }

    /**
     * The first request is held inside its transaction by a table lock (it cannot write until the test lets go), so
     * the retry certainly arrives while the first one runs.
     */
    @Test
    void aRetryWhileTheFirstRequestRunsIsRefusedWith409() throws Exception {
        String p = UploadFixtures.program();
        String token = UploadFixtures.admin("upl-idem-busy");
        String key = UUID.randomUUID().toString();
        String file =
                csv(HEADER, line(p, "109", 2023, "ASSIGNED", "A", "1"), line(p, "109", 2023, "ASSIGNED", "B", "2"));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Response> first;
            try (TableLock lock = new TableLock(ds, "funding_line")) {
                first = pool.submit(
                        () -> Upload.csv(FUNDING, file).as(token).key(key).post());
                assertTrue(lock.awaitWaiters(1, 120), "the first upload never came to write funding_line");
                assertCode(Upload.csv(FUNDING, file).as(token).key(key).post(), 409, "IDEMPOTENCY_KEY_IN_USE");
                assertEquals(List.of(), lines(p), "the first request has not written yet");
            }
            Response done = first.get();
            assertEquals(200, done.statusCode(), done.asString());
            assertEquals(2L, done.jsonPath().getLong("inserted"));
            Response replay = Upload.csv(FUNDING, file).as(token).key(key).post();
            assertEquals("true", replay.header("Idempotent-Replayed"));
            assertEquals(body(done), body(replay));
            assertEquals(2, lines(p).size());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A job's key is in use while its body arrives: the first request sends half its body and waits (a gate in the
     * stream) until the test has seen the job RECEIVING in upload_job and retried.
     */
    @Test
    void aRetryWhileTheFirstJobsBodyStillArrivesIsRefusedWith409() throws Exception {
        String p = UploadFixtures.program();
        String token = UploadFixtures.admin("upl-idem-recv");
        String key = UUID.randomUUID().toString();
        byte[] file = BigCsv.funding(p, 20_000, 0);
        CountDownLatch gate = new CountDownLatch(1);
        var first = GatedStream.startJob(token, key, new GatedStream(file, file.length / 2, gate, false));
        try {
            assertTrue(awaitReceiving(key), "the job never showed up as receiving its body");
            assertCode(
                    Upload.bytes(FUNDING, "text/csv", file).as(token).key(key).startJob(),
                    409,
                    "IDEMPOTENCY_KEY_IN_USE");
        } finally {
            gate.countDown();
        }
        HttpResponse<String> accepted = first.get();
        assertEquals(202, accepted.statusCode(), accepted.body());
        String id = io.restassured.path.json.JsonPath.from(accepted.body()).getString("id");
        assertEquals("SUCCEEDED", UploadFixtures.awaitJob(token, id).getString("state"));
        Response replay =
                Upload.bytes(FUNDING, "text/csv", file).as(token).key(key).startJob();
        assertEquals(202, replay.statusCode(), replay.asString());
        assertEquals(
                List.of("true", id),
                List.of(replay.header("Idempotent-Replayed"), replay.jsonPath().getString("id")));
    }

    /** Whether a job with this key is RECEIVING (read straight from upload_job: the API shows it as QUEUED). */
    private boolean awaitReceiving(String key) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select count(*) from upload_job where idempotency_key = ? and state = 'RECEIVING'")) {
            ps.setString(1, key);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 1) {
                        return true;
                    }
                }
                UploadFixtures.pause(50);
            }
        }
        return false;
    }
}
