package vn.gnbv.tracker.funding;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.gnbv.tracker.funding.FundingFixtures.create;
import static vn.gnbv.tracker.funding.FundingFixtures.etag;
import static vn.gnbv.tracker.funding.FundingFixtures.line;
import static vn.gnbv.tracker.funding.FundingFixtures.with;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/** Funding line CRUD over HTTP: success paths and every error code. Units: Tam Đường (106) and its communes. */
@QuarkusTest
class FundingLineResourceTest {
    private static final String PATH = "/api/v1/funding-lines";

    @Test
    void createsReadsUpdatesAndDeletesAFundingLine() {
        Map<String, Object> body = with(line("DA2", "03390", 2022, "ASSIGNED", 2_455_000_000L), "originYear", 2021);
        var created = Api.json(body)
                .post(PATH)
                .then()
                .statusCode(201)
                .header("ETag", is("\"0\""))
                .body("program", is("GNBV-2021-2025"))
                .body("component", is("DA2"))
                .body("unit.code", is("03390"))
                .body("unit.level", is("COMMUNE"))
                .body("fiscalYear", is(2022))
                .body("originYear", is(2021))
                .body("amountVnd", is(2_455_000_000L))
                .body("componentId", notNullValue())
                .body("version", is(0))
                .extract();
        long id = created.jsonPath().getLong("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith(PATH + "/" + id));

        Api.given()
                .get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", is("\"0\""))
                .body("reference", is("QĐ 413/QĐ-UBND 06/04/2022"))
                .body("implementingBody", is(body.get("implementingBody")));

