package vn.gnbv.tracker.ingest;

import static org.hamcrest.Matchers.is;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUES;
import static vn.gnbv.tracker.ingest.UploadFixtures.assertRejected;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * Defects 1 and 2 of issue 8: a single write of {@code 1e1000000000} ran the JVM out of memory, and a single write
 * stored {@code 1e309} that an upload refuses. Both paths now apply one number rule, on the text, before anything
 * expands the number.
 */
@QuarkusTest
class NumberRuleTest {
    private static final String VALUES_PATH = "/api/v1/indicator-values";

    private static String body(String indicator, String valueJson) {
        return "{\"indicator\": \"" + indicator + "\", \"unit\": \"109\", \"period\": \"2023\", \"kind\": \"ACTUAL\","
                + " \"value\": " + valueJson + "}";
    }

    private static ValidatableResponse write(String json) {
        // Not contract-validated: the contract types value as a decimal string, and these bodies break it on purpose.
        return Api.raw()
                .contentType("application/json")
                .accept("application/json, application/problem+json")
                .body(json)
                .post(VALUES_PATH)
                .then();
    }

    private static void refused(String indicator, String valueJson, String code) {
        write(body(indicator, valueJson))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"))
                .body("errors[0].field", is("value"))
                .body("errors[0].code", is(code));
    }

    @Test
    void aHugeExponentIsRefusedBeforeItIsExpanded() {
        String pct = UploadFixtures.indicator("PERCENT");
        refused(pct, "1e1000000000", "NOT_A_DECIMAL");
        refused(pct, "\"1e1000000000\"", "NOT_A_DECIMAL");
        refused(pct, "-1E+999999999", "NOT_A_DECIMAL");
    }

    @Test
    void singleWritesAndUploadsRefuseTheSameNumbers() {
        String pct = UploadFixtures.indicator("PERCENT");
        String[][] cases = {
            {"1e309", "NOT_A_DECIMAL"},
            {"+5", "NOT_A_DECIMAL"},
            {".5", "NOT_A_DECIMAL"},
            {"1" + "0".repeat(40), "OUT_OF_RANGE"},
            {"0." + "1".repeat(41), "TOO_PRECISE"}
        };
        StringBuilder csv = new StringBuilder("indicator,unit,period,kind,value\n");
        String[] expected = new String[cases.length];
        for (int i = 0; i < cases.length; i++) {
            refused(pct, "\"" + cases[i][0] + "\"", cases[i][1]);
            csv.append(pct)
                    .append(",109,")
                    .append(2010 + i)
                    .append(",ACTUAL,")
                    .append(cases[i][0])
                    .append('\n');
            expected[i] = (i + 1) + " value " + cases[i][1];
        }
        assertRejected(Upload.csv(VALUES, csv.toString()).post(), 422, "UPLOAD_REJECTED", expected);
        // The widest value the rule allows is stored exactly, through both paths.
        String widest = "9".repeat(40) + "." + "1".repeat(40);
        write(body(pct, "\"" + widest + "\"")).statusCode(201).body("value", is(widest));
    }

    @Test
    void aNumberLiteralLongerThanTheParserTakesIsRefusedNamingIt() {
        String pct = UploadFixtures.indicator("PERCENT");
        write(body(pct, "1" + "0".repeat(200)))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"))
                .body("errors[0].code", is("TOO_LONG"));
    }

    @Test
    void aSingleFundingAmountFollowsTheUploadsRule() {
        String program = UploadFixtures.program();
        for (String[] c : new String[][] {
            {"1e3", "INVALID_AMOUNT"}, {"1.5", "INVALID_AMOUNT"}, {"9223372036854775808", "AMOUNT_OUT_OF_RANGE"}
        }) {
            Api.raw()
                    .contentType("application/json")
                    .accept("application/json, application/problem+json")
                    .body("{\"program\": \"" + program + "\", \"unit\": \"109\", \"fiscalYear\": 2023,"
                            + " \"source\": \"CENTRAL\", \"capitalType\": \"RECURRENT\", \"measure\": \"ASSIGNED\","
                            + " \"amountVnd\": " + c[0] + "}")
                    .post(UploadFixtures.LINES)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("code", is("VALIDATION_FAILED"))
                    .body("errors[0].field", is("amountVnd"))
                    .body("errors[0].code", is(c[1]));
        }
    }
}
