package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.assertRejected;
import static vn.gnbv.tracker.ingest.UploadFixtures.csvOf;
import static vn.gnbv.tracker.ingest.UploadFixtures.lineByBody;
import static vn.gnbv.tracker.ingest.UploadFixtures.lines;
import static vn.gnbv.tracker.ingest.UploadFixtures.num;
import static vn.gnbv.tracker.ingest.UploadFixtures.row;
import static vn.gnbv.tracker.ingest.UploadFixtures.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The row rules of funding-line uploads, each refused and each accepted: codes, units at their date, years,
 * amounts in both columns. A refused batch lists every bad row and writes nothing, not even its valid rows.
 */
@QuarkusTest
class UploadFundingRulesTest {
    private static JsonPath accepted(String csv, int rows) {
        Response r = Upload.csv(FUNDING, csv).post();
        assertEquals(200, r.statusCode(), r.asString());
        JsonPath p = r.jsonPath();
        assertEquals(false, p.getBoolean("rejected"));
        assertEquals(rows, p.getLong("rowsRead"));
        assertEquals(rows, p.getLong("rowsValid"));
        assertEquals(rows, p.getLong("inserted"));
        assertEquals(0L, p.getLong("errorCount"));
        return p;
    }

    @Test
    void refusesUnknownCodesUnitsAndMalformedYearsAndWritesNothing() {
        String program = UploadFixtures.program();
        var ok = with(row(program, "109", 2023, "Đơn vị A", "1000"), "unit_as_of", "", "origin_year", "");
        List<Map<String, String>> rows = List.of(
                ok,
                with(ok, "program", "NOPE-2021-2025", "implementing_body", "r2"),
                with(ok, "component", "DA9", "implementing_body", "r3"),
                with(ok, "source", "FOO", "implementing_body", "r4"),
                with(ok, "capital_type", "CASH", "implementing_body", "r5"),
                with(ok, "measure", "SPENT", "implementing_body", "r6"),
                with(ok, "unit", "99999", "implementing_body", "r7"),
                // District 109 was abolished on 2025-07-01, so it is no unit of 1 January 2026.
                with(ok, "year", "2026", "implementing_body", "r8"),
                with(ok, "year", "20x3", "implementing_body", "r9"),
                // Province 12 exists after the reform too; the program's years end in 2030, its carry-over year is
                // 2031.
                with(ok, "unit", "12", "year", "2032", "implementing_body", "r10"),
                with(ok, "unit_as_of", "2024-02-30", "implementing_body", "r11"),
                with(ok, "origin_year", "last year", "implementing_body", "r12"));
        assertRejected(
                Upload.csv(FUNDING, csvOf(rows)).post(),
                422,
                "UPLOAD_REJECTED",
                "2 program UNKNOWN_PROGRAM",
                "3 component UNKNOWN_COMPONENT",
                "4 source UNKNOWN_CODE",
                "5 capital_type UNKNOWN_CODE",
                "6 measure UNKNOWN_CODE",
                "7 unit UNKNOWN_UNIT",
                "8 unit UNKNOWN_UNIT",
                "9 year INVALID_YEAR",
                "10 year FISCAL_YEAR_OUTSIDE_PROGRAM",
                "11 unit_as_of INVALID_DATE",
                "12 origin_year INVALID_YEAR");
        assertEquals(List.of(), lines(program), "a refused batch writes none of its rows");
    }

