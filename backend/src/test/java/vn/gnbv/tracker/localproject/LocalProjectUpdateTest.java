package vn.gnbv.tracker.localproject;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static vn.gnbv.tracker.localproject.LocalProjectFixtures.PROJECTS;
import static vn.gnbv.tracker.localproject.LocalProjectFixtures.create;
import static vn.gnbv.tracker.localproject.LocalProjectFixtures.program;
import static vn.gnbv.tracker.localproject.LocalProjectFixtures.project;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.program.Fixtures;

/** Changing a stored local project: updates and deletes under If-Match. */
@QuarkusTest
class LocalProjectUpdateTest {
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
