package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.JOBS;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The database stops while a job is writing: nothing is written and the job ends FAILED. The job is held at its
 * first write by a table lock, so the database certainly stops mid-job (after the rows were received and validated,
 * inside the writing transaction). The test stops and restarts the test cluster itself (scripts/pg.sh), so it
 * needs GNBV_TEST_PG_DIR, which `make test` exports; it restarts the cluster whatever happens.
 */
@QuarkusTest
class UploadDatabaseFailureTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Inject
    AgroalDataSource ds;

    /** The port of the database the app under test uses. */
    private static String port() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        Matcher m = Pattern.compile("//[^:/]+:(\\d+)/").matcher(url);
        assertTrue(m.find(), "no port in " + url);
        return m.group(1);
    }

    private static void pg(String command, String dir, String port) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("scripts/pg.sh", command, dir, port)
                .directory(ROOT.toFile())
                .redirectErrorStream(true);
        pb.environment().putIfAbsent("PG_FSYNC", "off"); // as `make test` starts it
        Process proc = pb.start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, proc.waitFor(), "scripts/pg.sh " + command + " " + dir + " " + port + ": " + out);
    }

    /** The distinct statuses of 32 reads of the job sent at once, more than the pool's 16 connections. */
    private static List<Integer> readsAtOnce(String token, String id) throws Exception {
        return readsAtOnce(token, JOBS + "/" + id, 32);
    }

    /** The distinct statuses of {@code n} GETs of {@code path} sent at once. */
    private static List<Integer> readsAtOnce(String token, String path, int n) throws Exception {
        // Plain HTTP, all at once (RestAssured's filters are not for concurrent use); only the statuses matter here.
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest read = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + token)
                .build();
        List<CompletableFuture<HttpResponse<String>>> reads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            reads.add(http.sendAsync(read, HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> r : reads) {
            int status = r.get().statusCode();
            if (!statuses.contains(status)) {
                statuses.add(status);
            }
        }
        return statuses;
    }

    @Test
    void aDatabaseStoppedMidJobLeavesNothingWrittenAndTheJobFailed() throws Exception {
        String dir = System.getenv("GNBV_TEST_PG_DIR");
        assertNotNull(
                dir,
                "GNBV_TEST_PG_DIR must name the data directory of the test cluster (make test exports it):"
                        + " this test stops and restarts that cluster");
        String port = port();
        // Never stop a cluster the app under test does not use (line 4 of postmaster.pid is the port).
        List<String> pid = Files.readAllLines(Path.of(dir, "postmaster.pid"));
        assertEquals(port, pid.get(3).strip(), dir + " is not the cluster on port " + port);

        String p = UploadFixtures.program();
        String token = UploadFixtures.admin("upl-dbfail");
        byte[] file = BigCsv.funding(p, UploadLargeFileTest.ROWS, 0);
        // A line (of another program) read by id through Vert.x's client (common/PointRead), whose pool the restart
        // also empties.
        String line = UploadFixtures.LINES + "/" + oneLine(UploadFixtures.program());
        String id;
        try {
            try (TableLock lock = new TableLock(ds, "funding_line")) {
                Response created =
                        Upload.bytes(FUNDING, "text/csv", file).as(token).startJob();
                assertEquals(202, created.statusCode(), created.asString());
                id = created.jsonPath().getString("id");
                assertTrue(lock.awaitWaiters(1, 300), "the job never came to write funding_line");
                assertEquals(
                        "RUNNING",
                        Upload.api(token)
                                .get(JOBS + "/" + id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getString("state"));
                // Every pooled connection opened, so that the restart leaves the pool full of dead ones.
                assertEquals(List.of(200), readsAtOnce(token, id), "reads before the restart");
                assertEquals(List.of(200), readsAtOnce(token, line, 16), "reads by id before the restart");
                pg("stop", dir, port);
                Upload.api(token)
                        .get(line)
                        .then()
                        .statusCode(503)
                        .body("code", org.hamcrest.Matchers.is("DATABASE_UNAVAILABLE"));
            }
        } finally {
            pg("start", dir, port);
        }
        // The pool heals by itself (application.properties: a connection idle for over a second is checked as it is
        // borrowed): more reads at once than it holds connections all answer, none meets a connection the restart
        // killed (unchecked, 5 of 20 such reads answered 503 by hand). The wait makes every pooled one idle as long.
        Thread.sleep(1500);
        assertEquals(List.of(200), readsAtOnce(token, id), "reads after the restart");
        assertEquals(List.of(200), readsAtOnce(token, line, 16), "reads by id after the restart");

        JsonPath done = UploadFixtures.awaitJob(token, id, true);
        assertEquals("FAILED", done.getString("state"), done.prettify());
        assertTrue(done.getString("failure.code").matches("[A-Z][A-Z0-9_]*"), done.prettify());
        assertTrue(!done.getString("failure.message").isBlank(), done.prettify());
        assertEquals(0, UploadLargeFileTest.linesOf(ds, p), "nothing written");
        assertEquals(List.of(), UploadFixtures.lines(p));
        assertEquals(
                List.of(),
                UploadFixtures.all("/api/v1/audit-events?actor=" + done.getString("owner.username")
                        + "&resourceType=FUNDING_LINE"),
                "nothing audited");
    }

    /** A funding line of program {@code p}, written through the API. */
    private static long oneLine(String p) {
        return vn.gnbv.tracker.Api.json(java.util.Map.of(
                        "program", p,
                        "component", "DA1",
                        "unit", "12",
                        "fiscalYear", 2023,
                        "source", "CENTRAL",
                        "capitalType", "RECURRENT",
                        "measure", "ASSIGNED",
                        "amountVnd", 1_000_000))
                .post(UploadFixtures.LINES)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
