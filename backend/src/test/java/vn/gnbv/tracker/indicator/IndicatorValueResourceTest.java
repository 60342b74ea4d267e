package vn.gnbv.tracker.indicator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

@QuarkusTest
class IndicatorValueResourceTest {
    private static final String BASE = "/api/v1/indicator-values";

    @Test
    void createsReadsUpdatesAndDeletesAValueWithExactDecimals() {
        String rate = Fixtures.sum("PCT", "PERCENT");
        Map<String, Object> body = Fixtures.valueBody(rate, "109", "2021", "1132.2");
        body.put("note", "Báo cáo ghi 1132,2% (sai số của báo cáo, lưu đúng như báo cáo)");
        var created = Api.json(body)
                .post(BASE)
                .then()
                .statusCode(201)
                .header("ETag", is("\"0\""))
                .body("value", is("1132.2"))
                .body("unit.code", is("109"))
                .body("unit.name", is("Huyện Phong Thổ"))
                .body("unit.level", is("DISTRICT"))
                .body("period", is("2021"))
                .body("periodStart", is("2021-01-01"))
                .body("periodEnd", is("2021-12-31"))
                .body("category", nullValue())
                .extract();
        long id = created.jsonPath().getLong("id");
        assertEquals(true, created.header("Location").endsWith(BASE + "/" + id));

        Api.given()
                .get(BASE + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", is("\"0\""))
                .body("value", is("1132.2"))
                .body("indicator", is(rate));

