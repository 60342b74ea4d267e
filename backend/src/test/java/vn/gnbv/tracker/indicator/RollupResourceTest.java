package vn.gnbv.tracker.indicator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

@QuarkusTest
class RollupResourceTest {
    private static final String BASE = "/api/v1/indicator-rollups";
    private static final String REFORM = "2025-07-01";

    @Test
    void sumRollsCommuneValuesUpToDistrictAndProvince() {
        String hh = Fixtures.sum("HH", "HOUSEHOLD");
        Fixtures.value(hh, "03391", "2024", "10");
        Fixtures.value(hh, "03549", "2024", "20");
        Fixtures.value(hh, "03589", "2024", "30");
        Map<String, Object> target = Fixtures.valueBody(hh, "03391", "2024", "99");
        target.put("kind", "TARGET");
        Fixtures.value(target);

        rollup(hh, "109", "2024", null)
                .body("value", is("60"))
                .body("reportedValue", nullValue())
                .body("childrenValue", is("60"))
                .body("contributingUnits", is(3))
                .body("unit.code", is("109"))
                .body("unit.level", is("DISTRICT"))
                .body("asOf", is("2024-01-01"))
                .body("kind", is("ACTUAL"))
                .body("partialHandling", is("EXCLUDED"))
                .body("partialUnits", empty());
        rollup(hh, "12", "2024", null).body("value", is("60")).body("unit.name", is("Tỉnh Lai Châu"));
        Api.given()
                .queryParams(Map.of("indicator", hh, "unit", "109", "period", "2024", "kind", "TARGET"))
                .get(BASE)
                .then()
                .statusCode(200)
                .body("value", is("99"));
        rollup(hh, "058", "2024", null).body("value", nullValue()).body("contributingUnits", is(0));
    }

    @Test
    void aUnitsOwnValueBeatsItsChildrenAndBothAreShown() {
        String hh = Fixtures.sum("HH", "HOUSEHOLD");
        Fixtures.value(hh, "03391", "2024", "10");
        Fixtures.value(hh, "03549", "2024", "20");
        Fixtures.value(hh, "109", "2024", "25");
        rollup(hh, "109", "2024", null)
                .body("value", is("25"))
                .body("reportedValue", is("25"))
                .body("childrenValue", is("30"))
                .body("contributingUnits", is(1));
        rollup(hh, "12", "2024", null)
                .body("value", is("25"))
                .body("childrenValue", is("25"))
                .body("reportedValue", nullValue());
    }

    @Test
    void ratioIsSumOfNumeratorsOverSumOfDenominatorsNotTheMeanOfRates() {
        String poor = Fixtures.sum("HH_POOR", "HOUSEHOLD");
        String total = Fixtures.sum("HH_TOTAL", "HOUSEHOLD");
        String rate = Fixtures.ratio(poor, total);
        Fixtures.value(poor, "03391", "2024", "10");
        Fixtures.value(total, "03391", "2024", "100");
        Fixtures.value(poor, "03549", "2024", "90");
        Fixtures.value(total, "03549", "2024", "300");
        // What the district report printed: the mean of the commune rates (10 % and 30 %).
        Fixtures.value(rate, "109", "2024", "20");

        rollup(rate, "109", "2024", null)
                .body("value", is("25.000000"))
                .body("numerator", is("100"))
                .body("denominator", is("400"))
                .body("reportedValue", is("20"))
                .body("childrenValue", is("25.000000"))
                .body("contributingUnits", is(2))
                .body("aggregation", is("RATIO"));
        rollup(rate, "03391", "2024", null).body("value", is("10.000000")).body("childrenValue", nullValue());
        // A third of something keeps more than six decimals.
        Fixtures.value(poor, "03589", "2024", "1");
        Fixtures.value(total, "03589", "2024", "3");
        rollup(rate, "03589", "2024", null).body("value", is("33.3333333333"));
    }

