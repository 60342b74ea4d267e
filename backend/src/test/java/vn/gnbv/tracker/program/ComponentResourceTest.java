package vn.gnbv.tracker.program;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

@QuarkusTest
class ComponentResourceTest {
    private static final String COMPONENTS = "/api/v1/components/";

    @Inject
    DataSource ds;

    private static String tree(long programId) {
        return "/api/v1/programs/" + programId + "/components";
    }

    @Test
    void listsTheSeededTreeOf2021To2025DepthFirst() {
        long id = Fixtures.programId("GNBV-2021-2025", 2021);
        List<Map<String, Object>> items =
                Api.given().get(tree(id)).then().statusCode(200).extract().path("items");
        // Only the seeded projects and sub-projects: other tests may add contents elsewhere, never here.
        List<String> codes = items.stream()
                .map(c -> (String) c.get("code"))
                .filter(c -> c.matches("DA[1-7](\\.TDA[0-9])?"))
                .toList();
        assertEquals(
                List.of(
                        "DA1",
                        "DA1.TDA1",
                        "DA1.TDA2",
                        "DA2",
                        "DA3",
                        "DA3.TDA1",
                        "DA3.TDA2",
                        "DA4",
                        "DA4.TDA1",
                        "DA4.TDA2",
                        "DA4.TDA3",
                        "DA5",
                        "DA6",
                        "DA6.TDA1",
                        "DA6.TDA2",
                        "DA7",
                        "DA7.TDA1",
                        "DA7.TDA2"),
                codes);
        Map<String, Object> tda2 = items.stream()
                .filter(c -> "DA4.TDA2".equals(c.get("code")))
                .findFirst()
                .orElseThrow();
        assertEquals("DA4", tda2.get("parentCode"));
        assertEquals(1, tda2.get("depth"));
        assertEquals("SUB_PROJECT", tda2.get("kind"));
        assertEquals("GNBV-2021-2025", tda2.get("programCode"));
        assertEquals("Contract work abroad", tda2.get("nameEn"));
    }

    @Test
    void answers404ForTheTreeOfAnUnknownProgram() {
        Api.given().get(tree(999999999)).then().statusCode(404).body("code", is("NOT_FOUND"));
        Api.json(Fixtures.component(null, "PROJECT", "DA1", 1))
                .post(tree(999999999))
                .then()
                .statusCode(404);
    }

    @Test
    void createsProjectsSubProjectsAndContentsInDisplayOrder() {
        long p = Fixtures.createProgram(2021, 2025);
        Response r = Api.json(Fixtures.component(null, "PROJECT", "DA2", 2))
                .post(tree(p))
                .then()
                .statusCode(201)
                .header("ETag", is("\"0\""))
                .body("depth", is(0))
                .body("kind", is("PROJECT"))
                .extract()
                .response();
        long da2 = ((Number) r.path("id")).longValue();
        assertTrue(r.header("Location").endsWith(COMPONENTS + da2));
        long da1 = Fixtures.createComponent(p, null, "PROJECT", "DA1", 1);
        Api.json(Fixtures.component(da1, "SUB_PROJECT", "DA1.TDA2", 2))
                .post(tree(p))
                .then()
                .statusCode(201);
        long tda1 = Fixtures.createComponent(p, da1, "SUB_PROJECT", "DA1.TDA1", 1);
        Api.json(Fixtures.component(tda1, "CONTENT", "DA1.TDA1.ND1", 1))
                .post(tree(p))
                .then()
                .statusCode(201)
                .body("parentId", is((int) tda1))
                .body("parentCode", is("DA1.TDA1"))
                .body("depth", is(2))
                .body("programCode", is(Fixtures.code(p)));
        Api.json(Fixtures.component(da2, "CONTENT", "DA2.ND1", 1))
                .post(tree(p))
                .then()
                .statusCode(201)
                .body("depth", is(1));
        List<String> codes =
                Api.given().get(tree(p)).then().statusCode(200).extract().path("items.code");
        assertEquals(List.of("DA1", "DA1.TDA1", "DA1.TDA1.ND1", "DA1.TDA2", "DA2", "DA2.ND1"), codes);
        List<Integer> depths = Api.given().get(tree(p)).then().extract().path("items.depth");
        assertEquals(List.of(0, 1, 2, 1, 0, 1), depths);
    }

