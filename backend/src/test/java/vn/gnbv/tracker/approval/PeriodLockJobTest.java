package vn.gnbv.tracker.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.gnbv.tracker.approval.ApprovalFixtures.ADMIN;
import static vn.gnbv.tracker.approval.ApprovalFixtures.COMMUNE;
import static vn.gnbv.tracker.approval.ApprovalFixtures.DISTRICT;
import static vn.gnbv.tracker.approval.ApprovalFixtures.api;
import static vn.gnbv.tracker.approval.ApprovalFixtures.created;
import static vn.gnbv.tracker.approval.ApprovalFixtures.line;
import static vn.gnbv.tracker.approval.ApprovalFixtures.moveNow;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.approval.ApprovalFixtures.Key;

/**
 * The asynchronous upload path meets the same lock as the synchronous one: a job touching approved figures ends
 * REJECTED with the locked cells and rows in its report, writes nothing (dry run or not), and runs once reopened.
 */
@QuarkusTest
class PeriodLockJobTest {
    private static final String JOBS = "/api/v1/upload-jobs";
    private static final String HEADER =
            "program,component,unit,unit_as_of,year,source,capital_type,measure,amount_vnd,implementing_body\n";

    private static String row(String program, int year, String body) {
        return program + ",DA2," + COMMUNE + ",2024-06-01," + year + ",LOCAL,RECURRENT,ASSIGNED,1000000," + body + "\n";
    }

    private static JsonPath job(String csv, String query) {
        Response started = api(ADMIN)
                .contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post(JOBS + "?dataset=funding-lines" + query);
        assertEquals(202, started.statusCode(), started.asString());
        String id = started.jsonPath().getString("id");
        long deadline = System.nanoTime() + 300_000_000_000L; // a safety net against a hung job, not a speed check
        while (System.nanoTime() < deadline) {
            JsonPath j = api(ADMIN)
                    .get(JOBS + "/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (Set.of("SUCCEEDED", "REJECTED", "FAILED").contains(j.getString("state"))) {
                return j;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return fail("job " + id + " did not finish");
    }

    private static int lines(String program, String body) {
        return api(ADMIN)
                .queryParam("program", program)
                .queryParam("limit", 1000)
                .get("/api/v1/funding-lines")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<String>getList("items.implementingBody")
                .stream()
                .filter(body::equals)
                .toList()
                .size();
    }

    @Test
    void aJobTouchingApprovedFiguresIsRejectedNamingTheCellAndRunsOnceReopened() {
        String program = ApprovalFixtures.program(false);
        Key k = new Key(DISTRICT, program, "2093", "FUNDING");
        created("/api/v1/funding-lines", line(program, COMMUNE, 2093));
        ApprovalFixtures.approve(k);

        String body = "Job " + UUID.randomUUID();
        String csv = HEADER + row(program, 2094, body) + row(program, 2093, body);
        for (String query : List.of("", "&dryRun=true")) {
            JsonPath j = job(csv, query);
            assertEquals("REJECTED", j.getString("state"), query + ": " + j.prettify());
            assertEquals(true, j.getBoolean("report.rejected"));
            assertEquals(0, j.getInt("report.inserted"));
            assertEquals(List.of(2), j.getList("report.errors.row"), j.prettify());
            assertEquals("PERIOD_LOCKED", j.getString("report.errors[0].code"));
            assertEquals(1, j.getList("report.lockedCells").size(), j.prettify());
            assertEquals(
                    List.of(DISTRICT, program, "2093", "FUNDING"),
                    List.of(
                            j.getString("report.lockedCells[0].unitCode"),
                            j.getString("report.lockedCells[0].program"),
                            j.getString("report.lockedCells[0].period"),
                            j.getString("report.lockedCells[0].dataset")));
        }
        assertEquals(0, lines(program, body), "a refused job wrote nothing");

        moveNow(ADMIN, k, "DRAFT", "Mở lại để bổ sung");
        JsonPath j = job(csv, "");
        assertEquals("SUCCEEDED", j.getString("state"), j.prettify());
        assertEquals(2, j.getInt("report.inserted"));
        assertEquals(2, lines(program, body));
    }
}