    @Test
    void aPreReformCommuneCountsUnderItsFullSuccessorAfterTheReform() {
        String hh = Fixtures.sum("HH", "HOUSEHOLD");
        Fixtures.value(hh, "03391", "2024", "42");
        rollup(hh, "03388", "2024", REFORM)
                .body("unit.name", is("Phường Đoàn Kết"))
                .body("value", is("42"))
                .body("contributingUnits", is(1))
                .body("partialUnits", empty());
        JsonPath province = rollup(hh, "12", "2024", REFORM)
                .body("value", is("42"))
                .extract()
                .jsonPath();
        // The post-reform Lai Châu, not the old one.
        long oldId = rollup(hh, "12", "2024", null)
                .body("value", is("42"))
                .extract()
                .jsonPath()
                .getLong("unit.id");
        assertEquals(false, oldId == province.getLong("unit.id"));
        // Before the reform, 03388 is another commune (Phường Quyết Tiến) with nothing reported.
        rollup(hh, "03388", "2024", null)
                .body("unit.name", is("Phường Quyết Tiến"))
                .body("value", nullValue());
    }

    @Test
    void aPartiallySucceededCommuneIsListedNotCountedUnlessAllItsSuccessorsAreInside() {
        String hh = Fixtures.sum("HH", "HOUSEHOLD");
        Fixtures.value(hh, "00016", "2024", "7"); // Ngọc Hà → parts of new 00004 and 00008
        Fixtures.value(hh, "00013", "2024", "3"); // Quán Thánh → wholly new 00004

        JsonPath r = rollup(hh, "00004", "2024", REFORM)
                .body("value", is("3"))
                .body("contributingUnits", is(1))
                .body("partialHandling", is("EXCLUDED"))
                .body("partialUnits.size()", is(1))
                .extract()
                .jsonPath();
        assertEquals("00016", r.getString("partialUnits[0].unit.code"));
        assertEquals("7", r.getString("partialUnits[0].value"));
        assertEquals(List.of("00004"), r.getList("partialUnits[0].successorsInside.code"));
        assertEquals(List.of("00008"), r.getList("partialUnits[0].successorsOutside.code"));
        assertEquals("PARTIAL_SUCCESSION", r.getString("partialUnits[0].reason"));
        assertNull(r.getString("partialUnits[0].numerator"));

        rollup(hh, "00008", "2024", REFORM)
                .body("value", nullValue())
                .body("partialUnits.unit.code", contains("00016"));
        // Both successors are inside the new Hà Nội: counted there, listed nowhere.
        rollup(hh, "01", "2024", REFORM)
                .body("value", is("10"))
                .body("contributingUnits", is(2))
                .body("partialUnits", empty());
    }

    @Test
    void aPartialUnitOfARatioShowsItsNumeratorAndDenominator() {
        String poor = Fixtures.sum("HH_POOR", "HOUSEHOLD");
        String total = Fixtures.sum("HH_TOTAL", "HOUSEHOLD");
        String rate = Fixtures.ratio(poor, total);
        Fixtures.value(poor, "00016", "2024", "5");
        Fixtures.value(total, "00016", "2024", "50");
        Fixtures.value(poor, "00013", "2024", "1");
        Fixtures.value(total, "00013", "2024", "10");
        rollup(rate, "00004", "2024", REFORM)
                .body("value", is("10.000000"))
                .body("partialUnits[0].unit.code", is("00016"))
                .body("partialUnits[0].numerator", is("5"))
                .body("partialUnits[0].denominator", is("50"))
                .body("partialUnits[0].value", nullValue());
        rollup(rate, "01", "2024", REFORM)
                .body("value", is("10.000000"))
                .body("numerator", is("6"))
                .body("denominator", is("60"));
    }

    @Test
    void aPreReformValueOverlappingANewerOwnValueIsExcludedNotDoubleCounted() {
        String hh = Fixtures.sum("HH", "HOUSEHOLD");
        Map<String, Object> newer = Fixtures.valueBody(hh, "03388", "2025", "50");
        newer.put("unitAsOf", REFORM);
        Fixtures.value(newer);
        Fixtures.value(hh, "109", "2025", "500"); // the old district, resolved at 2025-01-01
        JsonPath r = rollup(hh, "12", "2025", REFORM)
                .body("value", is("50"))
                .extract()
                .jsonPath();
        assertEquals(List.of("109"), r.getList("partialUnits.unit.code"));
        assertEquals("OVERLAPS_NEWER_VALUE", r.getString("partialUnits[0].reason"));
        assertEquals("500", r.getString("partialUnits[0].value"));
    }

