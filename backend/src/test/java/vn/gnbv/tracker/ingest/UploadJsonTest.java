package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUES;
import static vn.gnbv.tracker.ingest.UploadFixtures.assertRejected;
import static vn.gnbv.tracker.ingest.UploadFixtures.lineByBody;
import static vn.gnbv.tracker.ingest.UploadFixtures.lines;
import static vn.gnbv.tracker.ingest.UploadFixtures.num;
import static vn.gnbv.tracker.ingest.UploadFixtures.values;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * JSON bodies: the CSV rules with camelCase fields, numbers as JSON numbers or strings, read from their exact text
 * (bodies are written by hand, so no client-side double ever touches them). Errors name the camelCase field.
 */
@QuarkusTest
class UploadJsonTest {
    /** A funding-line object; {@code amount} is raw JSON text such as {@code "amountVnd": 5}. */
    private static String line(String program, String body, String amount) {
        return "{\"program\": \"" + program + "\", \"component\": \"DA2\", \"unit\": \"109\", \"year\": 2023,"
                + " \"source\": \"CENTRAL\", \"capitalType\": \"RECURRENT\", \"measure\": \"ASSIGNED\","
                + " \"implementingBody\": \"" + body + "\"" + (amount.isEmpty() ? "" : ", " + amount) + "}";
    }

    private static String array(String... objects) {
        return "[" + String.join(",\n", objects) + "]";
    }

