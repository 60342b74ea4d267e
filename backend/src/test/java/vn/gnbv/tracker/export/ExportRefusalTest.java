package vn.gnbv.tracker.export;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;

/**
 * Scope (a district officer exports its own district only), refused parameters, and text that a spreadsheet would
 * run as a formula: a string cell in XLSX, apostrophe-guarded in CSV.
 */
@QuarkusTest
class ExportRefusalTest {
    private static final String PHONG_THO_OFFICER = TestTokens.of("phongtho.officer", "DISTRICT_OFFICER", "109");
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/x\",\"Bấm vào đây\")";
    private static final String TITLE = "@SUM(1+1)*cmd|' /C calc'!A0";

    private static Map<String, Object> params(String unit) {
        return Map.of(
                "program", ApiFigures.PROGRAM, "unit", unit, "asOf", "2024-01-01", "yearFrom", 2023, "yearTo", 2023);
    }

    @Test
    void aDistrictOfficerExportsItsDistrictOnly() {
        for (String path : List.of("/api/v1/exports/funding-summary", "/api/v1/exports/indicators")) {
            Api.as(PHONG_THO_OFFICER)
                    .accept(ApiFigures.XLSX + ", application/problem+json")
                    .queryParams(params("109"))
                    .get(path)
                    .then()
                    .statusCode(200);
            Api.as(PHONG_THO_OFFICER)
                    .accept(ApiFigures.XLSX + ", application/problem+json")
                    .queryParams(params("106")) // Tam Đường, another district of Lai Châu
                    .get(path)
                    .then()
                    .statusCode(403)
                    .body("code", is("OUT_OF_SCOPE"));
        }
        Api.as(PHONG_THO_OFFICER)
                .accept(ApiFigures.DOCX + ", application/problem+json")
                .queryParams(Map.of("program", ApiFigures.PROGRAM, "unit", "106", "asOf", "2024-01-01", "year", 2023))
                .get("/api/v1/report-draft")
                .then()
                .statusCode(403)
                .body("code", is("OUT_OF_SCOPE"));
        // The province above its district is outside its scope too
        Api.as(PHONG_THO_OFFICER)
                .accept("text/csv, application/problem+json")
                .queryParams(params("12"))
                .get("/api/v1/exports/funding-summary")
                .then()
                .statusCode(403)
                .body("code", is("OUT_OF_SCOPE"));
    }

    @Test
    void malformedParametersAreRefused() {
        Map<String, Object> p = new HashMap<>(params("109"));
        p.put("format", "pdf"); // outside the contract's enum: sent unvalidated, answered as a problem
        Api.raw()
                .accept(ApiFigures.XLSX + ", application/problem+json")
                .queryParams(p)
                .get("/api/v1/exports/funding-summary")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("INVALID_PARAMETER"))
                .body("errors[0].field", is("format"));
        Api.given()
                .accept(ApiFigures.DOCX + ", application/problem+json")
                .queryParams(Map.of("program", ApiFigures.PROGRAM, "unit", "109", "year", 2023, "yearFrom", 2022))
                .get("/api/v1/report-draft")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("year"));
        Api.given()
                .accept(ApiFigures.XLSX + ", application/problem+json")
                .queryParams(Map.of("program", ApiFigures.PROGRAM, "unit", "109", "yearFrom", 2024, "yearTo", 2022))
                .get("/api/v1/exports/indicators")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("yearTo"));
    }

    @Test
    void formulasInNamesStayText() throws IOException {
        String program = "X" + Long.toString(System.nanoTime(), 36).toUpperCase() + "-2021-2022";
        long programId = Api.json(Map.of(
                        "code",
                        program,
                        "nameVi",
                        "Chương trình xuất thử",
                        "nameEn",
                        "Export test",
                        "startYear",
                        2021,
                        "endYear",
                        2022,
                        "legalBasis",
                        "Thử nghiệm"))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Map<String, Object> component = new HashMap<>();
        component.put("kind", "PROJECT");
        component.put("code", "DA1");
        component.put("nameVi", FORMULA);
        component.put("sortOrder", 1);
        Api.json(component)
                .post("/api/v1/programs/" + programId + "/components")
                .then()
                .statusCode(201);
        long report = Api.json(Map.of(
                        "unit", "109",
                        "program", program,
                        "number", "-1/BC",
                        "issuedOn", "2021-12-30",
                        "title", TITLE,
                        "kind", "ANNUAL_REPORT"))
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Map<String, Object> line = new HashMap<>();
        line.put("program", program);
        line.put("component", "DA1");
        line.put("unit", "109");
        line.put("fiscalYear", 2021);
        line.put("source", "CENTRAL");
        line.put("capitalType", "RECURRENT");
        line.put("measure", "ASSIGNED");
        line.put("amountVnd", 1_957_523_456L);
        line.put("reportId", report);
        Api.json(line).post("/api/v1/funding-lines").then().statusCode(201);

        Map<String, Object> p = Map.of("program", program, "unit", "109", "asOf", "2021-06-01");
        byte[] xlsx = ExportSheetsTest.download("/api/v1/exports/funding-summary", p, ApiFigures.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet("Vốn");
            Row da1 = s.getRow(FundingSheet.FIRST_DATA_ROW + 1);
            Cell name = da1.getCell(2);
            assertEquals(CellType.STRING, name.getCellType(), "a name is never a formula cell");
            assertEquals(FORMULA, name.getStringCellValue());
            Cell assigned = da1.getCell(FundingSheet.FIRST_FIGURE_COLUMN + 1);
            assertEquals(1_957_523_456L, (long) assigned.getNumericCellValue());
            assertEquals("#,##0.######,,", assigned.getCellStyle().getDataFormatString());
            boolean titleAsText = false;
            for (Row row : s) {
                for (Cell c : row) {
                    assertTrue(c.getCellType() != CellType.FORMULA, "no formula anywhere");
                    titleAsText |= c.getCellType() == CellType.STRING
                            && c.getStringCellValue()
                                    .equals("- Báo cáo số -1/BC ngày 30/12/2021: " + TITLE + " (1 dòng số liệu)");
                }
            }
            assertTrue(titleAsText, "the source note keeps the report's title as text");
        }
        Map<String, Object> csvParams = new HashMap<>(p);
        csvParams.put("format", "csv");
        String csv = new String(
                ExportSheetsTest.download("/api/v1/exports/funding-summary", csvParams, "text/csv"),
                StandardCharsets.UTF_8);
        List<List<String>> rows = Csv.parse(csv);
        List<String> da1 = rows.stream()
                .filter(r -> r.get(1).equals("DA1") && r.get(4).equals("2021"))
                .findFirst()
                .orElseThrow();
        assertEquals("'" + FORMULA, da1.get(3), "guarded as in the pulls");
        assertEquals("1957523456", da1.get(6));
    }
}
