package vn.gnbv.tracker.indicator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

@QuarkusTest
class IndicatorResourceTest {
    private static final String BASE = "/api/v1/indicators";

    @Test
    void seedsWhatTheReportsMeasureWithCodeListsUnitsAndRatios() {
        // V073: beneficiaries, policy credit in VND, training and jobs, outputs, communication and monitoring.
        for (String code : List.of(
                "BENEFIT_TUITION_EXEMPTION_PERSONS",
                "WORKERS_ABROAD_CONTRACT",
                "HOUSES_BUILT",
                "PRODUCTION_PROJECT_HOUSEHOLDS",
                "INFRA_WORKS",
                "TRAINING_COURSES",
                "INSPECTIONS",
                "COMM_NEWS_ARTICLES")) {
            Api.given()
                    .queryParam("q", code)
                    .get(BASE)
                    .then()
                    .statusCode(200)
                    .body("items.code", org.hamcrest.Matchers.hasItem(code));
        }
        JsonPath credit = Api.given()
                .queryParam("q", "POLICY_CREDIT")
                .get(BASE)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> amount = credit.getMap("items.find { it.code == 'POLICY_CREDIT_LOAN_AMOUNT_VND' }");
        assertEquals("VND", amount.get("unitOfMeasure"));
        assertEquals("SUM", amount.get("aggregation"));
        assertTrue(credit.getList("items.find { it.code == 'POLICY_CREDIT_OUTSTANDING_VND' }.categories.code")
                .containsAll(List.of("POOR", "NEAR_POOR", "DIFFICULT_AREA_BUSINESS")));
        Map<String, Object> cards = Api.given()
                .queryParam("q", "BENEFIT_HEALTH_INSURANCE_CARDS")
                .get(BASE)
                .then()
                .extract()
                .jsonPath()
                .getMap("items.find { it.code == 'BENEFIT_HEALTH_INSURANCE_CARDS' }");
        assertEquals(true, cards.get("hasCategories"));
        assertEquals(
                List.of(
                        "POOR",
                        "NEAR_POOR",
                        "NEWLY_ESCAPED",
                        "ETHNIC_MINORITY",
                        "CHILDREN_UNDER_6",
                        "SOCIAL_PROTECTION",
                        "DIFFICULT_AREA_RESIDENTS"),
                ((List<?>) cards.get("categories"))
                        .stream().map(c -> ((Map<?, ?>) c).get("code")).toList());
        Map<String, Object> housing = Api.given()
                .queryParam("q", "HOUSING_SUPPORT_RATE")
                .get(BASE)
                .then()
                .extract()
                .jsonPath()
                .getMap("items.find { it.code == 'HOUSING_SUPPORT_RATE' }");
        assertEquals("RATIO", housing.get("aggregation"));
        assertEquals("HH_HOUSING_SUPPORTED", housing.get("numerator"));
        assertEquals("HH_HOUSING_NEED", housing.get("denominator"));
        Api.given().queryParam("q", "BENEFIT_RICE_KG").get(BASE).then().body("items[0].unitOfMeasure", is("KILOGRAM"));
        // Every RATIO seeded is a ratio of two SUM indicators (the database constraint holds the pair).
        Api.given()
                .queryParam("aggregation", "RATIO")
                .queryParam("limit", "100")
                .get(BASE)
                .then()
                .body("items.numerator", everyItem(org.hamcrest.Matchers.notNullValue()))
                .body("items.denominator", everyItem(org.hamcrest.Matchers.notNullValue()));
    }

