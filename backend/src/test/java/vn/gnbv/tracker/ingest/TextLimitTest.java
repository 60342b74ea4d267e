package vn.gnbv.tracker.ingest;

import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUES;
import static vn.gnbv.tracker.ingest.UploadFixtures.assertRejected;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * Defect 4 of issue 8: a 10 MB note was accepted and copied into the audit trail. Every text field has its length
 * limit (the contract's maxLength), on single writes and in uploads: 422 naming the field, TOO_LONG.
 */
@QuarkusTest
class TextLimitTest {
    private static final String TEN_MB = "n".repeat(10 << 20);

    @Test
    void anUploadedTenMegabyteNoteIsARowError() {
        String pct = UploadFixtures.indicator("PERCENT");
        String csv = "indicator,unit,period,kind,value,note\n" + pct + ",109,2023,ACTUAL,12.5," + TEN_MB + "\n" + pct
                + ",109,2024,ACTUAL,12.5,short\n";
        var p = assertRejected(Upload.csv(VALUES, csv).post(), 422, "UPLOAD_REJECTED", "1 note TOO_LONG");
        org.junit.jupiter.api.Assertions.assertTrue(p.prettify().length() < 100_000, "the note is not echoed back");

        String program = UploadFixtures.program();
        Map<String, String> row = UploadFixtures.row(program, "109", 2023, "x".repeat(501), "5");
        row.put("note", TEN_MB);
        assertRejected(
                Upload.csv(FUNDING, UploadFixtures.csvOf(List.of(row))).post(),
                422,
                "UPLOAD_REJECTED",
                "1 implementing_body TOO_LONG",
                "1 note TOO_LONG");
    }

    @Test
    void singleWritesNameEveryTextOverItsLimit() {
        String pct = UploadFixtures.indicator("PERCENT");
        Api.raw()
                .contentType("application/json")
                .accept("application/json, application/problem+json")
                .body(Map.of(
                        "indicator", pct,
                        "unit", "109",
                        "period", "2023",
                        "kind", "ACTUAL",
                        "value", "1",
                        "category", "c".repeat(201),
                        "note", "n".repeat(4001)))
                .post("/api/v1/indicator-values")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"))
                .body("errors.field", hasItems("category", "note"))
                .body("errors.code", hasItems("TOO_LONG"));
        Api.raw()
                .contentType("application/json")
                .accept("application/json, application/problem+json")
                .body(Map.of(
                        "program",
                        UploadFixtures.program(),
                        "unit",
                        "109",
                        "fiscalYear",
                        2023,
                        "source",
                        "CENTRAL",
                        "capitalType",
                        "RECURRENT",
                        "measure",
                        "ASSIGNED",
                        "amountVnd",
                        5,
                        "reference",
                        "r".repeat(1001)))
                .post(UploadFixtures.LINES)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("reference"))
                .body("errors[0].code", is("TOO_LONG"));
    }

    @Test
    void aTenMegabyteNoteInASingleWriteIsNotEvenRead() {
        // Sent as curl sends large bodies (Expect: 100-continue): the 413 comes back before the body goes out.
        Api.raw()
                .config(RestAssuredConfig.config()
                        .httpClient(
                                HttpClientConfig.httpClientConfig().setParam("http.protocol.expect-continue", true)))
                .contentType("application/json")
                .accept("application/json, application/problem+json")
                .body(
                        "{\"indicator\": \"X\", \"unit\": \"109\", \"period\": \"2023\", \"kind\": \"ACTUAL\", \"value\": \"1\","
                                + " \"note\": \"" + TEN_MB + "\"}")
                .post("/api/v1/indicator-values")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("code", is("PAYLOAD_TOO_LARGE"));
    }
}
