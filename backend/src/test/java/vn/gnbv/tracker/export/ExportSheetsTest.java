package vn.gnbv.tracker.export;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.ingest.DemoUploads;

/**
 * The annexes re-read with POI (and their CSV tables) give back exactly what the API answers for the same unit,
 * program and date, on the seed reports' figures: Phong Thổ's (109) funding, Bắc Kạn city's (058) indicators.
 */
@QuarkusTest
class ExportSheetsTest {
    static final String AS_OF = "2024-08-01";
    static final String[] FUNDING_FIELDS = {
        "carriedInVnd", "assignedVnd", "availableVnd", "disbursedVnd", null, "carriedOutVnd"
    };

    @Inject
    DemoUploads loader;

    @BeforeEach
    void demo() {
        ApiFigures.demo(loader);
    }

    static byte[] download(String path, Map<String, ?> params, String type) {
        return Api.given()
                .accept(type + ", application/problem+json")
                .queryParams(params)
                .get(path)
                .then()
                .statusCode(200)
                .contentType(startsWith(type))
                .header("Content-Disposition", containsString("attachment; filename="))
                .extract()
                .asByteArray();
    }

    static XSSFWorkbook book(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static String text(Row row, int col) {
        Cell c = row == null ? null : row.getCell(col);
        return c == null || c.getCellType() != CellType.STRING ? null : c.getStringCellValue();
    }

    /** The groups of a sheet's header row: "2021", …, and "" for the whole range. */
    static List<String> groups(Row top, int first, int width) {
        List<String> out = new ArrayList<>();
        for (int c = first; c < top.getLastCellNum(); c += width) {
            String h = top.getCell(c).getStringCellValue();
            out.add(h.startsWith("Năm ") ? h.substring(4) : "");
        }
        return out;
    }

    @Inject
    DataSource ds;

    @Test
    void aPeriodTheProvinceApprovedSaysApproved() throws Exception {
        // The province's approval of 2021 covers Phong Thổ's figures; 2022 is nobody's approval yet.
        String key = " from admin_unit u, program p where u.code = '12' and u.valid_to is not null and p.code = '"
                + ApiFigures.PROGRAM + "'";
        sql("insert into sign_off (unit_id, program_id, dataset, period, fiscal_year, status, changed_by, changed_at)"
                + " select u.id, p.id, 'FUNDING', '2021', 2021, 'APPROVED', 'test', now()" + key);
        try {
            byte[] xlsx = download(
                    "/api/v1/exports/funding-summary",
                    Map.of("program", ApiFigures.PROGRAM, "unit", "109", "asOf", AS_OF),
                    ApiFigures.XLSX);
            try (XSSFWorkbook wb = book(xlsx)) {
                Sheet s = wb.getSheet("Vốn");
                assertTrue(text(s.getRow(0), 0).startsWith("DỰ THẢO"), "not every period is approved");
                assertTrue(text(s.getRow(1), 0).contains("2021 Đã phê duyệt"), text(s.getRow(1), 0));
                assertTrue(text(s.getRow(1), 0).contains("2022 Dự thảo"), text(s.getRow(1), 0));
            }
        } finally {
            sql("delete from sign_off a using admin_unit u, program p where a.unit_id = u.id and a.program_id = p.id"
                    + " and u.code = '12' and u.valid_to is not null and p.code = '" + ApiFigures.PROGRAM + "'"
                    + " and a.period = '2021' and a.dataset = 'FUNDING'");
        }
    }

    private void sql(String statement) throws Exception {
        try (java.sql.Connection c = ds.getConnection();
                java.sql.Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    @Test
    void fundingSheetHoldsTheSummaryExactly() throws IOException {
        Map<String, JsonNode> api = ApiFigures.summary("109", AS_OF);
        byte[] xlsx = download(
                "/api/v1/exports/funding-summary",
                Map.of("program", ApiFigures.PROGRAM, "unit", "109", "asOf", AS_OF),
                ApiFigures.XLSX);
        try (XSSFWorkbook wb = book(xlsx)) {
            Sheet s = wb.getSheet("Vốn");
            assertTrue(text(s.getRow(0), 0).startsWith("DỰ THẢO"), "unapproved figures say DRAFT first");
            assertTrue(text(s.getRow(1), 0).contains("2023 Dự thảo"));
            assertTrue(text(s.getRow(3), 0).contains("Huyện Phong Thổ (mã 109)"));
            assertEquals("Đơn vị tính: triệu đồng", text(s.getRow(4), 0));
            List<String> groups = groups(s.getRow(FundingSheet.HEADER_ROW), FundingSheet.FIRST_FIGURE_COLUMN, 6);
            assertEquals(List.of("2021", "2022", "2023", "2024", "2025", ""), groups);
            int cells = 0;
            int r = FundingSheet.FIRST_DATA_ROW;
            for (Row row = s.getRow(r); row != null && row.getCell(3) != null; row = s.getRow(++r)) {
                String code = text(row, 1) == null ? "" : text(row, 1);
                for (int g = 0; g < groups.size(); g++) {
                    JsonNode want = api.get(code + "|" + groups.get(g));
                    int col = FundingSheet.FIRST_FIGURE_COLUMN + 6 * g;
                    if (want == null) {
                        for (int i = 0; i < 6; i++) {
                            assertEquals(
                                    CellType.BLANK, row.getCell(col + i).getCellType(), code + " " + groups.get(g));
                        }
                        continue;
                    }
                    cells++;
                    for (int i = 0; i < 6; i++) {
                        Cell c = row.getCell(col + i);
                        String where = code + " " + groups.get(g) + " column " + i;
                        if (FUNDING_FIELDS[i] == null) {
                            BigDecimal rate = ApiFigures.rate(want);
                            if (rate == null) {
                                assertEquals(CellType.BLANK, c.getCellType(), where);
                            } else {
                                assertEquals(0, rate.compareTo(BigDecimal.valueOf(c.getNumericCellValue())), where);
                                assertEquals("0.00%", c.getCellStyle().getDataFormatString());
                            }
                        } else {
                            long exact = ApiFigures.vnd(want, FUNDING_FIELDS[i]);
                            assertEquals(exact, (long) c.getNumericCellValue(), where);
                            // shown in triệu đồng: the format divides by 10⁶, the value stays in đồng
                            assertTrue(c.getCellStyle().getDataFormatString().endsWith(",,"), where);
                        }
                    }
                }
            }
            assertEquals(api.size(), cells, "every row of the summary is in the sheet, once");
            assertTrue(cells > 20, "Phong Thổ's seed report states many cells: " + cells);
            boolean source = false;
            for (; r <= s.getLastRowNum(); r++) {
                String t = text(s.getRow(r), 0);
                source |= t != null && t.startsWith("- Báo cáo số") && t.contains("Huyện Phong Thổ");
            }
            assertTrue(source, "the note names the report the lines cite");
        }
    }

    @Test
    void fundingCsvHoldsTheSummaryExactly() {
        Map<String, JsonNode> api = ApiFigures.summary("109", AS_OF);
        String csv = new String(
                download(
                        "/api/v1/exports/funding-summary",
                        Map.of("program", ApiFigures.PROGRAM, "unit", "109", "asOf", AS_OF, "format", "csv"),
                        "text/csv"),
                StandardCharsets.UTF_8);
        List<List<String>> rows = Csv.parse(csv);
        assertEquals(List.of(AnnexCsv.FUNDING), rows.get(0));
        assertEquals(api.size(), rows.size() - 1, "one CSV row per summary cell");
        for (List<String> r : rows.subList(1, rows.size())) {
            JsonNode want = api.get(r.get(1) + "|" + r.get(4));
            assertNotNull(want, r.toString());
            assertEquals("DRAFT", r.get(0));
            assertEquals(ApiFigures.vnd(want, "carriedInVnd"), Long.parseLong(r.get(5)));
            assertEquals(ApiFigures.vnd(want, "assignedVnd"), Long.parseLong(r.get(6)));
            assertEquals(ApiFigures.vnd(want, "availableVnd"), Long.parseLong(r.get(7)));
            assertEquals(ApiFigures.vnd(want, "disbursedVnd"), Long.parseLong(r.get(8)));
            BigDecimal rate = ApiFigures.rate(want);
            assertEquals(rate == null ? "" : rate.toPlainString(), r.get(9), r.toString());
            assertEquals(ApiFigures.vnd(want, "carriedOutVnd"), Long.parseLong(r.get(10)));
        }
        // Accept: text/csv asks for the same table
        String byAccept = new String(
                download(
                        "/api/v1/exports/funding-summary",
                        Map.of("program", ApiFigures.PROGRAM, "unit", "109", "asOf", AS_OF),
                        "text/csv"),
                StandardCharsets.UTF_8);
        assertEquals(csv, byAccept);
    }

    @Test
    void indicatorSheetHoldsTheRollupsExactly() throws IOException {
        String asOf = "2024-01-01";
        byte[] xlsx = download(
                "/api/v1/exports/indicators",
                Map.of("program", ApiFigures.PROGRAM, "unit", "058", "asOf", asOf),
                ApiFigures.XLSX);
        try (XSSFWorkbook wb = book(xlsx)) {
            Sheet s = wb.getSheet("Chỉ tiêu");
            assertTrue(text(s.getRow(0), 0).startsWith("DỰ THẢO"));
            Row top = s.getRow(IndicatorSheet.HEADER_ROW);
            // Bắc Kạn city states half-years and ranges of years besides the years: each is a column of its own.
            List<String> periods =
                    List.of("2021", "2022", "2023", "2024", "2024H1", "2025", "2021/2023", "2021/2024", "2021/2025");
            List<String> headings = new ArrayList<>();
            for (int c = IndicatorSheet.FIRST_FIGURE_COLUMN; c < top.getLastCellNum(); c += 4) {
                headings.add(top.getCell(c).getStringCellValue());
            }
            assertEquals(periods.stream().map(Labels::period).toList(), headings);
            List<String> codes = new ArrayList<>();
            int figures = 0;
            for (int r = IndicatorSheet.FIRST_DATA_ROW; text(s.getRow(r), 1) != null; r++) {
                Row row = s.getRow(r);
                String code = text(row, 1);
                codes.add(code);
                for (int p = 0; p < periods.size(); p++) {
                    JsonNode want = ApiFigures.rollup(code, "058", periods.get(p), asOf);
                    int col = IndicatorSheet.FIRST_FIGURE_COLUMN + 4 * p;
                    figures += same(ApiFigures.target(want), row.getCell(col + 1), code + " target " + periods.get(p));
                    figures += same(ApiFigures.actual(want), row.getCell(col + 2), code + " " + periods.get(p));
                }
            }
            assertEquals(AnnexFigures.POVERTY, codes.subList(0, 5), "poor / near-poor counts and rates first");
            assertTrue(codes.contains("HYGIENIC_LATRINE_RATE"), codes.toString());
            assertTrue(figures >= 5, "Bắc Kạn city's report states figures: " + figures);
        }
    }

    /** 1 when the cell holds the API's figure, 0 when both are empty; fails otherwise. */
    private static int same(BigDecimal want, Cell cell, String where) {
        if (want == null) {
            assertEquals(CellType.BLANK, cell.getCellType(), where);
            return 0;
        }
        assertEquals(0, want.compareTo(BigDecimal.valueOf(cell.getNumericCellValue())), where);
        return 1;
    }
}
