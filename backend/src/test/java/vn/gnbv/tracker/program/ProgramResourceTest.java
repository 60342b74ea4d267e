package vn.gnbv.tracker.program;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

@QuarkusTest
class ProgramResourceTest {
    private static final String PROGRAMS = "/api/v1/programs";

    @Inject
    DataSource ds;

    @Test
    void listsProgramsWhosePeriodContainsTheYear() {
        Api.given()
                .queryParam("year", 2023)
                .queryParam("limit", 1000)
                .get(PROGRAMS)
                .then()
                .statusCode(200)
                .body("items.code", hasItem("GNBV-2021-2025"))
                .body("items.code", not(hasItem("GNBV-2016-2020")))
                .body("items.code", not(hasItem("GNBV-2026-2030")));
    }

    @Test
    void holdsSeveralProgramsForTheSamePeriod() {
        String a = Fixtures.programCode(2026, 2035);
        String b = Fixtures.programCode(2026, 2035);
        Api.json(Fixtures.program(a, 2026, 2035)).post(PROGRAMS).then().statusCode(201);
        Api.json(Fixtures.program(b, 2026, 2035)).post(PROGRAMS).then().statusCode(201);
        Api.given()
                .queryParam("year", 2031)
                .queryParam("limit", 1000)
                .get(PROGRAMS)
                .then()
                .statusCode(200)
                .body("items.code", hasItems(a, b))
                .body("items.code", not(hasItem("GNBV-2026-2030")));
    }

    @Test
    void pagesByStartYearWithoutGapsOrDuplicates() {
        Fixtures.createProgram(2001, 2030);
        Fixtures.createProgram(2029, 2030);
        List<Map<String, Object>> all = Api.given()
                .queryParam("year", 2029)
                .queryParam("limit", 1000)
                .get(PROGRAMS)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        List<Object> paged = new ArrayList<>();
        String cursor = null;
        int lastStart = 0;
        do {
            var req = Api.given().queryParam("year", 2029).queryParam("limit", 2);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            Response r = req.get(PROGRAMS).then().statusCode(200).extract().response();
            for (Map<String, Object> p : r.jsonPath().<Map<String, Object>>getList("items")) {
                int start = (Integer) p.get("startYear");
                assertTrue(start >= lastStart, "ordered by startYear");
                lastStart = start;
                paged.add(p.get("id"));
            }
            cursor = r.path("next");
        } while (cursor != null);
        assertEquals(all.stream().map(p -> p.get("id")).toList(), paged);
        assertEquals(paged.size(), new HashSet<>(paged).size());
        assertTrue(paged.size() >= 2);
    }

    @Test
    void rejectsMalformedListParameters() {
        Api.raw()
                .queryParam("year", "twenty")
                .get(PROGRAMS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("INVALID_PARAMETER"))
                .body("errors[0].field", is("year"));
        Api.raw()
                .queryParam("limit", 0)
                .get(PROGRAMS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("limit"));
        Api.given()
                .queryParam("cursor", "not-a-cursor")
                .get(PROGRAMS)
                .then()
                .statusCode(400)
                .body("errors[0].code", is("INVALID_CURSOR"));
    }

