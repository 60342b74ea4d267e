package vn.gnbv.tracker.indicator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/** A TARGET keeps the bound it states ("trên", "ít nhất", "dưới"), and a roll-up judges the unit's target by it. */
@QuarkusTest
class TargetComparatorTest {
    private static final String VALUES = "/api/v1/indicator-values";

    @Test
    void theBoundDecidesWhetherAFigureMeetsATarget() {
        BigDecimal ten = new BigDecimal("10");
        assertTrue(TargetComparator.GT.met(new BigDecimal("10.01"), ten));
        assertFalse(TargetComparator.GT.met(ten, ten));
        assertTrue(TargetComparator.GE.met(new BigDecimal("10.00"), ten));
        assertFalse(TargetComparator.GE.met(new BigDecimal("9.99"), ten));
        assertTrue(TargetComparator.LT.met(new BigDecimal("9.99"), ten));
        assertFalse(TargetComparator.LT.met(ten, ten));
        assertTrue(TargetComparator.LE.met(ten, ten));
        assertFalse(TargetComparator.LE.met(new BigDecimal("10.5"), ten));
        assertTrue(TargetComparator.EQ.met(new BigDecimal("10.000"), ten));
        assertFalse(TargetComparator.EQ.met(new BigDecimal("10.001"), ten));
        // No report states a tolerance for "khoảng", and nothing is judged without a figure.
        assertNull(TargetComparator.APPROX.met(ten, ten));
        assertNull(TargetComparator.GE.met(null, ten));
    }

    @Test
    void aTargetsComparatorRoundTripsAndOnlyTargetsStateOne() {
        String rate = Fixtures.sum("WORKERS", "PERSON");
        Map<String, Object> t = Fixtures.valueBody(rate, "109", "2021/2025", "1000");
        t.put("kind", "TARGET");
        t.put("comparator", "GE");
        long id = Fixtures.value(t);
        Api.given().get(VALUES + "/" + id).then().statusCode(200).body("comparator", is("GE"));
        Api.given().queryParam("indicator", rate).get(VALUES).then().body("items.comparator", contains("GE"));

        Map<String, Object> a = Fixtures.valueBody(rate, "109", "2022", "1286");
        a.put("comparator", "GT");
        Api.json(a)
                .post(VALUES)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("comparator"))
                .body("errors[0].code", is("COMPARATOR_NOT_ALLOWED"));

        // In an upload too, with the row named; an unknown code is UNKNOWN_CODE.
        String csv = "indicator,unit,period,kind,value,comparator\n"
                + rate + ",109,2022,TARGET,1200,LE\n"
                + rate + ",109,2022,ACTUAL,1286,GE\n"
                + rate + ",109,2023,TARGET,1200,ABOVE\n";
        IndicatorCategoryTest.upload(csv)
                .statusCode(422)
                .body("errors.row", contains(2, 3))
                .body("errors.field", contains("comparator", "comparator"))
                .body("errors.code", contains("COMPARATOR_NOT_ALLOWED", "UNKNOWN_CODE"));
        IndicatorCategoryTest.upload("indicator,unit,period,kind,value,comparator\n"
                        + rate + ",109,2022,TARGET,1200,LE\n"
                        + rate + ",109,2023,TARGET,1200,\n")
                .statusCode(200)
                .body("inserted", is(2));
        Api.given()
                .queryParam("indicator", rate)
                .queryParam("kind", "TARGET")
                .get(VALUES)
                .then()
                .body("items.period", contains("2021/2025", "2022", "2023"))
                .body("items.comparator", contains("GE", "LE", null));

        // Changing only the comparator is a change of the figure: the upload updates it.
        IndicatorCategoryTest.upload(
                        "indicator,unit,period,kind,value,comparator\n" + rate + ",109,2023,TARGET,1200,GT\n")
                .statusCode(200)
                .body("updated", is(1));
    }

    @Test
    void aRollupJudgesTheUnitsOwnTargetByItsComparator() {
        String jobs = Fixtures.sum("JOBS", "PERSON");
        Fixtures.value(jobs, "03391", "2024", "700");
        Fixtures.value(jobs, "03549", "2024", "400");
        target(jobs, "109", "2024", "1000", "GE");
        rollup(jobs, "109", "ACTUAL")
                .body("value", is("1100"))
                .body("target.value", is("1000"))
                .body("target.comparator", is("GE"))
                .body("target.actual", is("1100"))
                .body("target.met", is(true));
        // A target is the unit's own, never summed from its children's; other kinds are not judged.
        rollup(jobs, "109", "TARGET").body("value", is("1000")).body("target", nullValue());

        String poor = Fixtures.sum("POOR", "HOUSEHOLD");
        Fixtures.value(poor, "03391", "2024", "30");
        target(poor, "03391", "2024", "30", "LT");
        rollup(poor, "03391", "ACTUAL").body("target.met", is(false));
        String level = Fixtures.sum("LEVEL", "HOUSEHOLD");
        Fixtures.value(level, "03391", "2024", "30");
        target(level, "03391", "2024", "30", null);
        rollup(level, "03391", "ACTUAL").body("target.comparator", nullValue()).body("target.met", nullValue());

        // A drill-down judges each child by its own target.
        Api.given()
                .queryParams(Map.of("indicator", poor, "unit", "109", "period", "2024"))
                .get("/api/v1/indicator-rollups/children")
                .then()
                .statusCode(200)
                .body("target.target", nullValue())
                .body("children.find { it.unit.code == '03391' }.target.met", is(false))
                .body("children.find { it.unit.code == '03549' }.target", nullValue());
    }

    @Test
    void aPrintedRateWithoutCountsIsJudgedByWhatTheUnitReported() {
        String num = Fixtures.sum("NUM", "HOUSEHOLD");
        String den = Fixtures.sum("DEN", "HOUSEHOLD");
        String rate = Fixtures.ratio(num, den);
        Map<String, Object> printed = Fixtures.valueBody(rate, "03391", "2024", "64.9");
        Fixtures.value(printed);
        target(rate, "03391", "2024", "60", "GE");
        rollup(rate, "03391", "ACTUAL")
                .body("value", nullValue())
                .body("reportedValue", is("64.9"))
                .body("target.actual", is("64.9"))
                .body("target.met", is(true));
    }

    private static void target(String indicator, String unit, String period, String value, String comparator) {
        Map<String, Object> t = Fixtures.valueBody(indicator, unit, period, value);
        t.put("kind", "TARGET");
        if (comparator != null) {
            t.put("comparator", comparator);
        }
        Fixtures.value(t);
    }

    private static io.restassured.response.ValidatableResponse rollup(String indicator, String unit, String kind) {
        return Api.given()
                .queryParams(Map.of("indicator", indicator, "unit", unit, "period", "2024", "kind", kind))
                .get("/api/v1/indicator-rollups")
                .then()
                .statusCode(200);
    }
}