    @Test
    void drillsDownFromDistrictToAllItsCommunes() {
        String hh = Fixtures.sum("HH", "HOUSEHOLD");
        Fixtures.value(hh, "03391", "2024", "4");
        Fixtures.value(hh, "03589", "2024", "6");
        JsonPath r = Api.given()
                .queryParams(Map.of("indicator", hh, "unit", "109", "period", "2024"))
                .get(BASE + "/children")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("10", r.getString("target.value"));
        List<String> codes = r.getList("children.unit.code");
        assertEquals(17, codes.size());
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort(null);
        assertEquals(sorted, codes);
        assertEquals("4", r.getString("children.find { it.unit.code == '03391' }.value"));
        assertEquals("6", r.getString("children.find { it.unit.code == '03589' }.value"));
        assertNull(r.getString("children.find { it.unit.code == '03549' }.value"));
        assertEquals(
                List.of("COMMUNE"),
                r.getList("children.unit.level").stream().distinct().toList());

        // After the reform, the new province's children are the new communes, with the old value mapped in.
        JsonPath after = Api.given()
                .queryParams(Map.of("indicator", hh, "unit", "12", "period", "2024", "asOf", REFORM))
                .get(BASE + "/children")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("10", after.getString("target.value"));
        assertEquals("4", after.getString("children.find { it.unit.code == '03388' }.value"));
        assertEquals("6", after.getString("children.find { it.unit.code == '03549' }.value"));
    }

    @Test
    void noneIndicatorsShowOnlyTheUnitsOwnValue() {
        String code = Fixtures.uniqueCode("POOR_RATE_REDUCTION");
        Api.json(Fixtures.indicatorBody(code, "PERCENT", "NONE"))
                .post("/api/v1/indicators")
                .then()
                .statusCode(201);
        Fixtures.value(code, "03592", "2022", "4.62");
        Fixtures.value(code, "03589", "2022", "5");
        rollup(code, "03592", "2022", null)
                .body("value", is("4.62"))
                .body("reportedValue", is("4.62"))
                .body("childrenValue", nullValue())
                .body("aggregation", is("NONE"));
        rollup(code, "109", "2022", null)
                .body("value", nullValue())
                .body("childrenValue", nullValue())
                .body("contributingUnits", is(0));
    }

    @Test
    void rejectsBadParameters() {
        Api.raw()
                .queryParams(Map.of("unit", "12", "period", "2024"))
                .get(BASE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("indicator"));
        bad(Map.of("indicator", "NO_SUCH", "unit", "12", "period", "2024"), "indicator", "UNKNOWN_INDICATOR");
        bad(Map.of("indicator", "HH_POOR", "unit", "99999", "period", "2024"), "unit", "UNKNOWN_UNIT");
        bad(Map.of("indicator", "HH_POOR", "unit", "109", "period", "2024", "asOf", REFORM), "unit", "UNKNOWN_UNIT");
        bad(Map.of("indicator", "HH_POOR", "unit", "12", "period", "FY24"), "period", "INVALID_PERIOD");
        bad(
                Map.of("indicator", "HH_POOR", "unit", "12", "period", "2024", "category", "x"),
                "category",
                "CATEGORY_NOT_ALLOWED");
        Api.raw()
                .queryParams(Map.of("indicator", "HH_POOR", "unit", "12", "period", "2024", "asOf", "yesterday"))
                .get(BASE + "/children")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("asOf"));
    }

    private static void bad(Map<String, String> query, String field, String code) {
        Api.given()
                .queryParams(query)
                .get(BASE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("INVALID_PARAMETER"))
                .body("errors[0].field", is(field))
                .body("errors[0].code", is(code));
    }

    private static ValidatableResponse rollup(String indicator, String unit, String period, String asOf) {
        var req = Api.given()
                .queryParam("indicator", indicator)
                .queryParam("unit", unit)
                .queryParam("period", period);
        if (asOf != null) {
            req.queryParam("asOf", asOf);
        }
        return req.get(BASE).then().statusCode(200);
    }
}