    @Test
    void seedsPovertyCountsRatesAndTheTwelveDeprivations() {
        JsonPath rate = Api.given()
                .queryParam("q", "POOR_RATE")
                .queryParam("aggregation", "RATIO")
                .get(BASE)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(rate.getList("items.code").contains("POOR_RATE"));
        Map<String, Object> poorRate = rate.getMap("items.find { it.code == 'POOR_RATE' }");
        assertEquals("HH_POOR", poorRate.get("numerator"));
        assertEquals("HH_TOTAL", poorRate.get("denominator"));
        assertEquals(100, poorRate.get("scale"));
        assertEquals("Tỷ lệ hộ nghèo", poorRate.get("nameVi"));

        List<String> deprived = Api.given()
                .queryParam("q", "thieu hut")
                .queryParam("aggregation", "SUM")
                .queryParam("limit", "100")
                .get(BASE)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.code");
        // The 12 deprivations of Decree 07/2021/NĐ-CP, and housing quality or area together (reports count them so).
        assertEquals(13, deprived.size(), deprived.toString());
        assertTrue(deprived.contains("HH_DEPRIVED_HOUSING_ANY"), deprived.toString());
        Api.given()
                .queryParam("q", "thieu hut")
                .queryParam("aggregation", "RATIO")
                .queryParam("limit", "100")
                .get(BASE)
                .then()
                .statusCode(200)
                .body("items.size()", is(12))
                .body("items.denominator", everyItem(is("HH_TOTAL")));
        Api.given()
                .queryParam("dimension", "WATER_SANITATION")
                .queryParam("limit", "100")
                .get(BASE)
                .then()
                .statusCode(200)
                .body("items.code", hasItems("HH_DEPRIVED_LATRINE", "HYGIENIC_LATRINE_RATE"))
                .body("items.dimension", everyItem(is("WATER_SANITATION")));
        Api.given()
                .queryParam("q", "luot")
                .get(BASE)
                .then()
                .statusCode(200)
                .body("items.code", hasItems("BENEFIT_HEALTH_INSURANCE_CARDS", "BENEFIT_LEGAL_AID"));
    }

    @Test
    void searchIgnoresDiacriticsAndUnicodeNormalisation() {
        String nfd = Normalizer.normalize("Tỷ lệ hộ nghèo", Normalizer.Form.NFD);
        Api.given().queryParam("q", nfd).get(BASE).then().statusCode(200).body("items.code", hasItem("POOR_RATE"));
        Api.given()
                .queryParam("q", "TY LE HO NGHEO")
                .get(BASE)
                .then()
                .statusCode(200)
                .body("items.code", hasItem("POOR_RATE"));
    }