    @Test
    void rejectsADuplicateCodeInTheSameProgramOnly() {
        long p = Fixtures.createProgram(2021, 2025);
        Fixtures.createComponent(p, null, "PROJECT", "DA1", 1);
        Api.json(Fixtures.component(null, "PROJECT", "DA1", 2))
                .post(tree(p))
                .then()
                .statusCode(409)
                .body("code", is("DUPLICATE_KEY"));
        long other = Fixtures.createProgram(2021, 2025);
        Fixtures.createComponent(other, null, "PROJECT", "DA1", 1);
    }

    @Test
    void enforcesTheTreeShapeRules() {
        long p = Fixtures.createProgram(2021, 2025);
        long da1 = Fixtures.createComponent(p, null, "PROJECT", "DA1", 1);
        long tda1 = Fixtures.createComponent(p, da1, "SUB_PROJECT", "DA1.TDA1", 1);
        long nd1 = Fixtures.createComponent(p, tda1, "CONTENT", "DA1.TDA1.ND1", 1);
        expect422(p, Fixtures.component(da1, "PROJECT", "DA2", 1), "parentId", "NOT_ALLOWED");
        expect422(p, Fixtures.component(null, "PROJECT", "TDA2", 1), "code", "BAD_CODE");
        expect422(p, Fixtures.component(null, "SUB_PROJECT", "DA1.TDA9", 1), "parentId", "MISSING");
        expect422(p, Fixtures.component(da1, "SUB_PROJECT", "DA1.ND1", 1), "code", "BAD_CODE");
        expect422(p, Fixtures.component(da1, "SUB_PROJECT", "DA2.TDA1", 1), "code", "BAD_CODE");
        expect422(p, Fixtures.component(tda1, "SUB_PROJECT", "DA1.TDA1.TDA1", 1), "parentId", "WRONG_PARENT_KIND");
        expect422(p, Fixtures.component(nd1, "CONTENT", "DA1.TDA1.ND1.X", 1), "parentId", "WRONG_PARENT_KIND");
        expect422(p, Fixtures.component(999999999L, "CONTENT", "DA1.X", 1), "parentId", "UNKNOWN_PARENT");
        long other = Fixtures.createProgram(2021, 2025);
        long otherDa1 = Fixtures.createComponent(other, null, "PROJECT", "DA1", 1);
        expect422(p, Fixtures.component(otherDa1, "SUB_PROJECT", "DA1.TDA5", 1), "parentId", "OTHER_PROGRAM");
    }

    private static void expect422(long programId, Map<String, Object> body, String field, String code) {
        Api.json(body)
                .post(tree(programId))
                .then()
                .statusCode(422)
                .body("code", is("VALIDATION_FAILED"))
                .body("errors.field", hasItem(field))
                .body("errors.code", hasItem(code));
    }

