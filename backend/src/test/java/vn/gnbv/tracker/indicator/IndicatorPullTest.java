package vn.gnbv.tracker.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/** The pull contract on indicator values and roll-ups: CSV round trip, changed-since with tombstones, 304. */
@QuarkusTest
class IndicatorPullTest {
    static final String PATH = "/api/v1/indicator-values";

    private static Set<Map<String, Object>> values(String indicator) {
        List<Map<String, Object>> items = Api.given()
                .get(PATH + "?indicator=" + indicator + "&limit=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        Set<Map<String, Object>> out = new HashSet<>();
        for (Map<String, Object> i : items) {
            Map<String, Object> m = new HashMap<>(i);
            m.keySet().removeAll(List.of("id", "version"));
            out.add(m);
        }
        return out;
    }

    @Test
    void aCsvPullUploadsBackToTheSameValues() {
        String code = Fixtures.sum("PULL", "HOUSEHOLD");
        Map<String, Object> body = Fixtures.valueBody(code, "109", "2023", "120");
        body.put("note", "=1+2 hộ, \"ước\"");
        long a = Fixtures.value(body);
        Map<String, Object> target = Fixtures.valueBody(code, "03433", "2024H1", "7");
        target.put("kind", "TARGET");
        target.put("comparator", "GE");
        target.put("note", "-3 so với 2023");
        long b = Fixtures.value(target);
        Set<Map<String, Object>> before = values(code);
        String csv = Api.given()
                .accept("text/csv")
                .get(PATH + "?indicator=" + code)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                csv.startsWith(
                        "indicator,unit,period,kind,value,category,unit_as_of,note,report,locator,comparator\r\n"),
                csv);
        assertTrue(csv.contains("\"'=1+2 hộ, \"\"ước\"\"\""), csv);
        for (long id : List.of(a, b)) {
            String etag = Api.given().get(PATH + "/" + id).then().extract().header("ETag");
            Fixtures.delete(PATH + "/" + id, etag).statusCode(204);
        }
        assertEquals(Set.of(), values(code));
        Api.given()
                .contentType("text/csv; charset=utf-8")
                .body(csv)
                .post("/api/v1/uploads/indicator-values")
                .then()
                .statusCode(200);
        assertEquals(before, values(code));
    }

    @Test
    void changesSinceATokenAndConditionalReads() {
        String code = Fixtures.sum("PULLSYNC", "HOUSEHOLD");
        long gone = Fixtures.value(code, "109", "2023", "5");
        long stays = Fixtures.value(code, "03433", "2023", "6");
        Response first = Api.given().get(PATH + "?indicator=" + code);
        String token = first.header("Sync-Token");
        String etag = first.header("ETag");
        Api.given()
                .header("If-None-Match", etag)
                .get(PATH + "?indicator=" + code)
                .then()
                .statusCode(304);
        long added = Fixtures.value(code, "109", "2024", "8");
        Fixtures.delete(PATH + "/" + gone, Api.given().get(PATH + "/" + gone).header("ETag"))
                .statusCode(204);
        var changes = Api.given()
                .get(PATH + "?indicator=" + code + "&since=" + token)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(added), changes.getList("items.id", Long.class));
        assertEquals(List.of(Map.of("id", (int) gone, "reason", "DELETED")), changes.getList("deleted"));
        assertTrue(stays > 0);
        Api.given()
                .header("If-None-Match", etag)
                .get(PATH + "?indicator=" + code)
                .then()
                .statusCode(200);
        // A roll-up is a read like any other: ETag, then 304 while nothing under it changes.
        String rollup = "/api/v1/indicator-rollups?indicator=" + code + "&unit=12&period=2023&asOf=2024-01-01";
        String tag = Api.given().get(rollup).then().statusCode(200).extract().header("ETag");
        Api.given().header("If-None-Match", tag).get(rollup).then().statusCode(304);
        Fixtures.value(code, "109", "2023", "9");
        Api.given().header("If-None-Match", tag).get(rollup).then().statusCode(200);
    }
}
