package vn.gnbv.tracker.ingest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.ingest.FindingFixtures.changes;
import static vn.gnbv.tracker.ingest.FindingFixtures.indicatorFindings;
import static vn.gnbv.tracker.ingest.FindingFixtures.open;
import static vn.gnbv.tracker.ingest.FindingIndicatorPartsTest.dec;
import static vn.gnbv.tracker.ingest.FindingIndicatorPartsTest.define;
import static vn.gnbv.tracker.ingest.FindingIndicatorPartsTest.values;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * The indicator rules that compare one key over time (docs/findings.md): a stated change against the two levels it
 * compares, a value against its own other periods, a year against the year before; each with its numbers, nothing
 * where they hold.
 */
@QuarkusTest
class FindingIndicatorHistoryTest {
    private static Map<String, Object> period(List<Map<String, Object>> found, String period) {
        return found.stream()
                .filter(f -> period.equals(f.get("period")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding on " + period + " in " + found));
    }

    @Test
    void aStatedChangeIsTheDifferenceOfItsLevelsOrItsYearlyAverage() {
        String poor = define(Map.of("unitOfMeasure", "HOUSEHOLD", "aggregation", "SUM"));
        String reduced = define(Map.of(
                "unitOfMeasure", "HOUSEHOLD", "aggregation", "SUM", "changeOf", poor, "changeDirection", "DECREASE"));
        String rate = define(Map.of("unitOfMeasure", "PERCENT", "aggregation", "NONE"));
        String rateDown = define(Map.of(
                "unitOfMeasure", "PERCENT", "aggregation", "NONE", "changeOf", rate, "changeDirection", "DECREASE"));
        JsonPath r = values(
                // Bắc Giang city: 538 (2015) → 356 (2017) "giảm 952 hộ - tương ứng giảm 2,69%" (1,36 → 0,85).
                poor + ",109,2015,ACTUAL,,538",
                poor + ",109,2017,ACTUAL,,356",
                reduced + ",109,2016/2017,ACTUAL,,952",
                rate + ",109,2015,ACTUAL,,1.36",
                rate + ",109,2017,ACTUAL,,0.85",
                rateDown + ",109,2016/2017,ACTUAL,,2.69",
                // A yearly average from the phase's baseline (2,76 → 1,96 over three years: 0,27), a whole
                // difference, a change printed from levels that were rounded (1,36 − 0,85 printed 0,52), a stated
                // bound (a TARGET with a comparator is not a level): nothing.
                rate + ",058,2021/2025,BASELINE,,2.76",
                rate + ",058,2023,ACTUAL,,1.96",
                rateDown + ",058,2021/2023,ACTUAL,,0.27",
                poor + ",058,2020,ACTUAL,,300",
                poor + ",058,2023,ACTUAL,,240",
                reduced + ",058,2021/2023,ACTUAL,,60",
                rate + ",058,2015,ACTUAL,,1.36",
                rate + ",058,2017,ACTUAL,,0.85",
                rateDown + ",058,2016/2017,ACTUAL,,0.52");
        assertEquals(List.of("CHANGE_VS_LEVELS OPENED", "CHANGE_VS_LEVELS OPENED"), changes(r), r.prettify());
        Map<String, Object> households =
                open(indicatorFindings(reduced), "CHANGE_VS_LEVELS").get(0);
        assertEquals("182", dec(households, "expected"));
        assertEquals("952", dec(households, "actual"));
        assertEquals(
                List.of("change", "start", "end"),
                ((List<Map<String, Object>>) households.get("figures"))
                        .stream().map(x -> x.get("role")).toList());
        Map<String, Object> points =
                open(indicatorFindings(rateDown), "CHANGE_VS_LEVELS").get(0);
        assertEquals("109", ((Map<?, ?>) points.get("unit")).get("code"));
        assertEquals("0.51", dec(points, "expected"));
        assertEquals("2015", ((Map<?, ?>) points.get("subject")).get("from"));
    }

    @Test
    void theCatalogueRelatesAChangeToItsLevel() {
        String level = define(Map.of("unitOfMeasure", "PERCENT", "aggregation", "NONE"));
        String change = define(Map.of(
                "unitOfMeasure", "PERCENT", "aggregation", "NONE", "changeOf", level, "changeDirection", "DECREASE"));
        Api.given()
                .queryParam("q", change)
                .get("/api/v1/indicators")
                .then()
                .statusCode(200)
                .body("items[0].changeOf", is(level))
                .body("items[0].changeDirection", is("DECREASE"))
                .body("items[0].addsOverTime", is(false));
        String households = define(Map.of("unitOfMeasure", "HOUSEHOLD", "aggregation", "SUM"));
        for (Object[] bad : new Object[][] {
            {Map.of("changeOf", "NO_SUCH_" + UploadFixtures.RUN, "changeDirection", "DECREASE"), "UNKNOWN_INDICATOR"},
            {Map.of("changeOf", households, "changeDirection", "DECREASE"), "NOT_ALLOWED"},
            {Map.of("changeOf", level), "MISSING"}
        }) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of(
                    "code", "FND_H_" + UploadFixtures.RUN + "_" + System.nanoTime(),
                    "nameVi", "Tỷ lệ giảm thử",
                    "unitOfMeasure", "PERCENT",
                    "aggregation", "NONE"));
            body.putAll((Map<String, Object>) bad[0]);
            Api.given()
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/indicators")
                    .then()
                    .statusCode(422)
                    .body("errors[0].code", equalTo(bad[1]));
        }
    }