    @Test
    void createsAProgramWithLocationAndEtag() {
        String code = Fixtures.programCode(2026, 2035);
        Map<String, Object> body = Fixtures.program(code, 2026, 2035);
        Response r = Api.json(body)
                .post(PROGRAMS)
                .then()
                .statusCode(201)
                .header("ETag", is("\"0\""))
                .body("code", is(code))
                .body("startYear", is(2026))
                .body("endYear", is(2035))
                .body("version", is(0))
                .extract()
                .response();
        long id = ((Number) r.path("id")).longValue();
        assertTrue(r.header("Location").endsWith(PROGRAMS + "/" + id));
        Api.given()
                .get(PROGRAMS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", is("\"0\""))
                .body("code", is(code))
                .body("legalBasis", is("Quyết định thử nghiệm"));
    }

    @Test
    void storesNamesInNfc() {
        String code = Fixtures.programCode(2021, 2025);
        Map<String, Object> body = Fixtures.program(code, 2021, 2025);
        body.put("nameVi", "  Giảm nghe\u0300o  ");
        Api.json(body).post(PROGRAMS).then().statusCode(201).body("nameVi", is("Giảm nghèo"));
    }

    @Test
    void answers404ForAnUnknownProgramAnd400ForAMalformedId() {
        Api.given().get(PROGRAMS + "/999999999").then().statusCode(404).body("code", is("NOT_FOUND"));
        Api.raw()
                .get(PROGRAMS + "/abc")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("INVALID_PARAMETER"));
    }

    @Test
    void rejectsADuplicateCode() {
        Api.json(Fixtures.program("GNBV-2021-2025", 2021, 2025))
                .post(PROGRAMS)
                .then()
                .statusCode(409)
                .body("code", is("DUPLICATE_KEY"));
    }

    @Test
    void rejectsEndYearBeforeStartYear() {
        String code = Fixtures.programCode(2025, 2021);
        Api.json(Fixtures.program(code, 2025, 2021))
                .post(PROGRAMS)
                .then()
                .statusCode(422)
                .body("code", is("VALIDATION_FAILED"))
                .body("errors[0].field", is("endYear"));
    }

    @Test
    void rejectsInvalidFieldsWithTheirNames() {
        Map<String, Object> body = Fixtures.program("gnbv 2021", 2021, 2025);
        body.remove("nameVi");
        Api.raw()
                .contentType("application/json")
                .body(body)
                .post(PROGRAMS)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"))
                .body("errors.field", hasItems("code", "nameVi"));
    }

    @Test
    void rejectsMalformedBodies() {
        Api.raw()
                .contentType("application/json")
                .body("{\"code\": ")
                .post(PROGRAMS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Map<String, Object> body = Fixtures.program(Fixtures.programCode(2021, 2025), 2021, 2025);
        body.put("colour", "red");
        Api.raw()
                .contentType("application/json")
                .body(body)
                .post(PROGRAMS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("MALFORMED_REQUEST"));
        Api.raw()
                .contentType("text/plain")
                .body("GNBV")
                .post(PROGRAMS)
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", is("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void updatesWithIfMatchAndBumpsTheVersion() {
        long id = Fixtures.createProgram(2021, 2025);
        String code = Fixtures.programCode(2021, 2030);
        Map<String, Object> body = Fixtures.program(code, 2021, 2030);
        body.put("nameEn", null);
        Api.json(body)
                .header("If-Match", "\"0\"")
                .put(PROGRAMS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", is("\"1\""))
                .body("code", is(code))
                .body("endYear", is(2030))
                .body("version", is(1))
                .body("nameEn", nullValue());
        Api.json(body)
                .header("If-Match", "\"0\"")
                .put(PROGRAMS + "/" + id)
                .then()
                .statusCode(412)
                .body("code", is("VERSION_MISMATCH"));
        Api.raw()
                .contentType("application/json")
                .body(body)
                .put(PROGRAMS + "/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("code", is("PRECONDITION_REQUIRED"));
    }

    @Test
    void updateRejectsATakenCodeAndUnknownIds() {
        long id = Fixtures.createProgram(2021, 2025);
        Api.json(Fixtures.program("GNBV-2021-2025", 2021, 2025))
                .header("If-Match", "\"0\"")
                .put(PROGRAMS + "/" + id)
                .then()
                .statusCode(409)
                .body("code", is("DUPLICATE_KEY"));
        Api.json(Fixtures.program(Fixtures.programCode(2021, 2025), 2021, 2025))
                .header("If-Match", "\"0\"")
                .put(PROGRAMS + "/999999999")
                .then()
                .statusCode(404);
        Api.json(Fixtures.program(Fixtures.programCode(2021, 2020), 2021, 2020))
                .header("If-Match", "\"0\"")
                .put(PROGRAMS + "/" + id)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("endYear"));
    }

    @Test
    void deletesAnUnusedProgram() {
        long id = Fixtures.createProgram(2021, 2025);
        Fixtures.deleting()
                .header("If-Match", "\"1\"")
                .delete(PROGRAMS + "/" + id)
                .then()
                .statusCode(412);
        Api.raw().delete(PROGRAMS + "/" + id).then().statusCode(428).contentType("application/problem+json");
        Fixtures.deleting()
                .header("If-Match", "\"0\"")
                .delete(PROGRAMS + "/" + id)
                .then()
                .statusCode(204);
        Api.given().get(PROGRAMS + "/" + id).then().statusCode(404);
        Fixtures.deleting()
                .header("If-Match", "\"0\"")
                .delete(PROGRAMS + "/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void refusesToDeleteAProgramWithComponents() {
        long id = Fixtures.createProgram(2021, 2025);
        Fixtures.createComponent(id, null, "PROJECT", "DA1", 1);
        Fixtures.deleting()
                .header("If-Match", "\"0\"")
                .delete(PROGRAMS + "/" + id)
                .then()
                .statusCode(409)
                .body("code", is("IN_USE"));
    }

    @Test
    void refusesToDeleteAProgramWithFundingLines() throws Exception {
        long id = Fixtures.createProgram(2021, 2025);
        long seeded = Fixtures.programId("GNBV-2021-2025", 2021);
        long da2 = Api.given()
                .get(PROGRAMS + "/" + seeded + "/components")
                .then()
                .extract()
                .jsonPath()
                .getLong("items.find { it.code == 'DA2' }.id");
        Fixtures.insertFundingLine(ds, id, da2);
        Fixtures.deleting()
                .header("If-Match", "\"0\"")
                .delete(PROGRAMS + "/" + id)
                .then()
                .statusCode(409)
                .body("code", is("IN_USE"));
    }
}
