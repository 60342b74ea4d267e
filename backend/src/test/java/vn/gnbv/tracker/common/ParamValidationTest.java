package vn.gnbv.tracker.common;

import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/**
 * Typed parameters across the API: a malformed, missing or out-of-contract parameter is a 400 INVALID_PARAMETER
 * naming it as the client wrote it (query, path or header), whether a converter or a constraint refused it; a blank
 * one is absent. Sent unvalidated, as the contract forbids most of these requests.
 */
@QuarkusTest
class ParamValidationTest {
    private static void refused(RequestSpecification request, String path, String field, String code) {
        request.get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("INVALID_PARAMETER"))
                .body("errors[0].field", is(field))
                .body("errors[0].code", is(code));
    }

    @Test
    void aMalformedPathIdIsA400NamingIt() {
        refused(Api.raw(), "/api/v1/units/abc", "id", "NOT_AN_INTEGER");
        refused(Api.raw(), "/api/v1/indicators/1.5", "id", "NOT_AN_INTEGER");
        refused(Api.raw(), "/api/v1/unit-successions/1/x", "successorId", "NOT_AN_INTEGER");
        refused(Api.raw(), "/api/v1/components/99999999999999999999", "id", "NOT_AN_INTEGER");
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        refused(
                Api.raw().queryParams(Map.of("unit", "12", "period", "2024")),
                "/api/v1/indicator-rollups",
                "indicator",
                "MISSING");
        refused(
                Api.raw().queryParams(Map.of("indicator", "HH_POOR", "unit", " ", "period", "2024")),
                "/api/v1/indicator-rollups/children",
                "unit",
                "MISSING");
        refused(
                Api.raw().queryParams(Map.of("program", "GNBV-2021-2025", "unit", "108", "year", "")),
                "/api/v1/funding-summary/children",
                "year",
                "MISSING");
    }

    @Test
    void constraintsOfTheContractAreEnforced() {
        refused(Api.raw().queryParam("limit", 1001), "/api/v1/indicators", "limit", "OUT_OF_RANGE");
        refused(Api.raw().queryParam("code", "2x"), "/api/v1/units", "code", "INVALID_PARAMETER");
        refused(Api.raw().queryParam("q", "x".repeat(201)), "/api/v1/units", "q", "INVALID_PARAMETER");
        refused(Api.raw().queryParam("state", "DONE"), "/api/v1/upload-jobs", "state", "INVALID_PARAMETER");
        refused(Api.raw().queryParam("from", "2025-07-01"), "/api/v1/audit-events", "from", "NOT_A_DATE_TIME");
        refused(Api.raw().queryParam("kind", "actual"), "/api/v1/indicator-values", "kind", "UNKNOWN_CODE");
        refused(Api.raw().queryParam("periodTo", "2024Q5"), "/api/v1/indicator-values", "periodTo", "INVALID_PERIOD");
    }

    @Test
    void uploadModeAndIdempotencyKeyAreChecked() {
        Api.raw()
                .contentType("text/csv")
                .body("indicator,unit,period,kind,value\n")
                .queryParam("mode", "overwrite")
                .post("/api/v1/uploads/indicator-values")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("mode"));
        Api.raw()
                .contentType("text/csv")
                .header("Idempotency-Key", "two words")
                .body("indicator,unit,period,kind,value\n")
                .post("/api/v1/uploads/indicator-values")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("Idempotency-Key"));
    }

    @Test
    void aBlankParameterIsAbsentAndBodyErrorsStay422() {
        Api.raw()
                .queryParams(Map.of("limit", "", "level", " ", "asOf", "", "includeHistory", ""))
                .get("/api/v1/units")
                .then()
                .statusCode(200);
        Api.raw()
                .contentType("application/json")
                .body(Map.of("nameVi", "x"))
                .post("/api/v1/programs")
                .then()
                .statusCode(422)
                .body("code", is("VALIDATION_FAILED"));
    }
}
