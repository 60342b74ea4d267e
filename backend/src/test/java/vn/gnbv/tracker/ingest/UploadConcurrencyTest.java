package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.LINES;
import static vn.gnbv.tracker.ingest.UploadFixtures.line;
import static vn.gnbv.tracker.ingest.UploadFixtures.lines;
import static vn.gnbv.tracker.ingest.UploadFixtures.num;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * Uploads that meet: both are held at their first write by a table lock until both are in flight, then let go
 * together. Every key ends up exactly once, nothing is lost, and overlapping keys carry one upload's values.
 */
@QuarkusTest
class UploadConcurrencyTest {
    private static final int N = 2000;

    @Inject
    DataSource ds;

    /** Rows from..to of the program; the amount's last digit tells which upload wrote it. */
    private static String file(String program, int from, int to, int tag) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = from; i <= to; i++) {
            sb.append(line(
                            program,
                            i % 2 == 0 ? "109" : "03391",
                            2023,
                            "ASSIGNED",
                            "Đơn vị " + i,
                            String.valueOf(i * 10 + tag)))
                    .append('\n');
        }
        return sb.toString();
    }

    @Test
    void twoUploadsOfOverlappingKeysLeaveEachKeyOnceWithOneUploadsValues() throws Exception {
        String p = UploadFixtures.program();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Response> x;
            Future<Response> y;
            try (TableLock lock = new TableLock(ds, "funding_line")) {
                x = pool.submit(() -> Upload.csv(FUNDING, file(p, 1, N, 1)).post());
                y = pool.submit(() ->
                        Upload.csv(FUNDING, file(p, N / 2 + 1, N * 3 / 2, 2)).post());
                // Best effort: an implementation that queues uploads before the database never shows two waiters; the
                // outcome below must hold all the same.
                lock.awaitWaiters(2, 60);
            }
            Response rx = x.get();
            Response ry = y.get();
            assertEquals(200, rx.statusCode(), rx.asString());
            assertEquals(200, ry.statusCode(), ry.asString());
            long inserted = rx.jsonPath().getLong("inserted") + ry.jsonPath().getLong("inserted");
            long updated = rx.jsonPath().getLong("updated") + ry.jsonPath().getLong("updated");
            assertEquals(
                    List.of((long) N * 3 / 2, (long) N / 2),
                    List.of(inserted, updated),
                    "each key inserted once, the overlap updated once");
            int later = rx.jsonPath().getLong("updated") > 0 ? 1 : 2;

            Map<String, Long> amounts = new HashMap<>();
            for (Map<String, Object> l : lines(p)) {
                Long previous = amounts.put((String) l.get("implementingBody"), num(l.get("amountVnd")));
                assertEquals(null, previous, "key twice: " + l.get("implementingBody"));
            }
            assertEquals(N * 3 / 2, amounts.size(), "no row lost");
            for (int i = 1; i <= N * 3 / 2; i++) {
                int tag = i <= N / 2 ? 1 : i > N ? 2 : later;
                assertEquals(i * 10L + tag, amounts.get("Đơn vị " + i), "row " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A single-row create of a key the batch also writes, at the same moment: one line, never two, never a 500. */
    @Test
    void anUploadMeetingASingleRowCreateOfTheSameKeyNeverDuplicatesIt() throws Exception {
        String p = UploadFixtures.program();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Response> upload;
            Future<Response> single;
            // Row 1 of file(): unit 03391.
            Map<String, Object> body = new HashMap<>(Map.of(
                    "program",
                    p,
                    "component",
                    "DA2",
                    "unit",
                    "03391",
                    "fiscalYear",
                    2023,
                    "source",
                    "CENTRAL",
                    "capitalType",
                    "RECURRENT",
                    "measure",
                    "ASSIGNED",
                    "implementingBody",
                    "Đơn vị 1",
                    "amountVnd",
                    5));
            try (TableLock lock = new TableLock(ds, "funding_line")) {
                upload = pool.submit(() -> Upload.csv(FUNDING, file(p, 1, 2, 1)).post());
                assertTrue(lock.awaitWaiters(1, 120), "the upload never came to write funding_line");
                single = pool.submit(() -> Api.given()
                        .accept(Upload.ANY)
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post(LINES));
                assertTrue(lock.awaitWaiters(2, 120), "the single-row create never came to write funding_line");
            }
            Response u = upload.get();
            Response s = single.get();
            assertTrue(Set.of(200, 409).contains(u.statusCode()), u.asString());
            assertTrue(Set.of(201, 409).contains(s.statusCode()), s.asString());
            Set<String> bodies = new HashSet<>();
            for (Map<String, Object> l : lines(p)) {
                assertTrue(bodies.add((String) l.get("implementingBody")), "key twice: " + l);
            }
            if (u.statusCode() == 409) {
                assertEquals("CONCURRENT_WRITE", u.jsonPath().getString("code"));
                assertEquals(201, s.statusCode(), "the batch yielded to the single write");
                assertEquals(Set.of("Đơn vị 1"), bodies, "a refused batch writes nothing");
            } else {
                assertEquals(Set.of("Đơn vị 1", "Đơn vị 2"), bodies);
                if (s.statusCode() == 409) {
                    assertEquals("DUPLICATE_KEY", s.jsonPath().getString("code"));
                } else {
                    // The single row committed first, so the batch replaced it: its report must say so.
                    assertEquals(
                            List.of(1L, 1L),
                            List.of(
                                    u.jsonPath().getLong("inserted"),
                                    u.jsonPath().getLong("updated")),
                            "report of a batch that met an existing key: " + u.asString());
                    assertEquals(
                            11L, num(UploadFixtures.lineByBody(p, "Đơn vị 1").get("amountVnd")));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
