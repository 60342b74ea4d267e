package vn.gnbv.tracker.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.report.ReportFixtures.PHONG_THO;
import static vn.gnbv.tracker.report.ReportFixtures.REPORTS;
import static vn.gnbv.tracker.report.ReportFixtures.admin;
import static vn.gnbv.tracker.report.ReportFixtures.create;
import static vn.gnbv.tracker.report.ReportFixtures.fundingLine;
import static vn.gnbv.tracker.report.ReportFixtures.report;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * A report stating more figures than one DELETE removes in time is refused whole (by hand: a million indicator values
 * beside 800,000 rivals took 36 s to delete, past the server's 30 s idle timeout, then the transaction's 60 s, and
 * answered 500); emptied by a replace upload of an empty file, it deletes. The limit is 100,000 in production, 2 here.
 */
@QuarkusTest
@TestProfile(ReportDeleteLimitTest.TwoFigures.class)
class ReportDeleteLimitTest {
    public static class TwoFigures implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gnbv.report.max-delete-figures", "2");
        }
    }

    private static long fundingLines(long report) {
        return admin().get(REPORTS + "/" + report)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("figures.find { it.name == 'funding lines' }.count");
    }

    @Test
    void aReportAboveTheLimitIsRefusedWholeAndDeletesOnceEmptied() {
        long id = create(report(PHONG_THO));
        String tag = UUID.randomUUID().toString();
        long first = fundingLine(id, "Trung tâm DVNN " + tag);
        fundingLine(id, "Phòng Lao động " + tag);
        fundingLine(id, "UBND xã " + tag);

        admin().header("If-Match", "\"0\"")
                .delete(REPORTS + "/" + id)
                .then()
                .statusCode(409)
                .body("code", is("REPORT_TOO_LARGE"))
                .body("detail", containsString("states 3 figures (funding lines 3)"))
                .body("detail", containsString("report=" + id + "&mode=replace"));
        assertEquals(3, fundingLines(id), "nothing was deleted");
        Api.given().get("/api/v1/funding-lines/" + first).then().statusCode(200);

        // The way the refusal names: a replace of the report's lines by an empty file (the CSV header alone).
        String header = Api.given()
                .accept("text/csv")
                .get("/api/v1/funding-lines?report=" + id + "&limit=1")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .findFirst()
                .orElseThrow();
        Api.raw()
                .contentType("text/csv; charset=utf-8")
                .body(header + "\r\n")
                .post("/api/v1/uploads/funding-lines?mode=replace&report=" + id)
                .then()
                .statusCode(200)
                .body("deleted", is(3));
        assertEquals(0, fundingLines(id));

        admin().header("If-Match", "\"0\"")
                .delete(REPORTS + "/" + id)
                .then()
                .statusCode(200)
                .body("figures.find { it.name == 'funding lines' }.count", is(0));
        admin().get(REPORTS + "/" + id).then().statusCode(404);
    }
}
