package vn.gnbv.tracker.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.approval.ApprovalFixtures.ADMIN;
import static vn.gnbv.tracker.approval.ApprovalFixtures.COMMUNE;
import static vn.gnbv.tracker.approval.ApprovalFixtures.DISTRICT;
import static vn.gnbv.tracker.approval.ApprovalFixtures.api;
import static vn.gnbv.tracker.approval.ApprovalFixtures.create;
import static vn.gnbv.tracker.approval.ApprovalFixtures.created;
import static vn.gnbv.tracker.approval.ApprovalFixtures.etag;
import static vn.gnbv.tracker.approval.ApprovalFixtures.line;
import static vn.gnbv.tracker.approval.ApprovalFixtures.moveNow;
import static vn.gnbv.tracker.approval.ApprovalFixtures.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.approval.ApprovalFixtures.Key;

/**
 * Approved figures refuse every write — single creates, updates and deletes, uploads of every mode and their dry
 * runs, a report's deletion — with 409 PERIOD_LOCKED naming the locked cell (and an upload's rows); figures outside
 * the approved cell are untouched by it; reopening unlocks.
 */
@QuarkusTest
class PeriodLockTest {
    private static final String LINES = "/api/v1/funding-lines";
    private static final String VALUES = "/api/v1/indicator-values";

    /** 409 PERIOD_LOCKED naming exactly the sign-off of {@code k}. */
    private static void locked(Response r, Key k, String program) {
        assertEquals(409, r.statusCode(), r.asString());
        assertEquals("PERIOD_LOCKED", r.jsonPath().getString("code"), r.asString());
        assertEquals(1, r.jsonPath().getList("lockedCells").size(), r.asString());
        assertEquals(k.unit(), r.jsonPath().getString("lockedCells[0].unitCode"));
        assertEquals(program, r.jsonPath().getString("lockedCells[0].program"));
        assertEquals(k.period(), r.jsonPath().getString("lockedCells[0].period"));
        assertEquals(k.dataset(), r.jsonPath().getString("lockedCells[0].dataset"));
    }

    private static String csvRow(String program, int year, String body, long report) {
        return program + ",DA2," + COMMUNE + ",2024-06-01," + year + ",LOCAL,RECURRENT,ASSIGNED,1000000," + body + ","
                + (report == 0 ? "" : String.valueOf(report)) + "\n";
    }

    private static final String HEADER =
            "program,component,unit,unit_as_of,year,source,capital_type,measure,amount_vnd,implementing_body,report\n";

    @Test
    void approvedFundingRefusesEveryWriteUntilReopened() {
        String program = ApprovalFixtures.program(false);
        Key k = new Key(DISTRICT, program, "2093", "FUNDING");
        long l1 = created(LINES, line(program, COMMUNE, 2093));
        long l2 = created(LINES, line(program, COMMUNE, 2094));
        long report = ApprovalFixtures.report();
        Map<String, Object> stated = line(program, COMMUNE, 2093);
        stated.put("reportId", report);
        created(LINES, stated);
        ApprovalFixtures.approve(k);

        // Single writes: create, update, delete in the cell, and a line moved into it.
        locked(create(LINES, line(program, COMMUNE, 2093)), k, program);
        Map<String, Object> changed = line(program, COMMUNE, 2093);
        locked(put(LINES + "/" + l1, changed), k, program);
        locked(api(ADMIN).header("If-Match", etag(LINES + "/" + l1)).delete(LINES + "/" + l1), k, program);
        locked(put(LINES + "/" + l2, line(program, COMMUNE, 2093)), k, program);
        // Another year of the same program, and the same year of another program, are open.
        assertEquals(201, create(LINES, line(program, COMMUNE, 2094)).statusCode());
        assertEquals(
                201,
                create(LINES, line(ApprovalFixtures.program(false), COMMUNE, 2093))
                        .statusCode());

        // Uploads of every mode, dry runs too: the rows in the cell are named.
        String body = "Lock " + UUID.randomUUID();
        String csv = HEADER + csvRow(program, 2094, body, 0) + csvRow(program, 2093, body, 0);
        for (String query : List.of("", "mode=insert-only", "dryRun=true", "mode=insert-only&dryRun=true")) {
            Response r = upload("funding-lines", csv, query);
            locked(r, k, program);
            assertEquals(List.of(2), r.jsonPath().getList("errors.row"), query + ": " + r.asString());
            assertEquals("PERIOD_LOCKED", r.jsonPath().getString("errors[0].code"));
            assertEquals(true, r.jsonPath().getBoolean("report.rejected"));
            assertEquals(0, r.jsonPath().getInt("report.inserted"));
        }
        // A replace that only adds elsewhere would still delete the report's approved line.
        Response replace =
                upload("funding-lines", HEADER + csvRow(program, 2094, body, report), "mode=replace&report=" + report);
        locked(replace, k, program);
        assertEquals("report", replace.jsonPath().getString("errors[0].field"), replace.asString());
        locked(
                upload(
                        "funding-lines",
                        HEADER + csvRow(program, 2094, body, report),
                        "mode=replace&dryRun=true&report=" + report),
                k,
                program);
        // Deleting the report would delete its approved line.
        locked(
                api(ADMIN).header("If-Match", etag("/api/v1/reports/" + report)).delete("/api/v1/reports/" + report),
                k,
                program);
        assertEquals(0, lines(program, 2094, body), "nothing of a refused upload was written");

        // Reopened: every write goes through again.
        moveNow(ADMIN, k, "DRAFT", "Số liệu cần điều chỉnh");
        assertEquals(200, upload("funding-lines", csv, "").statusCode());
        assertEquals(1, lines(program, 2093, body));
        assertEquals(200, put(LINES + "/" + l1, changed).statusCode());
        assertEquals(
                200,
                api(ADMIN)
                        .header("If-Match", etag("/api/v1/reports/" + report))
                        .delete("/api/v1/reports/" + report)
                        .statusCode());
    }