        Api.json(with(body, "amountVnd", 2_500_000_000L))
                .header("If-Match", "\"0\"")
                .put(PATH + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", is("\"1\""))
                .body("amountVnd", is(2_500_000_000L))
                .body("version", is(1));

        FundingFixtures.delete()
                .header("If-Match", "\"1\"")
                .delete(PATH + "/" + id)
                .then()
                .statusCode(204);
        Api.given().get(PATH + "/" + id).then().statusCode(404).body("code", is("NOT_FOUND"));
    }

    @Test
    void keepsTheImplementingBodySpellingAsGivenInNfc() {
        String nfd = java.text.Normalizer.normalize(
                "  Trung tâm Dịch vụ nông nghiệp " + FundingFixtures.uniqueBody() + " ", java.text.Normalizer.Form.NFD);
        long id = create(with(line("DA2", "106", 2023, "DISBURSED", 1L), "implementingBody", nfd));
        Api.given()
                .get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body(
                        "implementingBody",
                        is(java.text.Normalizer.normalize(nfd, java.text.Normalizer.Form.NFC)
                                .strip()));
    }

    @Test
    void acceptsAWholePhaseProgramLevelLine() {
        var body = line(null, "106", 2022, "MEDIUM_TERM_PLAN", 273_187_000_000L);
        body.remove("fiscalYear");
        long id = create(body);
        Api.given()
                .get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("component", nullValue())
                .body("componentId", nullValue())
                .body("fiscalYear", nullValue());
    }

    @Test
    void rejectsUnknownProgramComponentAndUnit() {
        unprocessable(
                with(line("DA2", "106", 2022, "ASSIGNED", 1L), "program", "NO-SUCH"), "program", "UNKNOWN_PROGRAM");
        unprocessable(line("DA9", "106", 2022, "ASSIGNED", 1L), "component", "UNKNOWN_COMPONENT");
        unprocessable(line("DA2", "99999", 2022, "ASSIGNED", 1L), "unit", "UNKNOWN_UNIT");
    }

    @Test
    void rejectsComponentOfAnotherProgram() {
        // DA1.TDA3 exists only in the 2016–2020 phase.
        unprocessable(line("DA1.TDA3", "106", 2022, "ASSIGNED", 1L), "component", "UNKNOWN_COMPONENT");
    }

    @Test
    void rejectsUnitThatDoesNotExistAtItsDate() {
        // District 106 was abolished on 1 July 2025: a 2026 carry-over line cannot name it without an earlier unitAsOf.
        unprocessable(line("DA2", "106", 2026, "CARRIED_IN", 1L), "unit", "UNKNOWN_UNIT");
        create(with(line("DA2", "106", 2026, "CARRIED_IN", 1L), "unitAsOf", "2025-06-30"));
    }

    @Test
    void rejectsFiscalYearOutsideTheProgramButAllowsTheCarryOverYear() {
        unprocessable(line("DA2", "106", 2020, "ASSIGNED", 1L), "fiscalYear", "FISCAL_YEAR_OUTSIDE_PROGRAM");
        unprocessable(
                with(line("DA2", "106", 2027, "ASSIGNED", 1L), "unitAsOf", "2025-01-01"),
                "fiscalYear",
                "FISCAL_YEAR_OUTSIDE_PROGRAM");
        create(with(line("DA2", "106", 2026, "DISBURSED", 1L), "unitAsOf", "2025-01-01"));
    }

    @Test
    void allowsProposalsBeforeButNotAfterTheProgram() {
        create(line("DA2", "106", 2019, "PROPOSED", 1L));
        unprocessable(
                with(line("DA2", "106", 2026, "PROPOSED", 1L), "unitAsOf", "2025-01-01"),
                "fiscalYear",
                "FISCAL_YEAR_OUTSIDE_PROGRAM");
    }

    @Test
    void rejectsOriginYearAfterFiscalYear() {
        unprocessable(
                with(line("DA2", "106", 2022, "ASSIGNED", 1L), "originYear", 2023),
                "originYear",
                "ORIGIN_AFTER_FISCAL_YEAR");
    }

    @Test
    void rejectsCarryOverWithoutFiscalYear() {
        var body = line("DA2", "106", 2022, "CARRIED_OUT", 1L);
        body.remove("fiscalYear");
        unprocessable(body, "fiscalYear", "MISSING");
    }

    @Test
    void rejectsFundingLineWithNegativeAmount() {
        // The contract forbids it too, so the request bypasses the contract check.
        Api.raw()
                .contentType("application/json")
                .body(line("DA2", "106", 2022, "ASSIGNED", -1L))
                .post(PATH)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"))
                .body("errors.field", hasItem("amountVnd"))
                .body("errors.code", hasItem("NEGATIVE_AMOUNT"));
    }

    @Test
    void rejectsUnknownCodeListValuesAs422() {
        Api.raw()
                .contentType("application/json")
                .body(with(line("DA2", "106", 2022, "ASSIGNED", 1L), "source", "BANK"))
                .post(PATH)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("source"))
                .body("errors.code", hasItem("UNKNOWN_CODE"));
        Api.raw()
                .contentType("application/json")
                .body(with(line("DA2", "106", 2022, "SPENT", 1L), "capitalType", "X"))
                .post(PATH)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("measure"))
                .body("errors.field", hasItem("capitalType"));
    }

    @Test
    void rejectsMissingRequiredFields() {
        Api.raw()
                .contentType("application/json")
                .body(Map.of("program", "GNBV-2021-2025"))
                .post(PATH)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("amountVnd"))
                .body("errors.field", hasItem("unit"))
                .body("errors.field", hasItem("measure"));
    }

    @Test
    void rejectsMalformedBodiesAs400() {
        // Unparseable JSON is turned into a 400 by the framework before our mapper (code MALFORMED_REQUEST).
        Api.raw()
                .contentType("application/json")
                .body("{\"program\": ")
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("MALFORMED_REQUEST"));
        Api.raw()
                .contentType("application/json")
                .body(with(line("DA2", "106", 2022, "ASSIGNED", 1L), "amountVnd", "12"))
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("MALFORMED_REQUEST"))
                .body("errors[0].field", is("amountVnd"));
        // A fraction is a number the amount rule refuses, as an upload does (422, not a silently truncated amount).
        Api.raw()
                .contentType("application/json")
                .body(with(line("DA2", "106", 2022, "ASSIGNED", 1L), "amountVnd", 1.5))
                .post(PATH)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].code", is("INVALID_AMOUNT"))
                .body("errors[0].field", is("amountVnd"));
        Api.raw()
                .contentType("application/json")
                .body(with(line("DA2", "106", 2022, "ASSIGNED", 1L), "colour", "red"))
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void rejectsNonJsonBodyWith415() {
        Api.raw()
                .contentType("text/plain")
                .body("amount=1")
                .post(PATH)
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", is("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void answers404ForUnknownLineAnd400ForMalformedId() {
        Api.given().get(PATH + "/999999999").then().statusCode(404).contentType("application/problem+json");
        Api.json(line("DA2", "106", 2022, "ASSIGNED", 1L))
                .header("If-Match", "\"0\"")
                .put(PATH + "/999999999")
                .then()
                .statusCode(404);
        FundingFixtures.delete()
                .header("If-Match", "\"0\"")
                .delete(PATH + "/999999999")
                .then()
                .statusCode(404);
        Api.raw()
                .get(PATH + "/abc")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("INVALID_PARAMETER"));
    }

    @Test
    void requiresIfMatchAndRejectsStaleVersions() {
        var body = line("DA3.TDA1", "106", 2023, "ASSIGNED", 5L);
        long id = create(body);
        Api.raw()
                .contentType("application/json")
                .body(body)
                .put(PATH + "/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("code", is("PRECONDITION_REQUIRED"));
        Api.raw().delete(PATH + "/" + id).then().statusCode(428).contentType("application/problem+json");
        Api.json(with(body, "amountVnd", 6L))
                .header("If-Match", etag(id))
                .put(PATH + "/" + id)
                .then()
                .statusCode(200);
        Api.json(with(body, "amountVnd", 7L))
                .header("If-Match", "\"0\"")
                .put(PATH + "/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("code", is("VERSION_MISMATCH"));
        FundingFixtures.delete()
                .header("If-Match", "\"0\"")
                .delete(PATH + "/" + id)
                .then()
                .statusCode(412);
        Api.given().get(PATH + "/" + id).then().body("amountVnd", is(6));
    }

    @Test
    void rejectsInvalidUpdatesWith422() {
        var body = line("DA5", "106", 2023, "ASSIGNED", 5L);
        long id = create(body);
        Api.json(with(body, "component", "DA9"))
                .header("If-Match", etag(id))
                .put(PATH + "/" + id)
                .then()
                .statusCode(422)
                .body("errors[0].field", is("component"));
    }

    private static void unprocessable(Map<String, Object> body, String field, String code) {
        Api.json(body)
                .post(PATH)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"))
                .body("errors.field", hasItem(field))
                .body("errors.code", hasItem(code));
    }
}
