package vn.gnbv.tracker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.report.ReportFixtures.PHONG_THO;
import static vn.gnbv.tracker.report.ReportFixtures.REPORTS;
import static vn.gnbv.tracker.report.ReportFixtures.admin;
import static vn.gnbv.tracker.report.ReportFixtures.create;
import static vn.gnbv.tracker.report.ReportFixtures.fundingLine;
import static vn.gnbv.tracker.report.ReportFixtures.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/** A report's page counts the figures citing it; deleting it deletes them, each deletion in the audit trail. */
@QuarkusTest
class ReportFiguresTest {
    private static Map<String, Object> counts(JsonPath p) {
        return Map.of(
                "funding lines", p.getLong("figures.find { it.name == 'funding lines' }.count"),
                "indicator values", p.getLong("figures.find { it.name == 'indicator values' }.count"));
    }

    @Test
    void deletingAReportDeletesItsFiguresAndAuditsEach() {
        long id = create(report(PHONG_THO));
        String tag = UUID.randomUUID().toString();
        long a = fundingLine(id, "Trung tâm DVNN " + tag);
        long b = fundingLine(id, "Phòng Lao động " + tag);
        Api.json(Map.of(
                        "indicator", "HH_POOR",
                        "unit", PHONG_THO,
                        "period", "2023",
                        "kind", "TARGET",
                        "value", "1234",
                        "reportId", id,
                        "locator", "Mục I.2"))
                .post("/api/v1/indicator-values")
                .then()
                .statusCode(201);
        JsonPath page =
                admin().get(REPORTS + "/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("funding lines", 2L, "indicator values", 1L), counts(page));

        JsonPath deleted = admin().header("If-Match", "\"0\"")
                .delete(REPORTS + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(Map.of("funding lines", 2L, "indicator values", 1L), counts(deleted));
        Api.given().get("/api/v1/funding-lines/" + a).then().statusCode(404);
        Api.given().get("/api/v1/funding-lines/" + b).then().statusCode(404);
        assertEquals(
                List.of(),
                Api.given()
                        .get("/api/v1/indicator-values?report=" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items"));
        // One event carries the set-based deletion of the report's lines (who, when, how many)...
        List<Map<String, Object>> carriers = Api.given()
                .contentType(ContentType.JSON)
                .get("/api/v1/audit-events?resourceType=FUNDING_LINE&operation=DELETE&limit=1000")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        Map<String, Object> deletion = carriers.stream()
                .filter(e -> ("report " + id + " funding lines").equals(e.get("resourceKey")))
                .findFirst()
                .orElseThrow();
        assertEquals(null, deletion.get("resourceId"));
        assertEquals(Map.of("report", (int) id, "figures", "funding lines", "deleted", 2), deletion.get("before"));
        // ... and each line has its own DELETE event, read from the history, under that deletion's request.
        for (long line : List.of(a, b)) {
            JsonPath events = Api.given()
                    .contentType(ContentType.JSON)
                    .get("/api/v1/audit-events?resourceType=FUNDING_LINE&operation=DELETE&resourceId=" + line)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(List.of((int) id), events.getList("items.before.reportId"), "line " + line);
            assertEquals(List.of((int) line), events.getList("items.before.id"), "the line's own before-image");
            assertEquals(List.of(deletion.get("requestId")), events.getList("items.requestId"));
        }
    }
}
