package vn.gnbv.tracker.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * The indicator annex shows every period a unit states within the years asked — halves, quarters, months and ranges
 * of years, not only whole years — in order, with Vietnamese headings, and leaves out what reaches outside them.
 */
@QuarkusTest
class IndicatorAnnexPeriodsTest {
    private static final String COMMUNE = "03589";
    private static final String AS_OF = "2024-06-01";

    private static String indicator() {
        String code = "ANX_P" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Map<String, Object> body = Map.of(
                "code", code, "nameVi", "Chỉ tiêu thử kỳ báo cáo", "unitOfMeasure", "HOUSEHOLD", "aggregation", "SUM");
        Api.json(body).post("/api/v1/indicators").then().statusCode(201);
        return code;
    }

    private static void value(String indicator, String period, String value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", indicator);
        m.put("unit", COMMUNE);
        m.put("unitAsOf", AS_OF);
        m.put("period", period);
        m.put("kind", "ACTUAL");
        m.put("value", value);
        Api.json(m).post("/api/v1/indicator-values").then().statusCode(201);
    }

    private static Map<String, Object> params(String format) {
        return Map.of(
                "program",
                ApiFigures.PROGRAM,
                "unit",
                COMMUNE,
                "asOf",
                AS_OF,
                "yearFrom",
                2022,
                "yearTo",
                2023,
                "format",
                format);
    }

    @Test
    void everyPeriodStatedWithinTheYearsIsAColumn() throws IOException {
        String code = indicator();
        Map<String, String> stated = new LinkedHashMap<>();
        stated.put("2022", "10");
        stated.put("2023", "40");
        stated.put("2023H1", "25");
        stated.put("2023Q2", "12");
        stated.put("2023-05", "4");
        stated.put("2022/2023", "50");
        stated.forEach((p, v) -> value(code, p, v));
        value(code, "2024Q1", "7"); // after the range
        value(code, "2021/2023", "60"); // reaches before it

        String csv = new String(
                ExportSheetsTest.download("/api/v1/exports/indicators", params("csv"), "text/csv"),
                StandardCharsets.UTF_8);
        Map<String, String> byPeriod = new LinkedHashMap<>();
        List<List<String>> rows = Csv.parse(csv);
        List<String> head = rows.get(0);
        for (List<String> r : rows.subList(1, rows.size())) {
            if (code.equals(r.get(head.indexOf("indicator")))) {
                byPeriod.put(r.get(head.indexOf("period")), r.get(head.indexOf("actual")));
            }
        }
        assertEquals(stated, byPeriod, csv);

        byte[] xlsx = ExportSheetsTest.download("/api/v1/exports/indicators", params("xlsx"), ApiFigures.XLSX);
        try (XSSFWorkbook wb = ExportSheetsTest.book(xlsx)) {
            Sheet s = wb.getSheet("Chỉ tiêu");
            Row top = s.getRow(IndicatorSheet.HEADER_ROW);
            List<String> headings = new ArrayList<>();
            for (int c = IndicatorSheet.FIRST_FIGURE_COLUMN; c < top.getLastCellNum(); c += 4) {
                headings.add(top.getCell(c).getStringCellValue());
            }
            assertEquals(
                    List.of(
                            "Năm 2022",
                            "Năm 2023",
                            "6 tháng đầu năm 2023",
                            "Quý II/2023",
                            "Tháng 5/2023",
                            "Cả kỳ 2022–2023"),
                    headings);
            Row row = null;
            for (int r = IndicatorSheet.FIRST_DATA_ROW; ExportSheetsTest.text(s.getRow(r), 1) != null; r++) {
                if (code.equals(ExportSheetsTest.text(s.getRow(r), 1))) {
                    row = s.getRow(r);
                }
            }
            assertTrue(row != null, "the indicator has its row");
            List<String> values = new ArrayList<>();
            for (int p = 0; p < headings.size(); p++) {
                values.add(String.valueOf((long) row.getCell(IndicatorSheet.FIRST_FIGURE_COLUMN + 4 * p + 2)
                        .getNumericCellValue()));
            }
            assertEquals(List.of("10", "40", "25", "12", "4", "50"), values);
        }
    }

    @Test
    void periodHeadingsAreVietnamese() {
        assertEquals("Năm 2024", Labels.period("2024"));
        assertEquals("6 tháng cuối năm 2024", Labels.period("2024H2"));
        assertEquals("Quý IV/2024", Labels.period("2024Q4"));
        assertEquals("Tháng 12/2024", Labels.period("2024-12"));
        assertEquals("Cả kỳ 2021–2025", Labels.period("2021/2025"));
        assertEquals("quý I/2024", Labels.periodInProse("2024Q1"));
        assertEquals("6 tháng đầu năm 2024", Labels.periodInProse("2024H1"));
    }
}
