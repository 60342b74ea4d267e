package vn.gnbv.tracker.localproject;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;

/**
 * Local projects stated in reports: the report and locator on single writes, unit codes read as of the report's date,
 * the natural key with the report, the report filter, and a report's page and deletion counting its projects.
 */
@QuarkusTest
class LocalProjectReportTest {
    private static final String PROJECTS = "/api/v1/local-projects";
    private static final String REPORTS = "/api/v1/reports";

    /** A report of {@code unit} issued on {@code issuedOn}; its id. */
    private static long report(String unit, String issuedOn) {
        return Api.json(Map.of(
                        "unit",
                        unit,
                        "number",
                        "LP-" + UUID.randomUUID() + "/BC-UBND",
                        "issuedOn",
                        issuedOn,
                        "title",
                        "Báo cáo kết quả thực hiện mô hình giảm nghèo",
                        "kind",
                        "ANNUAL_REPORT"))
                .post(REPORTS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static Map<String, Object> project(String unit, String name, Long report) {
        Map<String, Object> m = new HashMap<>();
        m.put("program", "GNBV-2021-2025");
        m.put("component", "DA2");
        m.put("unit", unit);
        m.put("name", name);
        m.put("status", "IN_PROGRESS");
        m.put("budget", Map.of("stateVnd", 500_000_000L));
        m.put("households", Map.of("poor", 7, "nearPoor", 12, "other", 1));
        if (report != null) {
            m.put("reportId", report);
            m.put("locator", "Mục 3.2, Dự án 2");
        }
        return m;
    }

    private static long create(Map<String, Object> body) {
        return Api.json(body)
                .post(PROJECTS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void aProjectCitesItsReportAndReadsItsUnitAsOfTheReportsDate() {
        // Lục Bình commune (01990, Bạch Thông, Bắc Kạn) was merged away on 2025-07-01; a 2023 report names it.
        long r = report("01990", "2023-04-01");
        String name = "Nuôi dê sinh sản " + UUID.randomUUID();
        Api.json(project("01990", name, null))
                .post(PROJECTS)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("unit"))
                .body("errors[0].code", is("UNKNOWN_UNIT"));
        long id = create(project("01990", name, r));
        Api.given()
                .get(PROJECTS + "/" + id)
                .then()
                .statusCode(200)
                .body("unit.code", is("01990"))
                .body("reportId", is((int) r))
                .body("locator", is("Mục 3.2, Dự án 2"))
                .body("households.total", is(20));

        // The key includes the report: the same project again in the same report is a duplicate, in another not.
        Api.json(project("01990", name, r))
                .post(PROJECTS)
                .then()
                .statusCode(409)
                .body("code", is("DUPLICATE_KEY"));
        long review = report("01990", "2024-06-01");
        long again = create(project("01990", name, review));
        Map<String, Object> unitAsOf = project("01990", name, null);
        unitAsOf.put("unitAsOf", "2023-04-01");
        long direct = create(unitAsOf);
        Api.given().get(PROJECTS + "/" + direct).then().statusCode(200).body("reportId", nullValue());

        List<Long> ofReport = Api.given()
                .queryParam("report", r)
                .get(PROJECTS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
        assertEquals(List.of(id), ofReport);
        assertEquals(
                List.of(again),
                Api.given()
                        .queryParam("report", review)
                        .get(PROJECTS)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id", Long.class));

        // An update that moves a project onto another's key is refused too.
        Api.json(project("01990", name, r))
                .header("If-Match", "\"0\"")
                .put(PROJECTS + "/" + again)
                .then()
                .statusCode(409)
                .body("code", is("DUPLICATE_KEY"));
        // An unknown report is a 422 naming the field.
        Api.json(project("01990", "Khác " + UUID.randomUUID(), 999_999_999L))
                .post(PROJECTS)
                .then()
                .statusCode(422)
                .body("errors.code", org.hamcrest.Matchers.hasItem("UNKNOWN_REPORT"));
    }

    @Test
    void anOfficerMayNotCiteAReportIssuedOutsideTheirScope() {
        long province = report("12", "2024-06-01");
        String officer = TestTokens.of("lp-officer-" + UUID.randomUUID(), "DISTRICT_OFFICER", "109");
        Map<String, Object> body = project("109", "Mô hình " + UUID.randomUUID(), province);
        Api.as(officer)
                .contentType("application/json")
                .body(body)
                .post(PROJECTS)
                .then()
                .statusCode(403)
                .body("code", is("OUT_OF_SCOPE"));
    }

    @Test
    void aReportsPageCountsItsProjectsAndDeletingItDeletesThemEachAudited() {
        long r = report("109", "2024-08-01");
        long a = create(project("109", "Chuỗi liên kết " + UUID.randomUUID(), r));
        long b = create(project("03589", "Mô hình xã Mường So " + UUID.randomUUID(), r));
        JsonPath page = Api.given()
                .get(REPORTS + "/" + r)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(2L, page.getLong("figures.find { it.name == 'local projects' }.count"));
        assertEquals(0L, page.getLong("figures.find { it.name == 'funding lines' }.count"));

        JsonPath deleted = Api.given()
                .accept("application/json, application/problem+json")
                .header("If-Match", "\"0\"")
                .delete(REPORTS + "/" + r)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(2L, deleted.getLong("figures.find { it.name == 'local projects' }.count"));
        for (long id : List.of(a, b)) {
            Api.given().get(PROJECTS + "/" + id).then().statusCode(404);
            JsonPath events = Api.given()
                    .get("/api/v1/audit-events?resourceType=LOCAL_PROJECT&operation=DELETE&resourceId=" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(List.of((int) r), events.getList("items.before.reportId"), "project " + id);
        }
    }
}
