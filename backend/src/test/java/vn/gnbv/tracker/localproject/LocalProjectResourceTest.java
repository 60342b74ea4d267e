package vn.gnbv.tracker.localproject;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.program.Fixtures;

@QuarkusTest
class LocalProjectResourceTest {
    private static final String PROJECTS = "/api/v1/local-projects";

    /** A fresh program with DA1 → DA1.TDA1 → DA1.TDA1.ND1 and DA2, so filters see only this test's rows. */
    private static String program() {
        long p = Fixtures.createProgram(2021, 2025);
        long da1 = Fixtures.createComponent(p, null, "PROJECT", "DA1", 1);
        long tda1 = Fixtures.createComponent(p, da1, "SUB_PROJECT", "DA1.TDA1", 1);
        Fixtures.createComponent(p, tda1, "CONTENT", "DA1.TDA1.ND1", 1);
        Fixtures.createComponent(p, null, "PROJECT", "DA2", 2);
        return Fixtures.code(p);
    }

    private static Map<String, Object> project(String program, String component, String unit, String name) {
        Map<String, Object> m = new HashMap<>();
        m.put("program", program);
        m.put("component", component);
        m.put("unit", unit);
        m.put("unitAsOf", "2024-06-01");
        m.put("name", name);
        m.put("approvalReference", "QĐ 1234/QĐ-UBND 12/05/2023");
        m.put("startDate", "2023-05-12");
        m.put("endDate", "2024-12-31");
        m.put("status", "IN_PROGRESS");
        m.put("budget", Map.of("stateVnd", 500_000_000L, "peopleCounterpartVnd", 92_300_000L, "otherVnd", 0));
        m.put("households", Map.of("poor", 10, "nearPoor", 3, "newlyEscaped", 1, "ethnicMinority", 4, "other", 0));
        m.put("note", "Thử nghiệm");
        return m;
    }

    private static long create(Map<String, Object> body) {
        return ((Number) Api.json(body)
                        .post(PROJECTS)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
    }

    private static List<String> names(Map<String, Object> query) {
        return Api.given()
                .queryParams(query)
                .queryParam("limit", 1000)
                .get(PROJECTS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.name");
    }

    @Test
    void createsAProjectWithItsUnitAndTotals() {
        String p = program();
        Response r = Api.json(project(p, "DA1.TDA1", "01852", "Trồng quế"))
                .post(PROJECTS)
                .then()
                .statusCode(201)
                .header("ETag", is("\"0\""))
                .body("programCode", is(p))
                .body("componentCode", is("DA1.TDA1"))
                .body("unit.code", is("01852"))
                .body("unit.name", is("Xã Nông Thượng"))
                .body("unit.level", is("COMMUNE"))
                .body("budget.totalVnd", is(592_300_000))
                .body("households.total", is(18))
                .body("households.ethnicMinority", is(4))
                .body("startDate", is("2023-05-12"))
                .body("status", is("IN_PROGRESS"))
                .body("approvalReference", is("QĐ 1234/QĐ-UBND 12/05/2023"))
                .extract()
                .response();
        long id = ((Number) r.path("id")).longValue();
        assertTrue(r.header("Location").endsWith(PROJECTS + "/" + id));
        Api.given()
                .get(PROJECTS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", is("\"0\""))
                .body("name", is("Trồng quế"))
                .body("budget.peopleCounterpartVnd", is(92_300_000));
    }

    @Test
    void resolvesTheUnitAtTheStartDateByDefault() {
        String p = program();
        Map<String, Object> body = project(p, "DA2", "01852", "Theo ngày bắt đầu");
        body.remove("unitAsOf");
        Api.json(body).post(PROJECTS).then().statusCode(201).body("unit.code", is("01852"));
        // Without any date the code is resolved today, after the 2025 reform: the old commune code names nothing.
        body.remove("startDate");
        body.remove("endDate");
        Api.json(body)
                .post(PROJECTS)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("unit"))
                .body("errors[0].code", is("UNKNOWN_UNIT"));
    }

    @Test
    void omittedAmountsAndCountsAreZero() {
        String p = program();
        Map<String, Object> body = project(p, "DA2", "109", "Không nêu kinh phí");
        body.remove("budget");
        body.remove("households");
        Api.json(body)
                .post(PROJECTS)
                .then()
                .statusCode(201)
                .body("budget.totalVnd", is(0))
                .body("households.total", is(0));
    }

