package vn.gnbv.tracker.localproject;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.localproject.LocalProjectFixtures.PROJECTS;
import static vn.gnbv.tracker.localproject.LocalProjectFixtures.create;
import static vn.gnbv.tracker.localproject.LocalProjectFixtures.program;
import static vn.gnbv.tracker.localproject.LocalProjectFixtures.project;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/** Listing local projects: the filters (component subtree, unit subtree, status, year), paging, bad parameters. */
@QuarkusTest
class LocalProjectListTest {
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
}
