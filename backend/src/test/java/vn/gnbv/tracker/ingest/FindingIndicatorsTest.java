package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.ingest.FindingFixtures.changes;
import static vn.gnbv.tracker.ingest.FindingFixtures.indicatorFindings;
import static vn.gnbv.tracker.ingest.FindingFixtures.open;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * The indicator rules (docs/findings.md): a stated rate against its counts beyond the report's own rounding, a share
 * outside [0, 100], a summable value below the sum of its children's; each with its numbers, nothing where they hold.
 */
@QuarkusTest
class FindingIndicatorsTest {
    private static String ratio(String num, String den) {
        String code = "FND_R_" + UploadFixtures.RUN + "_" + System.nanoTime();
        Api.given()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        code,
                        "nameVi",
                        "Tỷ lệ thử",
                        "unitOfMeasure",
                        "PERCENT",
                        "aggregation",
                        "RATIO",
                        "numerator",
                        num,
                        "denominator",
                        den,
                        "scale",
                        100))
                .post("/api/v1/indicators")
                .then()
                .statusCode(201);
        return code;
    }

    private static JsonPath values(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = UploadFixtures.VALUE_HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return FindingFixtures.upload(Upload.csv(UploadFixtures.VALUES, UploadFixtures.csv(lines)));
    }

    @Test
    void aStatedRateIsItsCountsRatioUpToItsLastPrintedDecimal() {
        String latrines = UploadFixtures.indicator("HOUSEHOLD");
        String households = UploadFixtures.indicator("HOUSEHOLD");
        String rate = ratio(latrines, households);
        // Bắc Kạn city: 235 / 362 = 64,917 %, printed 64,9 %: the report's rounding, no finding.
        JsonPath ok = values(
                latrines + ",058,2023,ACTUAL,235,",
                households + ",058,2023,ACTUAL,362,",
                rate + ",058,2023,ACTUAL,64.9,",
                // Phong Thổ: 696 / 858 = 81,12 %, printed 81,82 %.
                latrines + ",109,2023,ACTUAL,696,",
                households + ",109,2023,ACTUAL,858,",
                rate + ",109,2023,ACTUAL,81.82,");
        assertEquals(List.of("RATE_VS_COUNTS OPENED"), changes(ok), ok.prettify());
        Map<String, Object> f = open(indicatorFindings(rate), "RATE_VS_COUNTS").get(0);
        assertEquals("109", ((Map<?, ?>) f.get("unit")).get("code"));
        assertEquals(new BigDecimal("81.82"), new BigDecimal(f.get("actual").toString()));
        assertEquals(
                new BigDecimal("81.12"),
                new BigDecimal(f.get("expected").toString()).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void aFindingNamesItsFiguresLocatorsAndItsUnitsCode() {
        // The rules read a narrow copy of the values; the unit's code and each figure's locator are looked up for
        // the findings they make.
        String latrines = UploadFixtures.indicator("HOUSEHOLD");
        String households = UploadFixtures.indicator("HOUSEHOLD");
        String rate = ratio(latrines, households);
        String[] lines = {
            "indicator,unit,period,kind,value,note,locator",
            latrines + ",109,2024,ACTUAL,696,,Bảng 2 dòng 4",
            households + ",109,2024,ACTUAL,858,,Bảng 2 dòng 5",
            rate + ",109,2024,ACTUAL,81.82,,\"Bảng 2, dòng 6\""
        };
        FindingFixtures.upload(Upload.csv(UploadFixtures.VALUES, UploadFixtures.csv(lines)));
        Map<String, Object> f = open(indicatorFindings(rate), "RATE_VS_COUNTS").get(0);
        assertEquals("109", ((Map<?, ?>) f.get("subject")).get("unit"), f.toString());
        Map<String, String> locators = new java.util.TreeMap<>();
        for (Object o : (List<?>) f.get("figures")) {
            Map<?, ?> figure = (Map<?, ?>) o;
            locators.put((String) figure.get("role"), (String) figure.get("locator"));
        }
        assertEquals(
                Map.of("rate", "Bảng 2, dòng 6", "numerator", "Bảng 2 dòng 4", "denominator", "Bảng 2 dòng 5"),
                locators,
                f.toString());
    }

    @Test
    void aShareAbove100IsFlagged() {
        String share = UploadFixtures.indicator("PERCENT");
        JsonPath r = values(share + ",109,2021,ACTUAL,1132.2,", share + ",109,2022,ACTUAL,99.5,");
        assertEquals(List.of("SHARE_OUT_OF_RANGE OPENED"), changes(r), r.prettify());
        assertEquals(
                "2021",
                open(indicatorFindings(share), "SHARE_OUT_OF_RANGE").get(0).get("period"));
    }

    @Test
    void aDistrictsCountBelowItsCommunesIsFound() {
        String poor = UploadFixtures.indicator("HOUSEHOLD");
        JsonPath r = values(
                poor + ",109,2023,ACTUAL,100,",
                poor + ",03589,2023,ACTUAL,70,",
                poor + ",03490,2023,ACTUAL,50,",
                // Only some communes, below the district: they may be a part.
                poor + ",109,2022,ACTUAL,100,",
                poor + ",03589,2022,ACTUAL,60,");
        assertEquals(List.of("TOTAL_VS_PARTS OPENED"), changes(r), r.prettify());
        Map<String, Object> f = open(indicatorFindings(poor), "TOTAL_VS_PARTS").get(0);
        assertEquals("2023", f.get("period"));
        assertEquals(120L, ((Number) f.get("expected")).longValue());
    }

    @Test
    void twoReportsStatingOneValueDifferentlyAreBothShown() {
        String poor = UploadFixtures.indicator("HOUSEHOLD");
        long annual = FindingFixtures.report("109", LocalDate.of(2024, 1, 15));
        long review = FindingFixtures.report("109", LocalDate.of(2024, 8, 1));
        String row = poor + ",109,2023,ACTUAL,538,";
        FindingFixtures.upload(Upload.csv(UploadFixtures.VALUES, UploadFixtures.csv(UploadFixtures.VALUE_HEADER, row))
                .report(annual));
        JsonPath r = FindingFixtures.upload(Upload.csv(
                        UploadFixtures.VALUES,
                        UploadFixtures.csv(UploadFixtures.VALUE_HEADER, row.replace(",538,", ",356,")))
                .report(review));
        assertEquals(List.of("REPORTS_DISAGREE OPENED"), changes(r), r.prettify());
        Map<String, Object> f =
                open(indicatorFindings(poor), "REPORTS_DISAGREE").get(0);
        assertEquals(182L, ((Number) f.get("difference")).longValue(), "the highest value − the lowest");
        List<Map<String, Object>> figures = (List<Map<String, Object>>) f.get("figures");
        assertEquals(
                List.of("other 538", "current 356"),
                figures.stream().map(x -> x.get("role") + " " + x.get("value")).toList());
        // The older report restates its figure as the newer one has it: they agree, the finding is resolved.
        JsonPath agreed = FindingFixtures.upload(Upload.csv(
                        UploadFixtures.VALUES,
                        UploadFixtures.csv(UploadFixtures.VALUE_HEADER, row.replace(",538,", ",356,")))
                .report(annual));
        assertEquals(List.of("REPORTS_DISAGREE RESOLVED"), changes(agreed), agreed.prettify());
    }
}
