package vn.gnbv.tracker.indicator;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * The demo files (demo/indicator-values-*.json, transcribed from the five seed reports) load through the value
 * service, idempotently, and a bad file is refused whole. Other tests never write seeded indicators to these units.
 */
@QuarkusTest
class DemoIndicatorLoaderTest {
    private static final String VALUES = "/api/v1/indicator-values";
    private static final List<String> FILES = List.of(
            "indicator-values-000-bac-kan-city.json",
            "indicator-values-001-bac-giang.json",
            "indicator-values-002-phong-tho.json",
            "indicator-values-003-luc-binh.json",
            "indicator-values-004-bac-giang-city.json");

    @Inject
    DemoIndicatorLoader loader;

    @Test
    void loadsEveryDemoFileAndLoadingAgainChangesNothing() {
        DemoValues.ensureLoaded(loader);
        List<DemoIndicatorLoader.FileResult> again = loader.loadAll();
        for (String name : FILES) {
            assertTrue(again.stream().anyMatch(r -> r.resource().equals("demo/" + name)), name + " was not loaded");
        }
        for (var r : again) {
            assertTrue(r.values() > 0, r.resource());
            assertEquals(r.values(), r.unchanged(), r.resource() + " changed on a second load");
            assertEquals(0, r.created() + r.updated(), r.resource());
        }
        // One figure per seed, read back through the API (pre-reform units resolve at the period's start).
        value("HH_POOR", "058", "2023", "ACTUAL", null).body("items[0].value", is("241"));
        value("HH_POOR_VOLUNTARY_EXIT", "24", "2023", "ACTUAL", null).body("items[0].value", is("113"));
        value("WORKERS_JOBS_CREATED", "109", "2024", "ESTIMATE", null)
                .body("items[0].value", is("11230"))
                .body("items[0].note", startsWith("AS PRINTED:"));
        value("BENEFIT_POLICY_CREDIT_BORROWERS", "01990", "2023H1", "ACTUAL", "hộ mới thoát nghèo")
                .body("items[0].value", is("4"))
                .body("items[0].unit.name", is("Xã Lục Bình"));
        value("POOR_RATE", "213", "2017", "ACTUAL", null)
                .body("items[0].value", is("0.85"))
                .body("items[0].unit.name", is("Thành phố Bắc Giang"));
    }

    @Test
    void aValueChangedSinceTheLastLoadIsPutBackNotDuplicated() {
        DemoValues.ensureLoaded(loader);
        JsonPath found =
                value("HH_POOR", "213", "2017", "ACTUAL", null).extract().jsonPath();
        long id = found.getLong("items[0].id");
        String etag = Api.given()
                .get(VALUES + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        Map<String, Object> body = new HashMap<>();
        body.put("indicator", "HH_POOR");
        body.put("unit", "213");
        body.put("period", "2017");
        body.put("kind", "ACTUAL");
        body.put("value", "357");
        body.put("note", found.getString("items[0].note"));
        Api.json(body).header("If-Match", etag).put(VALUES + "/" + id).then().statusCode(200);

        var results = loader.loadAll();
        var city = results.stream()
                .filter(r -> r.resource().endsWith("004-bac-giang-city.json"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, city.updated(), city.toString());
        assertEquals(city.values() - 1, city.unchanged(), city.toString());
        value("HH_POOR", "213", "2017", "ACTUAL", null)
                .body("items.size()", is(1))
                .body("items[0].id", is((int) id))
                .body("items[0].value", is("356"));
    }

    @Test
    void aFileWithABadValueIsRefusedWholeAndSaysWhichValueAndField() {
        var result = loader.loadResource("fixtures/indicator-values-bad-value.json");
        assertNotNull(result.error());
        assertTrue(
                result.error().startsWith("value 2 (HH_POOR 03549 2002 ACTUAL hộ nghèo): VALIDATION_FAILED"),
                result.error());
        assertTrue(result.error().contains("category CATEGORY_NOT_ALLOWED"), result.error());
        assertTrue(result.error().contains("value NOT_A_DECIMAL"), result.error());
        assertEquals(0, result.created());
        // Value 1 was valid, but the file is refused whole.
        value("HH_TOTAL", "03549", "2002", "ACTUAL", null).body("items", empty());
    }

    @Test
    void aValueFailingTheBodyChecksIsRefused() {
        var result = loader.loadResource("fixtures/indicator-values-no-kind.json");
        assertNotNull(result.error());
        assertTrue(
                result.error().startsWith("value 1 (HH_TOTAL 03549 2003 null): VALIDATION_FAILED; kind "),
                result.error());
        value("HH_TOTAL", "03549", "2003", "ACTUAL", null).body("items", empty());
    }

    @Test
    void missingResourceIsReportedNotThrown() {
        assertEquals(
                "no such resource",
                loader.loadResource("fixtures/no-such-file.json").error());
    }

    private static ValidatableResponse value(
            String indicator, String unit, String period, String kind, String category) {
        var req = Api.given()
                .queryParam("indicator", indicator)
                .queryParam("unit", unit)
                .queryParam("asOf", period.substring(0, 4) + "-01-01")
                .queryParam("period", period)
                .queryParam("kind", kind);
        if (category != null) {
            req = req.queryParam("category", category);
        }
        return req.get(VALUES).then().statusCode(200);
    }
}
