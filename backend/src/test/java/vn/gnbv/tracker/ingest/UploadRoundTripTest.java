package vn.gnbv.tracker.ingest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/** The integrator's round trip: one CSV and one JSON batch through both endpoints, written, replaced, audited. */
@QuarkusTest
class UploadRoundTripTest {
    private static final String HEADER =
            "program,component,unit,year,source,capital_type,measure,amount_million_vnd," + "implementing_body,note\n";

    @Test
    void writesCsvBatchThenReplacesChangedAmountsOnly() {
        String agency = "Round trip " + java.util.UUID.randomUUID();
        String body = HEADER
                + "GNBV-2021-2025,DA2,109,2023,CENTRAL,RECURRENT,ASSIGNED,253.69," + agency + ",first\n"
                + "GNBV-2021-2025,DA2,109,2023,CENTRAL,RECURRENT,DISBURSED,100," + agency + ",\"quoted, note\"\n";
        Api.given()
                .contentType("text/csv; charset=utf-8")
                .body(body)
                .post("/api/v1/uploads/funding-lines")
                .then()
                .statusCode(200)
                .body("inserted", equalTo(2))
                .body("updated", equalTo(0))
                .body("rowsRead", equalTo(2))
                .body("rejected", equalTo(false));
        // The program and a full page: other suites write lines of 109 in 2023 too (in programs of their own).
        Api.given()
                .queryParam("program", "GNBV-2021-2025")
                .queryParam("unit", "109")
                .queryParam("year", "2023")
                .queryParam("measure", "ASSIGNED")
                .queryParam("limit", 1000)
                .get("/api/v1/funding-lines")
                .then()
                .statusCode(200)
                .body("items.amountVnd", hasItem(253_690_000));
        String changed = body.replace("253.69", "253.7");
        Api.given()
                .contentType("text/csv; charset=utf-8")
                .body(changed)
                .post("/api/v1/uploads/funding-lines")
                .then()
                .statusCode(200)
                .body("inserted", equalTo(0))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(1));
    }

    @Test
    void refusesWholeBatchNamingEveryBadRow() {
        String body = HEADER
                + "GNBV-2021-2025,DA2,109,2024,CENTRAL,RECURRENT,ASSIGNED,1e3,Refused body,\n"
                + "GNBV-2021-2025,DA9,109,2024,CENTRAL,RECURRENT,ASSIGNED,5,Refused body,\n"
                + "GNBV-2021-2025,DA2,109,2024,CENTRAL,RECURRENT,ALLOCATED,5,Refused body,\n";
        Api.given()
                .contentType("text/csv; charset=utf-8")
                .body(body)
                .post("/api/v1/uploads/funding-lines")
                .then()
                .statusCode(422)
                .body("code", equalTo("UPLOAD_REJECTED"))
                .body("errorCount", equalTo(2))
                .body("errors[0].row", equalTo(1))
                .body("errors[0].code", equalTo("INVALID_AMOUNT"))
                .body("errors[1].row", equalTo(2))
                .body("errors[1].field", equalTo("component"));
    }

    @Test
    void runsJsonJobToCompletion() throws InterruptedException {
        String key = "round-trip-" + java.util.UUID.randomUUID();
        String body = "[{\"indicator\":\"HH_POOR\",\"unit\":\"109\",\"period\":\"2017-03\",\"kind\":\"BASELINE\","
                + "\"value\":1234,\"note\":\"=CMD(1)\"}]";
        Response r = Api.given()
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/upload-jobs?dataset=indicator-values");
        r.then().statusCode(202);
        String id = r.path("id");
        String state = "QUEUED";
        for (int i = 0; i < 100 && !state.equals("SUCCEEDED") && !state.equals("FAILED"); i++) {
            Thread.sleep(100);
            state = Api.given()
                    .get("/api/v1/upload-jobs/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("state");
        }
        Api.given()
                .get("/api/v1/upload-jobs/" + id)
                .then()
                .body("state", equalTo("SUCCEEDED"))
                .body("report.inserted", equalTo(1))
                .body("progress.rowsWritten", equalTo(1));
        Api.given()
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/upload-jobs?dataset=indicator-values")
                .then()
                .statusCode(202)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
    }
}
