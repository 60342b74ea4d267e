package vn.gnbv.tracker.indicator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;

/**
 * Category code lists: managed with their indicator by ADMIN only, audited per code, NFC/NFD names one name; a value's
 * category must be one of its indicator's codes, in single writes and in uploads alike; roll-ups read one category (or
 * the total) at a time and never add categories to each other or to the total.
 */
@QuarkusTest
class IndicatorCategoryTest {
    private static final String BASE = "/api/v1/indicators";
    private static final String VALUES = "/api/v1/indicator-values";
    private static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Test
    void adminCreatesRenamesReordersAddsAndRemovesCodesEachAudited() {
        String code = Fixtures.uniqueCode("BENEFIT_CAT");
        Map<String, Object> body = Fixtures.indicatorBody(code, "PERSON_TIME", "SUM");
        body.put("categories", Fixtures.categories());
        long id = Api.json(body)
                .post(BASE)
                .then()
                .statusCode(201)
                .header("ETag", is("\"0\""))
                .body("hasCategories", is(true))
                .body("categories.code", contains("POOR", "NEAR_POOR", "ETHNIC_MINORITY"))
                .body("categories[0].nameEn", is("People of poor households"))
                .body("categories[1].nameEn", nullValue())
                .extract()
                .jsonPath()
                .getLong("id");

        // Rename one, reorder, add one and drop one: one new version, the list exactly as sent.
        List<Map<String, Object>> next = new ArrayList<>();
        next.add(Fixtures.category("ETHNIC_MINORITY", "Người dân tộc thiểu số", "Ethnic minorities"));
        next.add(Fixtures.category("POOR", "Người nghèo", "Poor people"));
        next.add(Fixtures.category("NEWLY_ESCAPED", "Người thuộc hộ mới thoát nghèo", null));
        body.put("categories", next);
        Api.json(body)
                .header("If-Match", "\"0\"")
                .put(BASE + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", is("\"1\""))
                .body("categories.code", contains("ETHNIC_MINORITY", "POOR", "NEWLY_ESCAPED"))
                .body("categories[1].nameVi", is("Người nghèo"));
        Api.given()
                .get(BASE + "/" + id)
                .then()
                .statusCode(200)
                .body("categories.code", contains("ETHNIC_MINORITY", "POOR", "NEWLY_ESCAPED"));
        // The same list again changes nothing, so the version stays.
        Api.json(body)
                .header("If-Match", "\"1\"")
                .put(BASE + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", is("\"1\""));

        Api.given()
                .queryParam("resourceType", "INDICATOR_CATEGORY")
                .queryParam("limit", "200")
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.resourceKey == '" + code + " NEAR_POOR' }.operation",
                        contains("DELETE", "CREATE"))
                .body("items.findAll { it.resourceKey == '" + code + " NEWLY_ESCAPED' }.operation", contains("CREATE"))
                .body("items.findAll { it.resourceKey == '" + code + " POOR' }.operation", hasItem("UPDATE"));

        // Deleting the indicator deletes its codes.
        Fixtures.delete(BASE + "/" + id, "\"1\"").statusCode(204);
        Api.given().get(BASE + "/" + id).then().statusCode(404);
    }

    @Test
    void aCodeValuesCarryCannotBeRemovedAndOnlyAdminManagesLists() {
        String code = Fixtures.categorised("BENEFIT_USED");
        long id = indicatorId(code);
        Map<String, Object> v = Fixtures.valueBody(code, "03391", "2023", "5");
        v.put("category", "NEAR_POOR");
        Fixtures.value(v);

        Map<String, Object> body = Fixtures.indicatorBody(code, "PERSON_TIME", "SUM");
        body.put("categories", List.of(Fixtures.category("POOR", "Người thuộc hộ nghèo", null)));
        Api.json(body)
                .header("If-Match", "\"0\"")
                .put(BASE + "/" + id)
                .then()
                .statusCode(409)
                .body("code", is("IN_USE"));
        Api.given()
                .get(BASE + "/" + id)
                .then()
                .body("categories.code", contains("POOR", "NEAR_POOR", "ETHNIC_MINORITY"));

        String manager = TestTokens.of("cat.manager", "PROVINCE_MANAGER", "12");
        body.put("categories", Fixtures.categories());
        Api.as(manager)
                .contentType("application/json")
                .body(body)
                .header("If-Match", "\"0\"")
                .put(BASE + "/" + id)
                .then()
                .statusCode(403);
        Map<String, Object> fresh = Fixtures.indicatorBody(Fixtures.uniqueCode("BENEFIT_NOPE"), "PERSON_TIME", "SUM");
        fresh.put("categories", Fixtures.categories());
        Api.as(manager)
                .contentType("application/json")
                .body(fresh)
                .post(BASE)
                .then()
                .statusCode(403);
        // Everyone reads them.
        Api.as(manager).get(BASE + "/" + id).then().statusCode(200).body("categories.size()", is(3));
    }

    @Test
    void repeatedCodesAndNamesAreRefusedWithNfdSpellingsTheSameName() {
        String nfd = Normalizer.normalize("Hộ nghèo", Normalizer.Form.NFD);
        Map<String, Object> body = Fixtures.indicatorBody(Fixtures.uniqueCode("HH_CAT"), "HOUSEHOLD", "SUM");
        body.put(
                "categories",
                List.of(
                        Fixtures.category("POOR", "Hộ nghèo", null),
                        Fixtures.category("POOR", "Hộ nghèo 2", null),
                        Fixtures.category("POOR_AGAIN", "  " + nfd.toUpperCase() + " ", null)));
        Api.json(body)
                .post(BASE)
                .then()
                .statusCode(422)
                .body("errors.field", contains("categories[1].code", "categories[2].nameVi"))
                .body("errors.code", contains("DUPLICATE_CATEGORY", "DUPLICATE_CATEGORY"));

        // An NFD name is stored NFC and trimmed.
        body.put("categories", List.of(Fixtures.category("POOR", " " + nfd + " ", null)));
        Api.json(body)
                .post(BASE)
                .then()
                .statusCode(201)
                .body("categories[0].nameVi", is(Normalizer.normalize("Hộ nghèo", Normalizer.Form.NFC)));
    }

    @Test
    void aValueOutsideItsIndicatorsCodesIsRefusedInSingleWritesAndUploads() {
        String code = Fixtures.categorised("BENEFIT_RULE");
        Map<String, Object> v = Fixtures.valueBody(code, "03391", "2023", "5");
        v.put("category", "người nghèo"); // the old free text, not a code
        Api.json(v)
                .post(VALUES)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("category"))
                .body("errors[0].code", is("UNKNOWN_CATEGORY"));
        v.put("category", "POOR");
        long id = Fixtures.value(v);
        Api.given().get(VALUES + "/" + id).then().body("category", is("POOR"));

        String csv = "indicator,unit,period,kind,category,value\n"
                + code + ",03391,2022,ACTUAL,POOR,1\n"
                + code + ",03391,2022,ACTUAL,HO_NGHEO,2\n"
                + code + ",03391,2022,ACTUAL,,3\n"
                + "HH_POOR,03391,2022,ACTUAL,POOR,4\n";
        upload(csv)
                .statusCode(422)
                .body("code", is("UPLOAD_REJECTED"))
                .body("errors.row", contains(2, 4))
                .body("errors.field", contains("category", "category"))
                .body("errors.code", contains("UNKNOWN_CATEGORY", "CATEGORY_NOT_ALLOWED"));
        Api.given()
                .queryParam("indicator", code)
                .queryParam("period", "2022")
                .get(VALUES)
                .then()
                .body("items.size()", is(0));
    }

    @Test
    void rollupsReadOneCategoryOrTheTotalAndNeverAddThemUp() {
        String code = Fixtures.categorised("BENEFIT_ROLL");
        // Two communes of Phong Thổ (109): one reports its total and a category, the other categories only.
        value(code, "03391", null, "10");
        value(code, "03391", "POOR", "4");
        value(code, "03549", "POOR", "3");
        value(code, "03549", "NEAR_POOR", "2");
        rollup(code, null).body("value", is("10")).body("contributingUnits", is(1));
        rollup(code, "POOR").body("value", is("7")).body("category", is("POOR"));
        rollup(code, "NEAR_POOR").body("value", is("2"));
        rollup(code, "ETHNIC_MINORITY").body("value", nullValue());
        Api.given()
                .queryParams(Map.of("indicator", code, "unit", "109", "period", "2024", "category", "NOPE"))
                .get("/api/v1/indicator-rollups")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("category"))
                .body("errors[0].code", is("UNKNOWN_CATEGORY"));
    }

    private static void value(String indicator, String unit, String category, String value) {
        Map<String, Object> b = Fixtures.valueBody(indicator, unit, "2024", value);
        if (category != null) {
            b.put("category", category);
        }
        Fixtures.value(b);
    }

    private static io.restassured.response.ValidatableResponse rollup(String indicator, String category) {
        var req = Api.given()
                .queryParam("indicator", indicator)
                .queryParam("unit", "109")
                .queryParam("period", "2024");
        if (category != null) {
            req = req.queryParam("category", category);
        }
        return req.get("/api/v1/indicator-rollups").then().statusCode(200);
    }

    static io.restassured.response.ValidatableResponse upload(String csv) {
        return Api.given()
                .config(EXACT)
                .contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/uploads/indicator-values")
                .then();
    }

    static long indicatorId(String code) {
        long id = Api.given()
                .queryParam("q", code)
                .get(BASE)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items.find { it.code == '" + code + "' }.id");
        assertEquals(true, id > 0);
        return id;
    }
}
