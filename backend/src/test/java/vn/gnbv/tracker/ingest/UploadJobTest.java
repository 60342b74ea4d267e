package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.JOBS;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUES;
import static vn.gnbv.tracker.ingest.UploadFixtures.awaitJob;
import static vn.gnbv.tracker.ingest.UploadFixtures.csv;
import static vn.gnbv.tracker.ingest.UploadFixtures.line;
import static vn.gnbv.tracker.ingest.UploadFixtures.token;
import static vn.gnbv.tracker.ingest.UploadFixtures.user;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;
import vn.gnbv.tracker.common.Roles;

/** Upload jobs: state, progress and report; readable by their owner from any client and by ADMIN, by nobody else. */
@QuarkusTest
class UploadJobTest {
    private static JsonPath get(String token, String id) {
        return Upload.api(token)
                .get(JOBS + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<String> listed(String token, String query) {
        return Upload.api(token)
                .get(JOBS + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }

    @Test
    void aJobRunsToItsReportAndCountsItsProgress() {
        String p = UploadFixtures.program();
        String name = user("upl-job");
        String owner = token(name, Roles.UPLOADER, "12");
        String file =
                csv(HEADER, line(p, "109", 2023, "ASSIGNED", "A", "1"), line(p, "03391", 2023, "ASSIGNED", "B", "2"));
        Response created = Upload.csv(FUNDING, file).as(owner).startJob();
        assertEquals(202, created.statusCode(), created.asString());
        JsonPath job = created.jsonPath();
        String id = job.getString("id");
        assertTrue(created.header("Location").endsWith(JOBS + "/" + id), created.header("Location"));
        assertEquals(
                List.of(FUNDING, "CSV", "upsert", false),
                List.of(
                        job.getString("dataset"),
                        job.getString("format"),
                        job.getString("mode"),
                        job.getBoolean("dryRun")));
        assertEquals(name, job.getString("owner.username"));
        assertEquals(file.getBytes(StandardCharsets.UTF_8).length, job.getLong("bytes"));

        JsonPath done = awaitJob(owner, id);
        assertEquals("SUCCEEDED", done.getString("state"));
        assertEquals(
                List.of(2L, 2L, 2L),
                List.of(
                        done.getLong("progress.rowsRead"),
                        done.getLong("progress.rowsValidated"),
                        done.getLong("progress.rowsWritten")));
        assertEquals(
                List.of(2L, 0L, false),
                List.of(
                        done.getLong("report.inserted"),
                        done.getLong("report.errorCount"),
                        done.getBoolean("report.rejected")));
        assertEquals(id, done.getString("report.jobId"));
        assertNotNull(done.getString("startedAt"));
        assertNotNull(done.getString("finishedAt"));
        assertNull(done.get("failure"));
        assertEquals(2, UploadFixtures.lines(p).size());
    }

    @Test
    void aJobWithInvalidRowsIsRejectedWithItsErrors() {
        String p = UploadFixtures.program();
        String owner = UploadFixtures.admin("upl-job-bad");
        String file =
                csv(HEADER, line(p, "109", 2023, "ASSIGNED", "A", "1"), line(p, "109", 2023, "ASSIGNED", "B", "1e9"));
        JsonPath done = awaitJob(owner, Upload.csv(FUNDING, file).as(owner).jobId());
        assertEquals("REJECTED", done.getString("state"));
        assertEquals(Set.of("2 amount_vnd INVALID_AMOUNT"), UploadFixtures.errors(done, "report.errors"));
        assertEquals(
                List.of(true, 1L, 0L),
                List.of(
                        done.getBoolean("report.rejected"),
                        done.getLong("report.errorCount"),
                        done.getLong("report.inserted")));
        assertEquals(List.of(), UploadFixtures.lines(p));
    }

    @Test
    void aJsonJobOfIndicatorValues() {
        String hh = UploadFixtures.indicator("HOUSEHOLD");
        String owner = UploadFixtures.admin("upl-job-json");
        String body = "[{\"indicator\": \"" + hh + "\", \"unit\": \"109\", \"period\": \"2023\", \"kind\": \"ACTUAL\","
                + " \"value\": 12}]";
        Response created =
                Upload.json(VALUES, body).as(owner).mode("insert-only").startJob();
        assertEquals(202, created.statusCode(), created.asString());
        assertEquals(
                List.of("JSON", "insert-only"),
                List.of(
                        created.jsonPath().getString("format"),
                        created.jsonPath().getString("mode")));
        assertEquals(
                "SUCCEEDED", awaitJob(owner, created.jsonPath().getString("id")).getString("state"));
        assertEquals("12", UploadFixtures.values(hh).get(0).get("value"));
    }

    /** The client drops the connection half-way through the body: the job is FAILED and nothing is written. */
    @Test
    void aClientThatDropsTheUploadLeavesAFailedJobAndNothingWritten() throws Exception {
        String p = UploadFixtures.program();
        String owner = UploadFixtures.admin("upl-job-drop");
        byte[] file = BigCsv.funding(p, 20_000, 0);
        CountDownLatch gate = new CountDownLatch(1);
        var sent = GatedStream.startJob(owner, null, new GatedStream(file, file.length / 2, gate, true));
        List<String> ids;
        long deadline = System.nanoTime() + 60_000_000_000L;
        try {
            // The job is listed (as QUEUED) from the moment its body starts to arrive.
            do {
                UploadFixtures.pause(50);
                ids = listed(owner, "");
            } while (ids.isEmpty() && !sent.isDone() && System.nanoTime() < deadline);
        } finally {
            gate.countDown();
        }
        assertEquals(1, ids.size(), "the job while its body arrives");
        try {
            sent.get();
        } catch (ExecutionException e) {
            // Expected: the client itself aborted the request.
        }
        JsonPath done = awaitJob(owner, ids.get(0));
        assertEquals("FAILED", done.getString("state"), done.prettify());
        assertEquals("CLIENT_DISCONNECTED", done.getString("failure.code"));
        assertEquals(List.of(), UploadFixtures.lines(p));
    }

    @Test
    void onlyTheOwnerFromAnyClientAndAdminSeeAJob() {
        String p = UploadFixtures.program();
        String name = user("upl-owner");
        String owner = token(name, Roles.PROVINCE_MANAGER, "12");
        String first = Upload.csv(FUNDING, csv(HEADER, line(p, "109", 2023, "ASSIGNED", "A", "1")))
                .as(owner)
                .jobId();
        awaitJob(owner, first);
        String second = Upload.csv(FUNDING, csv(HEADER, line(p, "109", 2023, "ASSIGNED", "B", "-1")))
                .as(owner)
                .jobId();
        awaitJob(owner, second);

        // The same subject signed in through another client.
        String otherClient = TestTokens.sign(
                TestTokens.builder(name, Roles.PROVINCE_MANAGER, "12").claim("azp", "bulk-uploader"));
        assertEquals("SUCCEEDED", get(otherClient, first).getString("state"));
        assertEquals(List.of(second, first), listed(otherClient, ""), "own jobs, newest first");
        assertEquals(List.of(second), listed(owner, "?state=REJECTED"));
        JsonPath page = Upload.api(owner)
                .queryParam("limit", 1)
                .get(JOBS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(second), page.getList("items.id"));
        assertEquals(List.of(first), listed(owner, "?limit=1&cursor=" + page.getString("next")));
        // A list carries no error lists; the job itself does.
        List<Map<String, Object>> items = Upload.api(owner)
                .get(JOBS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        for (Map<String, Object> item : items) {
            Object report = item.get("report");
            assertTrue(report == null || ((List<?>) ((Map<?, ?>) report).get("errors")).isEmpty(), item.toString());
        }
        assertEquals(1, get(owner, second).getList("report.errors").size());

        // Someone else, even of the same province and role: as if the job did not exist.
        String stranger = token(user("upl-stranger"), Roles.PROVINCE_MANAGER, "12");
        for (String id : List.of(first, second, UUID.randomUUID().toString())) {
            Upload.api(stranger)
                    .get(JOBS + "/" + id)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("code", org.hamcrest.Matchers.is("NOT_FOUND"));
        }
        assertEquals(List.of(), listed(stranger, ""));
        Upload.api(stranger)
                .queryParam("user", name)
                .get(JOBS)
                .then()
                .statusCode(403)
                .body("code", org.hamcrest.Matchers.is("FORBIDDEN"));

        String admin = UploadFixtures.admin("upl-job-admin");
        assertEquals(name, get(admin, first).getString("owner.username"));
        assertEquals(List.of(second, first), listed(admin, "?user=" + name));
        assertEquals(List.of(), listed(admin, ""), "without user, ADMIN lists their own jobs");
        // Not even a job id: no such job either (as for a malformed numeric id elsewhere).
        Api.raw().get(JOBS + "/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aJobNamesItsDatasetInTheQuery() {
        // POST /upload-jobs/{x} was once "create a job of dataset x" beside GET /upload-jobs/{jobId}; now a job is
        // created on the collection and the dataset is a required query parameter.
        for (String query : List.of("", "?dataset=no-such-rows")) {
            Api.raw()
                    .contentType("text/csv")
                    .body(UploadFixtures.VALUE_HEADER + "\n")
                    .post(JOBS + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", org.hamcrest.Matchers.is("INVALID_PARAMETER"))
                    .body("errors[0].field", org.hamcrest.Matchers.is("dataset"));
        }
        Api.raw()
                .contentType("text/csv")
                .body(UploadFixtures.VALUE_HEADER + "\n")
                .post(JOBS + "/" + VALUES)
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
    }
}