    @Test
    void readsAmountsAsNumbersOrStringsExactly() {
        String p = UploadFixtures.program();
        String body = array(
                line(p, "j1", "\"amountVnd\": 1957000000"),
                line(p, "j2", "\"amountVnd\": \"1957000001\""),
                line(p, "j3", "\"amountMillionVnd\": 253.69"),
                line(p, "j4", "\"amountMillionVnd\": \"253.69\""),
                // 9007199254740993 is not a double: only the exact text gives it.
                line(p, "j5", "\"amountMillionVnd\": 9007199254.740993"),
                line(p, "j6", "\"amountVnd\": 9223372036854775807"),
                line(p, "j7", "\"amountMillionVnd\": 0.000001"),
                "{\"program\": \"" + p + "\", \"component\": null, \"unit\": \"109\", \"unitAsOf\": \"2025-06-30\","
                        + " \"year\": \"2026\", \"source\": \"LOCAL\", \"capitalType\": \"INVESTMENT\","
                        + " \"measure\": \"CARRIED_IN\","
                        + " \"implementingBody\": \"j8\", \"originYear\": 2025, \"reference\": \"=A1\", \"note\": \"@x\","
                        + " \"amountVnd\": 8}");
        JsonPath r = Upload.json(FUNDING, body)
                .post()
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(8L, r.getLong("inserted"));
        long[] expected = {
            1_957_000_000L, 1_957_000_001L, 253_690_000L, 253_690_000L, 9_007_199_254_740_993L, Long.MAX_VALUE, 1L, 8L
        };
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], num(lineByBody(p, "j" + (i + 1)).get("amountVnd")), "j" + (i + 1));
        }
        var j8 = lineByBody(p, "j8");
        assertEquals(
                List.of(2026, 2025, "=A1", "@x", "CARRIED_IN"),
                List.of(
                        j8.get("fiscalYear"),
                        j8.get("originYear"),
                        j8.get("reference"),
                        j8.get("note"),
                        j8.get("measure")));
        assertEquals(null, j8.get("component"));
    }

    @Test
    void refusesBadRowsNamingTheCamelCaseField() {
        String p = UploadFixtures.program();
        String body = array(
                line(p, "k1", "\"amountVnd\": 5"),
                line(p, "k2", "\"amountVnd\": -5"),
                line(p, "k3", "\"amountVnd\": \"1e9\""),
                line(p, "k4", "\"amountVnd\": \"NaN\""),
                line(p, "k5", "\"amountMillionVnd\": 1.1234567"),
                line(p, "k6", "\"amountVnd\": 5, \"amountMillionVnd\": \"1\""),
                line(p, "k7", ""),
                line(p, "k8", "\"amountVnd\": \"12,5\"").replace("\"year\": 2023", "\"year\": \"20x3\""),
                line(p, "k9", "\"amountMillionVnd\": \"Infinity\"").replace("\"109\"", "\"99999\""),
                line(p, "K1 ", "\"amountVnd\": 6"));
        assertRejected(
                Upload.json(FUNDING, body).post(),
                422,
                "UPLOAD_REJECTED",
                "2 amountVnd NEGATIVE_AMOUNT",
                "3 amountVnd INVALID_AMOUNT",
                "4 amountVnd INVALID_AMOUNT",
                "5 amountMillionVnd TOO_PRECISE",
                "6 * AMOUNT_CONFLICT",
                "7 * MISSING",
                "8 amountVnd INVALID_AMOUNT",
                "8 year INVALID_YEAR",
                "9 amountMillionVnd INVALID_AMOUNT",
                "9 unit UNKNOWN_UNIT",
                "10 * DUPLICATE_KEY_IN_BATCH");
        assertEquals(List.of(), lines(p));
    }

    /** Types the contract's schema refuses (so sent unvalidated): still row errors, never a 500. */
    @Test
    void refusesWronglyTypedValuesAsRowErrors() {
        String p = UploadFixtures.program();
        String body = array(
                line(p, "t1", "\"amountVnd\": 5"),
                line(p, "t2", "\"amountVnd\": 1e9"),
                line(p, "t3", "\"amountVnd\": 12.5"),
                line(p, "t4", "\"amountVnd\": true"),
                line(p, "t5", "\"amountVnd\": 99999999999999999999"),
                line(p, "t6", "\"amountVnd\": 5").replace("\"CENTRAL\"", "\"NOT_A_SOURCE\""),
                line(p, "t7", "\"amountMillionVnd\": 2.5e2"),
                line(p, "t8", "\"amountVnd\": {\"value\": 5}"));
        var r = Upload.json(FUNDING, body).postRaw();
        // A value that is no number at all (true, an object) is WRONG_TYPE; numbers in a form the rules refuse are
        // INVALID_AMOUNT like their CSV spelling.
        assertRejected(
                r,
                422,
                "UPLOAD_REJECTED",
                "2 amountVnd INVALID_AMOUNT",
                "3 amountVnd INVALID_AMOUNT",
                "4 amountVnd WRONG_TYPE",
                "5 amountVnd AMOUNT_OUT_OF_RANGE",
                "6 source UNKNOWN_CODE",
                "7 amountMillionVnd INVALID_AMOUNT",
                "8 amountVnd WRONG_TYPE");
        assertEquals(List.of(), lines(p));
    }

    @Test
    void uploadsIndicatorValuesWithNumbersOrStrings() {
        String pct = UploadFixtures.indicator("PERCENT");
        String hh = UploadFixtures.indicator("HOUSEHOLD");
        String body = "[{\"indicator\": \"" + pct + "\", \"unit\": \"109\", \"period\": \"2023\", \"kind\": \"ACTUAL\","
                + " \"value\": 12345678901234567.89},"
                + "{\"indicator\": \"" + pct + "\", \"unit\": \"058\", \"period\": \"2024q1\", \"kind\": \"TARGET\","
                + " \"value\": \"64.90\", \"note\": \"" + UploadFixtures.nfd("Báo cáo thành phố") + "\"},"
                + "{\"indicator\": \"" + hh
                + "\", \"unit\": \"109\", \"unitAsOf\": \"2025-06-30\", \"period\": \"2026\","
                + " \"kind\": \"ACTUAL\", \"value\": 1132}]";
        Upload.json(VALUES, body).post().then().statusCode(200);
        Map<String, String> got = new TreeMap<>();
        for (String ind : List.of(pct, hh)) {
            for (Map<String, Object> v : values(ind)) {
                got.put(v.get("period") + " " + v.get("kind"), v.get("value") + " " + v.get("note"));
            }
        }
        assertEquals(
                new TreeMap<>(Map.of(
                        "2023 ACTUAL",
                        "12345678901234567.89 null",
                        "2024Q1 TARGET",
                        "64.90 " + UploadFixtures.nfc("Báo cáo thành phố"),
                        "2026 ACTUAL",
                        "1132 null")),
                got);

        String bad = "[{\"indicator\": \"" + hh + "\", \"unit\": \"109\", \"period\": \"2023\", \"kind\": \"ACTUAL\","
                + " \"value\": 2.5}, {\"indicator\": \"" + hh + "\", \"unit\": \"109\", \"period\": \"2022\","
                + " \"kind\": \"ACTUAL\", \"value\": \"1,5\"}]";
        assertRejected(
                Upload.json(VALUES, bad).post(),
                422,
                "UPLOAD_REJECTED",
                "1 value NOT_AN_INTEGER",
                "2 value NOT_A_DECIMAL");
    }
}