    @Test
    void pagesByCodeWithoutDuplicatesOrGaps() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var req = Api.given().queryParam("aggregation", "RATIO").queryParam("limit", "4");
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            JsonPath page = req.get(BASE).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.code"));
            cursor = page.getString("next");
        } while (cursor != null);
        List<String> all = Api.given()
                .queryParam("aggregation", "RATIO")
                .queryParam("limit", "1000")
                .get(BASE)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.code");
        assertEquals(all, seen);
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(null);
        assertEquals(sorted, seen);
    }

    @Test
    void createsReadsUpdatesAndDeletesADefinition() {
        String code = Fixtures.uniqueCode("HH_TEST");
        Map<String, Object> body = Fixtures.indicatorBody(code, "HOUSEHOLD", "SUM");
        body.put("dimension", "HOUSING");
        body.put("nameVi", "  Số hộ được hỗ trợ nhà ở thử  ");
        var created = Api.json(body)
                .post(BASE)
                .then()
                .statusCode(201)
                .header("ETag", is("\"0\""))
                .body("code", is(code))
                .body("nameVi", is("Số hộ được hỗ trợ nhà ở thử"))
                .body("scale", is(1))
                .body("hasCategories", is(false))
                .body("numerator", nullValue())
                .extract();
        long id = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith(BASE + "/" + id));

        Api.given()
                .get(BASE + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", is("\"0\""))
                .body("dimension", is("HOUSING"));

        body.put("nameEn", "Households given housing (test)");
        body.put("categories", Fixtures.categories());
        Api.json(body)
                .header("If-Match", "\"0\"")
                .put(BASE + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", is("\"1\""))
                .body("nameEn", is("Households given housing (test)"))
                .body("hasCategories", is(true))
                .body("categories.code", org.hamcrest.Matchers.contains("POOR", "NEAR_POOR", "ETHNIC_MINORITY"))
                .body("version", is(1));
        Api.json(body)
                .header("If-Match", "\"0\"")
                .put(BASE + "/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("code", is("VERSION_MISMATCH"));
        Api.raw()
                .contentType("application/json")
                .body(body)
                .put(BASE + "/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("code", is("PRECONDITION_REQUIRED"));

        Fixtures.delete(BASE + "/" + id, "\"0\"").statusCode(412);
        Fixtures.delete(BASE + "/" + id, "\"1\"").statusCode(204);
        Api.given()
                .get(BASE + "/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", is("NOT_FOUND"));
    }

    @Test
    void rejectsDuplicateCode() {
        String code = Fixtures.sum("HH_DUP", "HOUSEHOLD");
        Api.json(Fixtures.indicatorBody(code, "HOUSEHOLD", "SUM"))
                .post(BASE)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", is("DUPLICATE_KEY"));
    }

    @Test
    void rejectsRatioWithoutPartsOrWithNonSumParts() {
        Map<String, Object> noParts = Fixtures.indicatorBody(Fixtures.uniqueCode("RATE"), "PERCENT", "RATIO");
        Api.json(noParts)
                .post(BASE)
                .then()
                .statusCode(422)
                .body("code", is("VALIDATION_FAILED"))
                .body("errors.field", contains("numerator", "denominator"))
                .body("errors.code", contains("MISSING", "MISSING"));

        Map<String, Object> ratioOfRatio = Fixtures.indicatorBody(Fixtures.uniqueCode("RATE"), "PERCENT", "RATIO");
        ratioOfRatio.put("numerator", "POOR_RATE");
        ratioOfRatio.put("denominator", "NO_SUCH_INDICATOR");
        Api.json(ratioOfRatio)
                .post(BASE)
                .then()
                .statusCode(422)
                .body("errors.find { it.field == 'numerator' }.code", is("NOT_A_SUM_INDICATOR"))
                .body("errors.find { it.field == 'denominator' }.code", is("UNKNOWN_INDICATOR"));

        Map<String, Object> sumWithParts = Fixtures.indicatorBody(Fixtures.uniqueCode("HH"), "HOUSEHOLD", "SUM");
        sumWithParts.put("numerator", "HH_POOR");
        sumWithParts.put("scale", 100);
        Api.json(sumWithParts).post(BASE).then().statusCode(422).body("errors.field", hasItems("numerator", "scale"));
    }

    @Test
    void rejectsMalformedDefinitions() {
        Map<String, Object> lower = Fixtures.indicatorBody("poor-households", "HOUSEHOLD", "SUM");
        Api.raw()
                .contentType("application/json")
                .body(lower)
                .post(BASE)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", is("code"));
        Map<String, Object> badEnum = Fixtures.indicatorBody(Fixtures.uniqueCode("HH"), "BUFFALO", "SUM");
        Api.raw()
                .contentType("application/json")
                .body(badEnum)
                .post(BASE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("MALFORMED_REQUEST"))
                .body("errors[0].field", is("unitOfMeasure"));
        Api.raw()
                .contentType("text/plain")
                .body("code=X")
                .post(BASE)
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", is("UNSUPPORTED_MEDIA_TYPE"));
        Api.raw()
                .queryParam("dimension", "MOOD")
                .get(BASE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("dimension"));
        Api.given()
                .queryParam("cursor", "not-a-cursor")
                .get(BASE)
                .then()
                .statusCode(400)
                .body("errors[0].code", is("INVALID_CURSOR"));
    }

    @Test
    void refusesToDeleteAnIndicatorInUse() {
        String num = Fixtures.sum("HH_NUM", "HOUSEHOLD");
        String den = Fixtures.sum("HH_DEN", "HOUSEHOLD");
        Fixtures.ratio(num, den);
        long numId = idOf(num);
        Fixtures.delete(BASE + "/" + numId, "\"0\"").statusCode(409).body("code", is("IN_USE"));
        // A SUM that a RATIO uses cannot stop being a SUM.
        Map<String, Object> asNone = Fixtures.indicatorBody(num, "HOUSEHOLD", "NONE");
        Api.json(asNone)
                .header("If-Match", "\"0\"")
                .put(BASE + "/" + numId)
                .then()
                .statusCode(409)
                .body("code", is("IN_USE"));

        String counted = Fixtures.sum("HH_USED", "HOUSEHOLD");
        Fixtures.value(counted, "03391", "2024", "5");
        Fixtures.delete(BASE + "/" + idOf(counted), "\"0\"").statusCode(409).body("code", is("IN_USE"));
    }

    @Test
    void unknownIdIsNotFound() {
        Api.given().get(BASE + "/987654321").then().statusCode(404).body("code", is("NOT_FOUND"));
        Fixtures.delete(BASE + "/987654321", "\"0\"").statusCode(404);
    }

    static long idOf(String code) {
        return Api.given()
                .queryParam("q", code)
                .get(BASE)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items.find { it.code == '" + code + "' }.id");
    }
}