    @Test
    void rejectsBodiesTheContractForbids() {
        long p = Fixtures.createProgram(2021, 2025);
        Map<String, Object> body = Fixtures.component(null, "PROJECT", "DA 1", 1);
        body.remove("nameVi");
        Api.raw()
                .contentType("application/json")
                .body(body)
                .post(tree(p))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("code", "nameVi"));
        Api.raw()
                .contentType("application/json")
                .body(Fixtures.component(null, "MODULE", "DA1", 1))
                .post(tree(p))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("MALFORMED_REQUEST"))
                .body("errors[0].field", is("kind"));
        Api.raw()
                .contentType("text/plain")
                .body("DA1")
                .post(tree(p))
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void getsAComponentWithItsEtag() {
        long p = Fixtures.createProgram(2021, 2025);
        long da1 = Fixtures.createComponent(p, null, "PROJECT", "DA1", 1);
        long tda1 = Fixtures.createComponent(p, da1, "SUB_PROJECT", "DA1.TDA1", 1);
        Api.given()
                .get(COMPONENTS + tda1)
                .then()
                .statusCode(200)
                .header("ETag", is("\"0\""))
                .body("code", is("DA1.TDA1"))
                .body("parentCode", is("DA1"))
                .body("depth", is(1))
                .body("programId", is((int) p));
        Api.given().get(COMPONENTS + 999999999).then().statusCode(404);
        Api.raw().get(COMPONENTS + "x1").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void updatesNamesAndOrderWithIfMatch() {
        long p = Fixtures.createProgram(2021, 2025);
        long da1 = Fixtures.createComponent(p, null, "PROJECT", "DA1", 1);
        Fixtures.createComponent(p, da1, "SUB_PROJECT", "DA1.TDA1", 1);
        Map<String, Object> body = Fixtures.component(null, "PROJECT", "DA1", 5);
        body.put("nameVi", "Dự án 1 (sửa)");
        Api.json(body)
                .header("If-Match", "\"0\"")
                .put(COMPONENTS + da1)
                .then()
                .statusCode(200)
                .header("ETag", is("\"1\""))
                .body("nameVi", is("Dự án 1 (sửa)"))
                .body("sortOrder", is(5));
        Api.json(body).header("If-Match", "\"0\"").put(COMPONENTS + da1).then().statusCode(412);
        Api.raw()
                .contentType("application/json")
                .body(body)
                .put(COMPONENTS + da1)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        Api.json(body)
                .header("If-Match", "\"0\"")
                .put(COMPONENTS + 999999999)
                .then()
                .statusCode(404);
    }

    @Test
    void keepsTheCodeOfAComponentWithChildren() {
        long p = Fixtures.createProgram(2021, 2025);
        long da1 = Fixtures.createComponent(p, null, "PROJECT", "DA1", 1);
        Fixtures.createComponent(p, da1, "SUB_PROJECT", "DA1.TDA1", 1);
        Api.json(Fixtures.component(null, "PROJECT", "DA9", 1))
                .header("If-Match", "\"0\"")
                .put(COMPONENTS + da1)
                .then()
                .statusCode(422)
                .body("errors[0].code", is("HAS_CHILDREN"));
    }

    @Test
    void updateRejectsACodeTakenInTheProgram() {
        long p = Fixtures.createProgram(2021, 2025);
        Fixtures.createComponent(p, null, "PROJECT", "DA1", 1);
        long da2 = Fixtures.createComponent(p, null, "PROJECT", "DA2", 2);
        Api.json(Fixtures.component(null, "PROJECT", "DA1", 2))
                .header("If-Match", "\"0\"")
                .put(COMPONENTS + da2)
                .then()
                .statusCode(409)
                .body("code", is("DUPLICATE_KEY"));
        Api.json(Fixtures.component(null, "PROJECT", "DA3", 2))
                .header("If-Match", "\"0\"")
                .put(COMPONENTS + da2)
                .then()
                .statusCode(200)
                .body("code", is("DA3"));
    }

    @Test
    void deletesALeafAndRefusesAComponentInUse() throws Exception {
        long p = Fixtures.createProgram(2021, 2025);
        long da1 = Fixtures.createComponent(p, null, "PROJECT", "DA1", 1);
        long tda1 = Fixtures.createComponent(p, da1, "SUB_PROJECT", "DA1.TDA1", 1);
        long da2 = Fixtures.createComponent(p, null, "PROJECT", "DA2", 2);
        Fixtures.deleting()
                .header("If-Match", "\"0\"")
                .delete(COMPONENTS + da1)
                .then()
                .statusCode(409)
                .body("code", is("IN_USE"));
        Fixtures.deleting()
                .header("If-Match", "\"3\"")
                .delete(COMPONENTS + tda1)
                .then()
                .statusCode(412);
        Api.raw().delete(COMPONENTS + tda1).then().statusCode(428).contentType("application/problem+json");
        Fixtures.deleting()
                .header("If-Match", "\"0\"")
                .delete(COMPONENTS + tda1)
                .then()
                .statusCode(204);
        Api.given().get(COMPONENTS + tda1).then().statusCode(404);
        Fixtures.deleting()
                .header("If-Match", "\"0\"")
                .delete(COMPONENTS + tda1)
                .then()
                .statusCode(404);
        Fixtures.insertFundingLine(ds, p, da2);
        Fixtures.deleting()
                .header("If-Match", "\"0\"")
                .delete(COMPONENTS + da2)
                .then()
                .statusCode(409)
                .body("code", is("IN_USE"));
    }

    @Test
    void refusesToDeleteAComponentWithLocalProjects() {
        long p = Fixtures.createProgram(2021, 2025);
        long da1 = Fixtures.createComponent(p, null, "PROJECT", "DA1", 1);
        Api.json(Map.of(
                        "program",
                        Fixtures.code(p),
                        "component",
                        "DA1",
                        "unit",
                        "109",
                        "unitAsOf",
                        "2024-01-01",
                        "name",
                        "Mô hình thử",
                        "status",
                        "PLANNED"))
                .post("/api/v1/local-projects")
                .then()
                .statusCode(201);
        Fixtures.deleting()
                .header("If-Match", "\"0\"")
                .delete(COMPONENTS + da1)
                .then()
                .statusCode(409)
                .body("code", is("IN_USE"));
    }
}