    @Test
    void aValueFarFromItsOwnHistoryAndAJumpBetweenYearsAreFound() {
        // Not summable, so the communes' values are not compared with the district's.
        String jobs = define(Map.of("unitOfMeasure", "PERSON", "aggregation", "NONE"));
        JsonPath r = values(
                // "1.250 nghìn" for ~1.250: 1.000 times the median of its other years, and 10 times the year before.
                jobs + ",109,2021,ACTUAL,,1200",
                jobs + ",109,2022,ACTUAL,,1300",
                jobs + ",109,2023,ACTUAL,,1250000",
                // 15 times the year before, far below 500 times its history: a jump only.
                jobs + ",058,2021,ACTUAL,,100",
                jobs + ",058,2022,ACTUAL,,1500",
                // A year 1/1000 of its history (three others or more): too small, and a jump down; the first year
                // is not "too small" against the median of two that the slip is one of.
                jobs + ",03589,2021,ACTUAL,,12000",
                jobs + ",03589,2022,ACTUAL,,13000",
                jobs + ",03589,2023,ACTUAL,,11000",
                jobs + ",03589,2024,ACTUAL,,12",
                // Nothing: growth below the factor, a zero, other kinds and quarters, non-consecutive years.
                jobs + ",03490,2019,ACTUAL,,0",
                jobs + ",03490,2020,ACTUAL,,100",
                jobs + ",03490,2021,ACTUAL,,900",
                jobs + ",03490,2021,TARGET,,5",
                jobs + ",03490,2021Q1,ACTUAL,,10",
                jobs + ",03490,2023,ACTUAL,,9000");
        assertEquals(
                List.of(
                        "MAGNITUDE_VS_HISTORY OPENED",
                        "MAGNITUDE_VS_HISTORY OPENED",
                        "YEAR_OVER_YEAR_JUMP OPENED",
                        "YEAR_OVER_YEAR_JUMP OPENED",
                        "YEAR_OVER_YEAR_JUMP OPENED"),
                changes(r),
                r.prettify());
        List<Map<String, Object>> all = indicatorFindings(jobs);
        List<Map<String, Object>> magnitude = open(all, "MAGNITUDE_VS_HISTORY");
        Map<String, Object> big = period(magnitude, "2023");
        assertEquals("625000", dec(big, "expected"), "500 × the median 1.250");
        assertEquals("1250000", dec(big, "actual"));
        assertEquals("24", dec(period(magnitude, "2024"), "expected"), "the median 12.000 / 500");
        List<Map<String, Object>> jumps = open(all, "YEAR_OVER_YEAR_JUMP");
        assertEquals(
                List.of("03589 2024", "058 2022", "109 2023"),
                jumps.stream()
                        .map(f -> ((Map<?, ?>) f.get("unit")).get("code") + " " + f.get("period"))
                        .sorted()
                        .toList());
        assertEquals("13000", dec(period(jumps, "2023"), "expected"), "10 × 1.300");
        assertEquals("1000", dec(period(jumps, "2022"), "expected"), "10 × the year before");
        assertEquals("1100", dec(period(jumps, "2024"), "expected"), "the year before / 10");
    }
}