    @Test
    void rejectsUnknownCodesNamingTheField() {
        String p = program();
        Api.json(project("NOPE-2021-2025", "DA2", "109", "x"))
                .post(PROJECTS)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("program"))
                .body("errors[0].code", is("UNKNOWN_PROGRAM"));
        Api.json(project(p, "DA9", "109", "x"))
                .post(PROJECTS)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("component"))
                .body("errors[0].code", is("UNKNOWN_COMPONENT"));
        Api.json(project(p, "DA2", "99999", "x"))
                .post(PROJECTS)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("unit"))
                .body("errors[0].code", is("UNKNOWN_UNIT"));
    }

    @Test
    void rejectsInvalidFields() {
        String p = program();
        Map<String, Object> body = project(p, "DA2", "109", "Ngày ngược");
        body.put("endDate", "2022-01-01");
        Api.json(body).post(PROJECTS).then().statusCode(422).body("errors[0].field", is("endDate"));
        Map<String, Object> bad = project(p, "DA2", "109", "Âm");
        bad.put("budget", Map.of("stateVnd", -1));
        bad.put("households", Map.of("poor", -2));
        bad.remove("name");
        Api.raw()
                .contentType("application/json")
                .body(bad)
                .post(PROJECTS)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"))
                .body("errors.field", hasItems("budget.stateVnd", "households.poor", "name"));
    }

    @Test
    void rejectsMalformedBodies() {
        String p = program();
        Map<String, Object> body = project(p, "DA2", "109", "x");
        body.put("status", "DONE");
        Api.raw()
                .contentType("application/json")
                .body(body)
                .post(PROJECTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("status"));
        body.put("status", "PLANNED");
        body.put("startDate", "12/05/2023");
        Api.raw()
                .contentType("application/json")
                .body(body)
                .post(PROJECTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("startDate"));
        // Numbers are never truncated: a fraction of a household is the wrong type, money follows the number rule.
        body.put("startDate", "2023-05-12");
        body.put("households", Map.of("poor", 2.5));
        Api.raw()
                .contentType("application/json")
                .body(body)
                .post(PROJECTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("households.poor"));
        body.remove("households");
        body.put("budget", Map.of("stateVnd", 1.5));
        Api.raw()
                .contentType("application/json")
                .body(body)
                .post(PROJECTS)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", is("budget.stateVnd"))
                .body("errors[0].code", is("INVALID_AMOUNT"));
        Api.raw()
                .contentType("application/xml")
                .body("<p/>")
                .post(PROJECTS)
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", is("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void filtersByComponentIncludingItsDescendants() {
        String p = program();
        create(project(p, "DA1", "109", "A trên DA1"));
        create(project(p, "DA1.TDA1.ND1", "109", "B trên ND1"));
        create(project(p, "DA2", "109", "C trên DA2"));
        assertEquals(List.of("A trên DA1", "B trên ND1"), names(Map.of("program", p, "component", "DA1")));
        assertEquals(List.of("B trên ND1"), names(Map.of("program", p, "component", "DA1.TDA1")));
        assertEquals(List.of("C trên DA2"), names(Map.of("program", p, "component", "DA2")));
        assertEquals(List.of("A trên DA1", "B trên ND1", "C trên DA2"), names(Map.of("program", p)));
    }

    @Test
    void filtersByUnitSubtree() {
        String p = program();
        long id = create(project(p, "DA2", "01852", "Xã Nông Thượng"));
        create(project(p, "DA2", "03589", "Xã Mường So"));
        assertEquals(List.of("Xã Nông Thượng"), names(Map.of("program", p, "unit", "01852", "asOf", "2024-06-01")));
        assertEquals(List.of("Xã Nông Thượng"), names(Map.of("program", p, "unit", "058", "asOf", "2024-06-01")));
        assertEquals(List.of("Xã Nông Thượng"), names(Map.of("program", p, "unit", "06", "asOf", "2024-06-01")));
        assertEquals(List.of("Xã Mường So"), names(Map.of("program", p, "unit", "109", "asOf", "2024-06-01")));
        int unitId = Api.given().get(PROJECTS + "/" + id).then().extract().path("unit.id");
        assertEquals(List.of("Xã Nông Thượng"), names(Map.of("program", p, "unitId", unitId)));
        // Unit codes are resolved at today by default: province 06 (Bắc Kạn) no longer exists.
        Api.given()
                .queryParam("unit", "06")
                .get(PROJECTS)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("unit"));
    }

    @Test
    void filtersByStatusAndYear() {
        String p = program();
        create(project(p, "DA2", "109", "2023-2024"));
        Map<String, Object> later = project(p, "DA2", "109", "Từ giữa 2024");
        later.put("startDate", "2024-06-01");
        later.put("endDate", null);
        later.put("status", "PLANNED");
        create(later);
        Map<String, Object> undated = project(p, "DA2", "109", "Không ngày");
        undated.remove("startDate");
        undated.remove("endDate");
        create(undated);
        assertEquals(List.of("2023-2024"), names(Map.of("program", p, "year", 2023)));
        assertEquals(List.of("2023-2024", "Từ giữa 2024"), names(Map.of("program", p, "year", 2024)));
        assertEquals(List.of("Từ giữa 2024"), names(Map.of("program", p, "year", 2030)));
        assertEquals(List.of(), names(Map.of("program", p, "year", 2022)));
        assertEquals(List.of("Từ giữa 2024"), names(Map.of("program", p, "status", "PLANNED")));
        assertEquals(List.of("2023-2024", "Không ngày"), names(Map.of("program", p, "status", "IN_PROGRESS")));
    }

    @Test
    void pagesByIdWithoutGapsOrDuplicates() {
        String p = program();
        for (int i = 0; i < 5; i++) {
            create(project(p, "DA2", "109", "Trang " + i));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var req = Api.given().queryParam("program", p).queryParam("limit", 2);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            Response r = req.get(PROJECTS).then().statusCode(200).extract().response();
            seen.addAll(r.path("items.name"));
            cursor = r.path("next");
        } while (cursor != null);
        assertEquals(List.of("Trang 0", "Trang 1", "Trang 2", "Trang 3", "Trang 4"), seen);
    }

    @Test
    void rejectsBadListParameters() {
        String p = program();
        Api.given()
                .queryParam("program", "NOPE-2021-2025")
                .get(PROJECTS)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("program"));
        Api.given()
                .queryParam("program", p)
                .queryParam("component", "DA8")
                .get(PROJECTS)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("component"));
        Api.given()
                .queryParam("component", "ZZ9")
                .get(PROJECTS)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("component"));
        Api.given()
                .queryParam("unitId", 999999999)
                .get(PROJECTS)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("unitId"));
        Api.given()
                .queryParam("unit", "109")
                .queryParam("unitId", 1)
                .get(PROJECTS)
                .then()
                .statusCode(400)
                .body("errors[0].code", is("CONFLICTING_PARAMETERS"));
        Api.given()
                .queryParam("cursor", "zz")
                .get(PROJECTS)
                .then()
                .statusCode(400)
                .body("errors[0].code", is("INVALID_CURSOR"));
        Api.raw()
                .queryParam("status", "DONE")
                .get(PROJECTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("status"));
        Api.raw()
                .queryParam("asOf", "yesterday")
                .get(PROJECTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("asOf"));
        Api.raw()
                .queryParam("year", "2023a")
                .get(PROJECTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("year"));
    }

    @Test
    void updatesWithIfMatch() {
        String p = program();
        long id = create(project(p, "DA2", "01852", "Trước"));
        Map<String, Object> body = project(p, "DA1.TDA1", "03589", "Sau");
        body.put("status", "COMPLETED");
        Api.json(body)
                .header("If-Match", "\"0\"")
                .put(PROJECTS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", is("\"1\""))
                .body("name", is("Sau"))
                .body("componentCode", is("DA1.TDA1"))
                .body("unit.code", is("03589"))
                .body("status", is("COMPLETED"))
                .body("version", is(1));
        Api.json(body)
                .header("If-Match", "\"0\"")
                .put(PROJECTS + "/" + id)
                .then()
                .statusCode(412)
                .body("code", is("VERSION_MISMATCH"));
        Api.raw()
                .contentType("application/json")
                .body(body)
                .put(PROJECTS + "/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        Api.json(body)
                .header("If-Match", "\"1\"")
                .put(PROJECTS + "/999999999")
                .then()
                .statusCode(404);
        body.put("component", "DA7");
        Api.json(body)
                .header("If-Match", "\"1\"")
                .put(PROJECTS + "/" + id)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("component"));
    }

    @Test
    void deletesWithIfMatch() {
        String p = program();
        long id = create(project(p, "DA2", "109", "Xóa"));
        Fixtures.deleting()
                .header("If-Match", "\"5\"")
                .delete(PROJECTS + "/" + id)
                .then()
                .statusCode(412);
        Api.raw().delete(PROJECTS + "/" + id).then().statusCode(428).contentType("application/problem+json");
        Fixtures.deleting()
                .header("If-Match", "\"0\"")
                .delete(PROJECTS + "/" + id)
                .then()
                .statusCode(204);
        Api.given().get(PROJECTS + "/" + id).then().statusCode(404).body("code", is("NOT_FOUND"));
        Fixtures.deleting()
                .header("If-Match", "\"0\"")
                .delete(PROJECTS + "/" + id)
                .then()
                .statusCode(404);
        Api.raw().get(PROJECTS + "/one").then().statusCode(400).contentType("application/problem+json");
        Api.given()
                .queryParam("program", p)
                .get(PROJECTS)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("items.name", not(hasItem("Xóa")));
    }
}
