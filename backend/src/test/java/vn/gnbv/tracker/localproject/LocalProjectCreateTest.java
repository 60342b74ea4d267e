package vn.gnbv.tracker.localproject;

import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.localproject.LocalProjectFixtures.PROJECTS;
import static vn.gnbv.tracker.localproject.LocalProjectFixtures.program;
import static vn.gnbv.tracker.localproject.LocalProjectFixtures.project;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/** Creating a local project: its unit and totals, and the refusals of bad codes, fields and bodies. */
@QuarkusTest
class LocalProjectCreateTest {
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
}