    @Test
    void acceptsEveryCodeFormAndResolvesUnitsAtTheirDate() {
        String program = UploadFixtures.program();
        var base = with(row(program, "109", 2023, "Đơn vị B1", "1000"), "unit_as_of", "", "origin_year", "");
        List<Map<String, String>> rows = List.of(
                base,
                with(
                        base,
                        "component",
                        "DA2.TDA1",
                        "source",
                        "MOBILIZED_RED_CROSS",
                        "capital_type",
                        "INVESTMENT",
                        "measure",
                        "DISBURSED",
                        "implementing_body",
                        "Đơn vị B2",
                        "origin_year",
                        "2022"),
                // The program as a whole, for the whole phase.
                with(
                        base,
                        "component",
                        "",
                        "year",
                        "",
                        "measure",
                        "MEDIUM_TERM_PLAN",
                        "implementing_body",
                        "Đơn vị B3"),
                // 109 in 2026 only with a date at which it existed.
                with(base, "year", "2026", "unit_as_of", "2025-06-30", "implementing_body", "Đơn vị B4"),
                // 03549 exists on both sides of the reform: 2026 resolves to the new commune.
                with(base, "unit", "03549", "year", "2026", "implementing_body", "Đơn vị B5"),
                with(base, "year", "2021", "unit", "03391", "implementing_body", "Đơn vị B6"),
                with(base, "year", "2030", "unit_as_of", "2025-01-01", "implementing_body", "Đơn vị B7"));
        accepted(csvOf(rows), rows.size());
        var b2 = lineByBody(program, "Đơn vị B2");
        assertEquals("DA2.TDA1", b2.get("component"));
        assertEquals("MOBILIZED_RED_CROSS", b2.get("source"));
        assertEquals("INVESTMENT", b2.get("capitalType"));
        assertEquals(2022, b2.get("originYear"));
        var b3 = lineByBody(program, "Đơn vị B3");
        assertNull(b3.get("component"));
        assertNull(b3.get("fiscalYear"));
        var b4 = lineByBody(program, "Đơn vị B4");
        assertEquals(
                List.of("109", "DISTRICT", 2026),
                List.of(unit(b4).get("code"), unit(b4).get("level"), b4.get("fiscalYear")));
        var b5 = lineByBody(program, "Đơn vị B5");
        assertEquals("Xã Phong Thổ", unit(b5).get("name"), "03549 of 2026 is the post-reform commune");
        assertEquals("03391", unit(lineByBody(program, "Đơn vị B6")).get("code"));
        assertEquals(2030, lineByBody(program, "Đơn vị B7").get("fiscalYear"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> unit(Map<String, Object> line) {
        return (Map<String, Object>) line.get("unit");
    }

    /** A file with one amount column: a valid row 1, then one row per bad cell; row n+2 leaves the cell empty. */
    private static void refused(String program, String column, String[][] bad) {
        var ok = with(row(program, "109", 2023, "a1", null), "amount_vnd", null, column, "5");
        List<Map<String, String>> rows = new ArrayList<>(List.of(ok));
        List<String> expected = new ArrayList<>();
        for (String[] b : bad) {
            rows.add(with(ok, "implementing_body", "a" + (rows.size() + 1), column, b[0]));
            expected.add(rows.size() + " " + column + " " + b[1]);
        }
        rows.add(with(ok, "implementing_body", "empty", column, ""));
        expected.add(rows.size() + " " + column + " MISSING");
        assertRejected(
                Upload.csv(FUNDING, csvOf(rows)).post(), 422, "UPLOAD_REJECTED", expected.toArray(String[]::new));
        assertEquals(List.of(), lines(program));
    }

    @Test
    void refusesAmountsThatAreNotPlainNonNegativeIntegersAfterConversion() {
        String program = UploadFixtures.program();
        refused(program, "amount_vnd", new String[][] {
            {"-5", "NEGATIVE_AMOUNT"}, {"1e9", "INVALID_AMOUNT"}, {"NaN", "INVALID_AMOUNT"},
            {"Infinity", "INVALID_AMOUNT"}, {"1.000.000", "INVALID_AMOUNT"}, {"12,5", "INVALID_AMOUNT"},
            {"12.5", "INVALID_AMOUNT"}, {"+5", "INVALID_AMOUNT"}, {"1 000", "INVALID_AMOUNT"},
            {"99999999999999999999", "AMOUNT_OUT_OF_RANGE"}, {"9223372036854775808", "AMOUNT_OUT_OF_RANGE"}
        });
        refused(program, "amount_million_vnd", new String[][] {
            {"1.1234567", "TOO_PRECISE"},
            {"253.6900001", "TOO_PRECISE"},
            {"-1.5", "NEGATIVE_AMOUNT"},
            {"1e3", "INVALID_AMOUNT"},
            {"12,5", "INVALID_AMOUNT"},
            {"NaN", "INVALID_AMOUNT"},
            {"-Infinity", "INVALID_AMOUNT"},
            {"1.000,5", "INVALID_AMOUNT"},
            {"9223372036854.775808", "AMOUNT_OUT_OF_RANGE"},
            {"99999999999999999999", "AMOUNT_OUT_OF_RANGE"}
        });
    }

    @Test
    void convertsMillionsExactlyAndKeepsTheWholeInt64Range() {
        String program = UploadFixtures.program();
        String[][] cases = {
            {"amount_million_vnd", "253.69", "253690000"},
            {"amount_million_vnd", "0.000001", "1"},
            {"amount_million_vnd", "1957", "1957000000"},
            {"amount_million_vnd", "12.000000", "12000000"},
            {"amount_million_vnd", "9223372036854.775807", "9223372036854775807"},
            {"amount_vnd", "0", "0"},
            {"amount_vnd", "9223372036854775807", "9223372036854775807"},
            {"amount_vnd", "9007199254740993", "9007199254740993"}
        };
        // One file per amount column: a file carries exactly one of them.
        for (String column : List.of("amount_million_vnd", "amount_vnd")) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 0; i < cases.length; i++) {
                if (cases[i][0].equals(column)) {
                    rows.add(with(row(program, "109", 2024, "m" + i, null), "amount_vnd", null, column, cases[i][1]));
                }
            }
            accepted(csvOf(rows), rows.size());
        }
        for (int i = 0; i < cases.length; i++) {
            assertEquals(
                    Long.parseLong(cases[i][2]),
                    num(lineByBody(program, "m" + i).get("amountVnd")),
                    cases[i][0] + " " + cases[i][1]);
        }
    }

    @Test
    void refusesAKeyTwiceInOneBatchWhateverItsSpelling() {
        String program = UploadFixtures.program();
        String name = "Trung tâm Dịch vụ nông nghiệp Phong Thổ";
        var first = row(program, "109", 2023, name, "1");
        List<Map<String, String>> rows = List.of(
                first,
                with(first, "implementing_body", UploadFixtures.nfd(name), "amount_vnd", "2"),
                with(first, "implementing_body", "  TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP PHONG THỔ ", "amount_vnd", "3"),
                with(first, "year", "2024"), // another key
                with(first, "implementing_body", ""),
                with(first, "implementing_body", "", "amount_vnd", "4"));
        // The key spans nine columns: which one the error names is not specified.
        JsonPath p = assertRejected(
                Upload.csv(FUNDING, csvOf(rows)).post(),
                422,
                "UPLOAD_REJECTED",
                "2 * DUPLICATE_KEY_IN_BATCH",
                "3 * DUPLICATE_KEY_IN_BATCH",
                "6 * DUPLICATE_KEY_IN_BATCH");
        String message = p.getString("errors.find { it.row == 2 }.message");
        assertTrue(message.matches("(?s).*\\b1\\b.*"), "the duplicate names the first row: " + message);
        assertEquals(List.of(), lines(program));
    }

    @Test
    void matchesAnExistingLineByItsFoldedImplementingBody() {
        String program = UploadFixtures.program();
        String name = "Ban quản lý dự án Phong Thổ";
        accepted(csvOf(List.of(row(program, "109", 2023, name, "100"))), 1);
        String respelled = "  " + UploadFixtures.nfd("BAN QUẢN LÝ DỰ ÁN PHONG THỔ") + " ";
        JsonPath p = Upload.csv(FUNDING, csvOf(List.of(row(program, "109", 2023, respelled, "200"))))
                .post()
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(0L, 1L, 0L), List.of(p.getLong("inserted"), p.getLong("updated"), p.getLong("unchanged")));
        var all = lines(program);
        assertEquals(1, all.size(), "one key, one line: " + all);
        assertEquals(200L, num(all.get(0).get("amountVnd")));
    }

    @Test
    void listsTheFirstThousandErrorsAndCountsThemAll() {
        String program = UploadFixtures.program();
        List<Map<String, String>> rows = IntStream.rangeClosed(1, 1500)
                .mapToObj(i -> with(row(program, "109", 2023, "e" + i, "1"), "source", "FOO"))
                .collect(Collectors.toList());
        Response r = Upload.csv(FUNDING, csvOf(rows)).post();
        assertEquals(422, r.statusCode(), r.asString());
        JsonPath p = r.jsonPath();
        assertEquals("UPLOAD_REJECTED", p.getString("code"));
        assertEquals(1500L, p.getLong("errorCount"));
        assertEquals(1500L, p.getLong("report.errorCount"));
        assertEquals(1000, p.getList("errors").size());
        Set<Integer> errorRows = new TreeSet<>(p.getList("errors.row", Integer.class));
        assertEquals(
                IntStream.rangeClosed(1, 1000).boxed().collect(Collectors.toSet()),
                errorRows,
                "the first 1,000 errors are those of rows 1–1000");
        assertEquals(List.of(), lines(program));
    }
}