        body.put("value", "12345678901234567890.123456789012345");
        body.put("period", "2021q3");
        Api.json(body)
                .header("If-Match", "\"0\"")
                .put(BASE + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", is("\"1\""))
                .body("value", is("12345678901234567890.123456789012345"))
                .body("period", is("2021Q3"))
                .body("periodEnd", is("2021-09-30"));
        Api.json(body)
                .header("If-Match", "\"0\"")
                .put(BASE + "/" + id)
                .then()
                .statusCode(412)
                .body("code", is("VERSION_MISMATCH"));
        Api.raw()
                .contentType("application/json")
                .body(body)
                .put(BASE + "/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("code", is("PRECONDITION_REQUIRED"));
        Api.raw().delete(BASE + "/" + id).then().statusCode(428).contentType("application/problem+json");
        Fixtures.delete(BASE + "/" + id, "\"1\"").statusCode(204);
        Api.given().get(BASE + "/" + id).then().statusCode(404).body("code", is("NOT_FOUND"));
        Fixtures.delete(BASE + "/" + id, "\"1\"").statusCode(404);
    }

    @Test
    void resolvesTheUnitCodeAtThePeriodStartOrAtUnitAsOf() {
        String hh = Fixtures.sum("HH", "HOUSEHOLD");
        // Code 24 was Bắc Giang until 2025-06-30 and is Bắc Ninh from 2025-07-01.
        Api.json(Fixtures.valueBody(hh, "24", "2024", "10"))
                .post(BASE)
                .then()
                .statusCode(201)
                .body("unit.name", is("Tỉnh Bắc Giang"));
        Api.json(Fixtures.valueBody(hh, "24", "2025H2", "10"))
                .post(BASE)
                .then()
                .statusCode(201)
                .body("unit.name", is("Tỉnh Bắc Ninh"));
        Map<String, Object> body = Fixtures.valueBody(hh, "24", "2025", "11");
        body.put("unitAsOf", "2025-07-01");
        Api.json(body).post(BASE).then().statusCode(201).body("unit.name", is("Tỉnh Bắc Ninh"));
    }

    @Test
    void rejectsDuplicateNaturalKeyIncludingTheNullCategory() {
        String hh = Fixtures.sum("HH", "HOUSEHOLD");
        Fixtures.value(hh, "03391", "2024", "5");
        Api.json(Fixtures.valueBody(hh, "03391", "2024", "6"))
                .post(BASE)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", is("DUPLICATE_KEY"));
        // Another kind is another key.
        Map<String, Object> target = Fixtures.valueBody(hh, "03391", "2024", "6");
        target.put("kind", "TARGET");
        long targetId = Fixtures.value(target);
        // Moving the TARGET onto the ACTUAL's key is a duplicate too.
        target.put("kind", "ACTUAL");
        Api.json(target)
                .header("If-Match", "\"0\"")
                .put(BASE + "/" + targetId)
                .then()
                .statusCode(409)
                .body("code", is("DUPLICATE_KEY"));
    }

    @Test
    void acceptsCategoriesOnlyForIndicatorsThatHaveThem() {
        String cardsCode = Fixtures.categorised("BENEFIT_CARDS");
        Map<String, Object> cards = Fixtures.valueBody(cardsCode, "058", "2021/2025", "1562");
        cards.put("category", "POOR");
        cards.put("unitAsOf", "2023-06-30");
        Api.json(cards)
                .post(BASE)
                .then()
                .statusCode(201)
                .body("category", is("POOR"))
                .body("period", is("2021/2025"));
        String plain = Fixtures.sum("HH", "HOUSEHOLD");
        Map<String, Object> body = Fixtures.valueBody(plain, "058", "2024", "3");
        body.put("category", "POOR");
        Api.json(body)
                .post(BASE)
                .then()
                .statusCode(422)
                .body("code", is("VALIDATION_FAILED"))
                .body("errors[0].field", is("category"))
                .body("errors[0].code", is("CATEGORY_NOT_ALLOWED"));
    }

    @Test
    void rejectsInvalidValuesNamingEveryField() {
        String hh = Fixtures.sum("HH", "HOUSEHOLD");
        expect422(Fixtures.valueBody("NO_SUCH_INDICATOR", "109", "2024", "1"), "indicator", "UNKNOWN_INDICATOR");
        expect422(Fixtures.valueBody(hh, "99999", "2024", "1"), "unit", "UNKNOWN_UNIT");
        // Phong Thổ (109) no longer exists once districts are abolished.
        expect422(Fixtures.valueBody(hh, "109", "2025H2", "1"), "unit", "UNKNOWN_UNIT");
        expect422(Fixtures.valueBody(hh, "109", "2024Q5", "1"), "period", "INVALID_PERIOD");
        expect422(Fixtures.valueBody(hh, "109", "2024", "-3"), "value", "NEGATIVE_VALUE");
        expect422(Fixtures.valueBody(hh, "109", "2024", "2.5"), "value", "NOT_AN_INTEGER");
        // 2.000 is the whole number 2.
        Api.json(Fixtures.valueBody(hh, "109", "2024", "2.000"))
                .post(BASE)
                .then()
                .statusCode(201);
        Api.raw()
                .contentType("application/json")
                .body(Fixtures.valueBody(hh, "109", "2023", "NaN"))
                .post(BASE)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", is("value"))
                .body("errors[0].code", is("NOT_A_DECIMAL"));

        Map<String, Object> several = Fixtures.valueBody("NO_SUCH_INDICATOR", "109", "2024H7", "x");
        several.put("value", "1e");
        Api.raw()
                .contentType("application/json")
                .body(several)
                .post(BASE)
                .then()
                .statusCode(422)
                .body("errors.field", contains("indicator", "period", "value"));
    }

    @Test
    void rejectsMalformedRequests() {
        Api.raw()
                .contentType("application/json")
                .body("{\"indicator\": ")
                .post(BASE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("MALFORMED_REQUEST"));
        Api.raw()
                .contentType("text/plain")
                .body("value=1")
                .post(BASE)
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", is("UNSUPPORTED_MEDIA_TYPE"));
        Map<String, Object> missingKind = Fixtures.valueBody("HH_POOR", "109", "2024", "1");
        missingKind.remove("kind");
        Api.raw()
                .contentType("application/json")
                .body(missingKind)
                .post(BASE)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", is("kind"));
        Api.given()
                .queryParam("period", "last year")
                .get(BASE)
                .then()
                .statusCode(400)
                .body("errors[0].field", is("period"))
                .body("errors[0].code", is("INVALID_PERIOD"));
        Api.raw()
                .queryParam("kind", "GUESS")
                .get(BASE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("kind"));
        Api.given()
                .queryParam("unit", "99999")
                .get(BASE)
                .then()
                .statusCode(400)
                .body("errors[0].code", is("UNKNOWN_UNIT"));
        Api.given()
                .queryParam("indicator", "NO_SUCH_INDICATOR")
                .get(BASE)
                .then()
                .statusCode(400)
                .body("errors[0].code", is("UNKNOWN_INDICATOR"));
    }

    @Test
    void filtersByIndicatorUnitSubtreePeriodOverlapKindAndCategory() {
        String hh = Fixtures.sum("HH", "HOUSEHOLD");
        long commune = Fixtures.value(hh, "03391", "2024", "1");
        long district = Fixtures.value(hh, "109", "2024H1", "2");
        long otherProvince = Fixtures.value(hh, "058", "2024", "3");
        long phase = Fixtures.value(hh, "109", "2021/2025", "4");
        Map<String, Object> plan = Fixtures.valueBody(hh, "109", "2023", "5");
        plan.put("kind", "PLAN");
        long planned = Fixtures.value(plan);

        assertEquals(
                List.of(commune, district, phase, planned),
                ids(Map.of("indicator", hh, "unit", "109", "asOf", "2024-01-01")));
        assertEquals(
                List.of(commune, district, otherProvince, phase),
                ids(Map.of("indicator", hh, "periodFrom", "2024Q2", "periodTo", "2024")));
        assertEquals(List.of(phase, planned), ids(Map.of("indicator", hh, "periodTo", "2023")));
        assertEquals(List.of(district), ids(Map.of("indicator", hh, "period", "2024h1")));
        assertEquals(List.of(planned), ids(Map.of("indicator", hh, "kind", "PLAN")));
        long unitId = Api.given()
                .get(BASE + "/" + commune)
                .then()
                .extract()
                .jsonPath()
                .getLong("unit.id");
        assertEquals(List.of(commune), ids(Map.of("indicator", hh, "unitId", Long.toString(unitId))));

        String lunchCode = Fixtures.categorised("BENEFIT_LUNCH");
        Map<String, Object> cat = Fixtures.valueBody(lunchCode, "03391", "2022", "7");
        cat.put("category", "NEAR_POOR");
        long lunch = Fixtures.value(cat);
        cat.put("category", "POOR");
        Fixtures.value(cat);
        assertEquals(
                List.of(lunch),
                ids(Map.of("indicator", lunchCode, "category", "NEAR_POOR", "unit", "03391", "asOf", "2022-01-01")));
    }

    @Test
    void pagesByIdWithoutDuplicates() {
        String hh = Fixtures.sum("HH", "HOUSEHOLD");
        List<Long> made = new ArrayList<>();
        for (String period : List.of("2021", "2022", "2023", "2024", "2025H1")) {
            made.add(Fixtures.value(hh, "03549", period, "1"));
        }
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            var req = Api.given().queryParam("indicator", hh).queryParam("limit", "2");
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            JsonPath page = req.get(BASE).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", Long.class));
            cursor = page.getString("next");
        } while (cursor != null);
        assertEquals(made, seen);
        Api.given()
                .queryParam("indicator", hh)
                .get(BASE)
                .then()
                .statusCode(200)
                .body("items.period", hasItems("2021", "2025H1"));
    }

    private static List<Long> ids(Map<String, String> query) {
        return Api.given()
                .queryParams(query)
                .queryParam("limit", "1000")
                .get(BASE)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
    }

    private static void expect422(Map<String, Object> body, String field, String code) {
        Api.json(body)
                .post(BASE)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"))
                .body("errors[0].field", is(field))
                .body("errors[0].code", is(code));
    }
}