    @Test
    void approvedIndicatorsLockExactlyTheirPeriodInTheirSubtree() {
        String program = ApprovalFixtures.program(false);
        String indicator = ApprovalFixtures.indicator();
        Key k = new Key(COMMUNE, program, "2093", "INDICATORS");
        long v = created(VALUES, ApprovalFixtures.value(indicator, COMMUNE, "2093", "7"));
        ApprovalFixtures.approve(k);

        locked(put(VALUES + "/" + v, ApprovalFixtures.value(indicator, COMMUNE, "2093", "8")), k, program);
        locked(api(ADMIN).header("If-Match", etag(VALUES + "/" + v)).delete(VALUES + "/" + v), k, program);
        // A quarter of the year, and the district above the commune, are other cells.
        assertEquals(
                201,
                create(VALUES, ApprovalFixtures.value(indicator, COMMUNE, "2093Q1", "2"))
                        .statusCode());
        assertEquals(
                201,
                create(VALUES, ApprovalFixtures.value(indicator, DISTRICT, "2093", "9"))
                        .statusCode());
        String csv = "indicator,unit,unit_as_of,period,kind,value\n" + indicator + "," + COMMUNE + ",2024-06-01,2093Q2"
                + ",ACTUAL,1\n" + indicator + "," + COMMUNE + ",2024-06-01,2093,ACTUAL,9\n";
        Response r = upload("indicator-values", csv, "");
        locked(r, k, program);
        assertEquals(List.of(2), r.jsonPath().getList("errors.row"));

        moveNow(ADMIN, k, "DRAFT", "Mở lại để sửa");
        assertEquals(200, upload("indicator-values", csv, "").statusCode());
        assertEquals(
                "9",
                api(ADMIN)
                        .get(VALUES + "/" + v)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("value"));
    }

    private static Response put(String path, Map<String, Object> body) {
        return api(ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .header("If-Match", etag(path))
                .put(path);
    }

    private static int lines(String program, int year, String body) {
        List<Map<String, Object>> items = api(ADMIN)
                .queryParam("program", program)
                .queryParam("year", year)
                .queryParam("limit", 1000)
                .get(LINES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return (int) items.stream()
                .filter(m -> body.equals(m.get("implementingBody")))
                .count();
    }

    @Test
    void nothingApprovedLocksNothing() {
        String program = ApprovalFixtures.program(false);
        Key k = new Key(DISTRICT, program, "2093", "FUNDING");
        moveNow(ADMIN, k, "SUBMITTED", null);
        assertTrue(create(LINES, line(program, COMMUNE, 2093)).statusCode() == 201, "a submission locks nothing");
    }
}
