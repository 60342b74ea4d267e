package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.ingest.FindingFixtures.changes;
import static vn.gnbv.tracker.ingest.FindingFixtures.indicatorFindings;
import static vn.gnbv.tracker.ingest.FindingFixtures.open;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * The indicator rules that add one unit's figures up (docs/findings.md): the categories of a partition against their
 * total, the years of a value that adds over time against their period; each with its numbers, nothing where they hold
 * or where the catalogue says the figures do not add (overlapping categories, stocks).
 */
@QuarkusTest
class FindingIndicatorPartsTest {
    /** Defines an indicator of this test from the catalogue fields given; its code. */
    static String define(Map<String, Object> fields) {
        String code = "FND_P_" + UploadFixtures.RUN + "_" + System.nanoTime();
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "nameVi", "Chỉ tiêu thử " + code));
        body.putAll(fields);
        Api.given()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/indicators")
                .then()
                .statusCode(201);
        return code;
    }

    static Map<String, Object> category(String code, String partition) {
        Map<String, Object> c = new HashMap<>(Map.of("code", code, "nameVi", "Nhóm " + code));
        if (partition != null) {
            c.put("partition", partition);
        }
        return c;
    }

    /** Uploads rows "indicator,unit,period,kind,category,value". */
    static JsonPath values(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = "indicator,unit,period,kind,category,value";
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return FindingFixtures.upload(Upload.csv(UploadFixtures.VALUES, UploadFixtures.csv(lines)));
    }

    /** A number of a finding as plain text without trailing zeros: 4.4, 625000. */
    static String dec(Map<String, Object> f, String field) {
        return new BigDecimal(f.get(field).toString()).stripTrailingZeros().toPlainString();
    }

    @Test
    void theCategoriesOfAPartitionAddUpToTheirTotalAndOverlappingOnesAreNeverSummed() {
        String borrowers = define(Map.of(
                "unitOfMeasure",
                "HOUSEHOLD_TIME",
                "aggregation",
                "SUM",
                "categories",
                List.of(
                        category("POOR", "TARGET_GROUP"),
                        category("NEAR_POOR", "TARGET_GROUP"),
                        category("NEWLY_ESCAPED", "TARGET_GROUP"),
                        category("ETHNIC_MINORITY", null))));
        JsonPath r = values(
                // Lục Bình, 4 months: 21 borrowers "of which 11 poor, 5 near-poor, 4 newly escaped" = 20, all stated.
                borrowers + ",058,2023H1,ACTUAL,,21",
                borrowers + ",058,2023H1,ACTUAL,POOR,11",
                borrowers + ",058,2023H1,ACTUAL,NEAR_POOR,5",
                borrowers + ",058,2023H1,ACTUAL,NEWLY_ESCAPED,4",
                // Parts above their total, not all stated: 4 + 17 > 19.
                borrowers + ",109,2024,PLAN,,19",
                borrowers + ",109,2024,PLAN,POOR,4",
                borrowers + ",109,2024,PLAN,NEAR_POOR,17",
                // Below the total with a group unstated (they may be the rest), and an overlapping category that
                // would push the sum above it if it were added: nothing.
                borrowers + ",058,2022,ACTUAL,,50",
                borrowers + ",058,2022,ACTUAL,POOR,10",
                borrowers + ",058,2022,ACTUAL,NEAR_POOR,20",
                borrowers + ",058,2022,ACTUAL,ETHNIC_MINORITY,45",
                // Every group stated and equal: holds.
                borrowers + ",109,2022,ACTUAL,,20",
                borrowers + ",109,2022,ACTUAL,POOR,5",
                borrowers + ",109,2022,ACTUAL,NEAR_POOR,7",
                borrowers + ",109,2022,ACTUAL,NEWLY_ESCAPED,8");
        assertEquals(List.of("CATEGORIES_VS_TOTAL OPENED", "CATEGORIES_VS_TOTAL OPENED"), changes(r), r.prettify());
        List<Map<String, Object>> found = open(indicatorFindings(borrowers), "CATEGORIES_VS_TOTAL");
        Map<String, Object> complete = found.stream()
                .filter(f -> "2023H1".equals(f.get("period")))
                .findFirst()
                .orElseThrow();
        assertEquals("20", dec(complete, "expected"));
        assertEquals("21", dec(complete, "actual"));
        assertEquals("TARGET_GROUP", ((Map<?, ?>) complete.get("subject")).get("partition"));
        assertEquals(4, ((List<?>) complete.get("figures")).size(), "the total and its three groups");
        Map<String, Object> above = found.stream()
                .filter(f -> "2024".equals(f.get("period")))
                .findFirst()
                .orElseThrow();
        assertEquals("21", dec(above, "expected"));
        assertEquals("19", dec(above, "actual"));
        // The catalogue shows the partition.
        JsonPath def = Api.given()
                .queryParam("q", borrowers)
                .get("/api/v1/indicators")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                List.of("TARGET_GROUP", "TARGET_GROUP", "TARGET_GROUP"),
                def.getList("items[0].categories.findAll { it.partition != null }.partition"));
    }

    @Test
    void onlyTheCategoriesOfASumIndicatorMayPartitionIt() {
        Map<String, Object> body = new HashMap<>(Map.of(
                "code",
                "FND_P_" + UploadFixtures.RUN + "_NONE",
                "nameVi",
                "Tỷ lệ giảm thử",
                "unitOfMeasure",
                "PERCENT",
                "aggregation",
                "NONE",
                "categories",
                List.of(category("POOR", "TARGET_GROUP"))));
        Api.given()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/indicators")
                .then()
                .statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("categories[0].partition"))
                .body("errors[0].code", org.hamcrest.Matchers.equalTo("NOT_ALLOWED"));
    }

    @Test
    void aPeriodOfAFlowIsTheSumOfItsYearsAndAStockNeverAdds() {
        String jobs = define(Map.of("unitOfMeasure", "PERSON", "aggregation", "SUM", "addsOverTime", true));
        String stock = define(Map.of("unitOfMeasure", "PERSON", "aggregation", "SUM"));
        String[] rows = {
            // Phong Thổ: 2020-2023 "5.896" but its years add up to 5.796.
            ",109,2020/2023,ACTUAL,,5896",
            ",109,2020,ACTUAL,,1156",
            ",109,2021,ACTUAL,,1322",
            ",109,2022,ACTUAL,,1286",
            ",109,2023,ACTUAL,,2032",
            // Bắc Kạn city: 2021-2024 "30" but 2023 alone 48 (parts above, not every year stated).
            ",058,2021/2024,ACTUAL,,30",
            ",058,2023,ACTUAL,,48",
            // Every year stated and equal; a year below its period with others unstated; a plan: nothing.
            ",109,2016/2019,ACTUAL,,4546",
            ",109,2016,ACTUAL,,880",
            ",109,2017,ACTUAL,,1198",
            ",109,2018,ACTUAL,,1208",
            ",109,2019,ACTUAL,,1260",
            ",058,2016/2018,ACTUAL,,525",
            ",058,2017,ACTUAL,,69",
            ",058,2024/2025,PLAN,,8",
            ",058,2024,PLAN,,20"
        };
        String[] all = new String[rows.length * 2];
        for (int i = 0; i < rows.length; i++) {
            all[i] = jobs + rows[i];
            all[rows.length + i] = stock + rows[i];
        }
        JsonPath r = values(all);
        assertEquals(List.of("YEARS_VS_PERIOD OPENED", "YEARS_VS_PERIOD OPENED"), changes(r), r.prettify());
        assertEquals(List.of(), open(indicatorFindings(stock), "YEARS_VS_PERIOD"));
        List<Map<String, Object>> found = open(indicatorFindings(jobs), "YEARS_VS_PERIOD");
        Map<String, Object> complete = found.stream()
                .filter(f -> "2020/2023".equals(f.get("period")))
                .findFirst()
                .orElseThrow();
        assertEquals("5796", dec(complete, "expected"));
        assertEquals("5896", dec(complete, "actual"));
        assertEquals(5, ((List<?>) complete.get("figures")).size(), "the period and its four years");
        Map<String, Object> above = found.stream()
                .filter(f -> "2021/2024".equals(f.get("period")))
                .findFirst()
                .orElseThrow();
        assertEquals("48", dec(above, "expected"));
    }

    @Test
    void aChangeOverYearsIsTheSumOrTheYearlyAverageOfItsYears() {
        String level = define(Map.of("unitOfMeasure", "PERCENT", "aggregation", "NONE"));
        String change = define(Map.of(
                "unitOfMeasure",
                "PERCENT",
                "aggregation",
                "NONE",
                "addsOverTime",
                true,
                "changeOf",
                level,
                "changeDirection",
                "DECREASE"));
        JsonPath r = values(
                // Phong Thổ: "bình quân 5,9" over 3,2; 3,9; 4,62; 5,88 (sum 17,6, average 4,40).
                change + ",109,2020/2023,ACTUAL,,5.9",
                change + ",109,2020,ACTUAL,,3.2",
                change + ",109,2021,ACTUAL,,3.9",
                change + ",109,2022,ACTUAL,,4.62",
                change + ",109,2023,ACTUAL,,5.88",
                // Their average and their sum, each within the printed decimals: nothing.
                change + ",058,2020/2023,ACTUAL,,4.4",
                change + ",058,2020,ACTUAL,,3.2",
                change + ",058,2021,ACTUAL,,3.9",
                change + ",058,2022,ACTUAL,,4.62",
                change + ",058,2023,ACTUAL,,5.88",
                change + ",058,2016/2017,ACTUAL,,8.5",
                change + ",058,2016,ACTUAL,,4.62",
                change + ",058,2017,ACTUAL,,3.9");
        assertEquals(List.of("YEARS_VS_PERIOD OPENED"), changes(r), r.prettify());
        Map<String, Object> f =
                open(indicatorFindings(change), "YEARS_VS_PERIOD").get(0);
        assertEquals("109", ((Map<?, ?>) f.get("unit")).get("code"));
        assertEquals("4.4", dec(f, "expected"), "the nearer of the sum and the average");
        assertTrue(((String) f.get("relation")).contains("yearly average"), (String) f.get("relation"));
    }
}
