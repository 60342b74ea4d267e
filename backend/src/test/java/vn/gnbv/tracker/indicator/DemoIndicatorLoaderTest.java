package vn.gnbv.tracker.indicator;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import vn.gnbv.tracker.ingest.DemoUploads;

/**
 * The demo files (demo/indicator-values-*.csv, transcribed from the five seed reports) load through the upload
 * engine, idempotently, and a bad file is refused whole. Other tests never write seeded indicators to these units.
 */
@QuarkusTest
class DemoIndicatorLoaderTest {
    private static final String VALUES = "/api/v1/indicator-values";
    private static final List<String> FILES = List.of(
            "indicator-values-000-bac-kan-city.csv",
            "indicator-values-001-bac-giang.csv",
            "indicator-values-002-phong-tho.csv",
            "indicator-values-003-luc-binh.csv",
            "indicator-values-004-bac-giang-city.csv");

    @Inject
    DemoUploads loader;

    @Test
    void loadsEveryDemoFileAndLoadingAgainChangesNothing() {
        DemoValues.ensureLoaded(loader);
        List<DemoUploads.Loaded> again = loader.loadAll();
        for (String name : FILES) {
            assertTrue(again.stream().anyMatch(r -> r.resource().equals("demo/" + name)), name + " was not loaded");
        }
        // What each seed report contributes, every row loaded without an error.
        Map<String, Long> perSeed = new HashMap<>();
        for (var r : again) {
            assertNull(r.error(), r.resource());
            if (r.resource().contains("indicator-values-")) {
                perSeed.put(
                        r.resource().replaceAll(".*indicator-values-(\\d{3}).*", "$1"),
                        r.report().rowsRead());
                assertEquals(r.report().rowsRead(), r.report().rowsValid(), r.resource());
                assertEquals(0, r.report().errorCount(), r.resource());
            }
            assertTrue(r.report().rowsRead() > 0, r.resource());
            assertEquals(r.report().rowsRead(), r.report().unchanged(), r.resource() + " changed on a second load");
            assertEquals(0, r.report().inserted() + r.report().updated(), r.resource());
        }
        assertEquals(Map.of("000", 76L, "001", 56L, "002", 105L, "003", 37L, "004", 46L), perSeed);
        // One figure per seed, read back through the API (pre-reform units resolve at the period's start).
        value("HH_POOR", "058", "2023", "ACTUAL", null).body("items[0].value", is("241"));
        value("HH_POOR_VOLUNTARY_EXIT", "24", "2023", "ACTUAL", null).body("items[0].value", is("113"));
        value("WORKERS_JOBS_CREATED", "109", "2024", "ESTIMATE", null)
                .body("items[0].value", is("11230"))
                .body("items[0].note", startsWith("AS PRINTED:"));
        value("BENEFIT_POLICY_CREDIT_BORROWERS", "01990", "2023H1", "ACTUAL", "NEWLY_ESCAPED")
                .body("items[0].value", is("4"))
                .body("items[0].unit.name", is("Xã Lục Bình"));
        value("POOR_RATE", "213", "2017", "ACTUAL", null)
                .body("items[0].value", is("0.85"))
                .body("items[0].unit.name", is("Thành phố Bắc Giang"));
        // Bounds kept as comparators, categories as codes, money in exact VND, each figure with its locator.
        value("POOR_RATE", "058", "2021/2025", "TARGET", null)
                .body("items[0].value", is("1.83"))
                .body("items[0].comparator", is("LT"))
                .body("items[0].locator", startsWith("§I.4"));
        value("WORKERS_CONNECTED_TO_JOBS", "109", "2021/2025", "TARGET", null).body("items[0].comparator", is("GE"));
        value("POLICY_CREDIT_LOAN_AMOUNT_VND", "109", "2021/2024", "ACTUAL", "POOR")
                .body("items[0].value", is("181155000000"));
        value("BENEFIT_HEALTH_INSURANCE_CARDS", "01990", "2023H1", "ACTUAL", "CHILDREN_UNDER_6")
                .body("items[0].value", is("222"));
        // The province's targets quoted in Phong Thổ's report sit on Lai Châu (12).
        value("TRAINED_LABOUR_RATE", "12", "2021/2025", "TARGET", null).body("items[0].value", is("51.7"));
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
        // The same figure of the same report, edited (a PUT without reportId would make it a direct entry: V071).
        body.put("reportId", found.getLong("items[0].reportId"));
        body.put("locator", found.getString("items[0].locator"));
        Api.json(body).header("If-Match", etag).put(VALUES + "/" + id).then().statusCode(200);

        var results = loader.loadAll();
        var city = results.stream()
                .filter(r -> r.resource().endsWith("004-bac-giang-city.csv"))
                .findFirst()
                .orElseThrow()
                .report();
        assertEquals(1, city.updated(), city.toString());
        assertEquals(city.rowsRead() - 1, city.unchanged(), city.toString());
        value("HH_POOR", "213", "2017", "ACTUAL", null)
                .body("items.size()", is(1))
                .body("items[0].id", is((int) id))
                .body("items[0].value", is("356"));
    }

    @Test
    void aFileWithABadValueIsRefusedWholeAndSaysWhichValueAndField() {
        var result = loader.load("fixtures/indicator-values-bad-value.csv", "indicator-values");
        assertNotNull(result.error());
        assertTrue(result.error().startsWith("422 UPLOAD_REJECTED"), result.error());
        assertEquals(
                List.of("2 category CATEGORY_NOT_ALLOWED", "2 value NOT_A_DECIMAL"),
                errors(result.report()),
                result.error());
        assertTrue(result.report().rejected());
        assertEquals(0, result.report().inserted());
        // Value 1 was valid, but the file is refused whole.
        value("HH_TOTAL", "03549", "2002", "ACTUAL", null).body("items", empty());
    }

    @Test
    void aValueFailingTheBodyChecksIsRefused() {
        var result = loader.load("fixtures/indicator-values-no-kind.csv", "indicator-values");
        assertNotNull(result.error());
        assertEquals(List.of("1 kind MISSING"), errors(result.report()), result.error());
        assertTrue(result.report().rejected());
        value("HH_TOTAL", "03549", "2003", "ACTUAL", null).body("items", empty());
    }

    @Test
    void missingResourceIsReportedNotThrown() {
        assertEquals(
                "no such resource",
                loader.load("fixtures/no-such-file.csv", "indicator-values").error());
    }

    /** A report's errors as "row field code", in the report's order. */
    private static List<String> errors(vn.gnbv.tracker.ingest.UploadReport r) {
        return r.errors().stream()
                .map(v -> v.row() + " " + v.field() + " " + v.code())
                .toList();
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
