package vn.gnbv.tracker.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.report.ReportFixtures.BAC_KAN_CITY;
import static vn.gnbv.tracker.report.ReportFixtures.PHONG_THO;
import static vn.gnbv.tracker.report.ReportFixtures.REPORTS;
import static vn.gnbv.tracker.report.ReportFixtures.admin;
import static vn.gnbv.tracker.report.ReportFixtures.create;
import static vn.gnbv.tracker.report.ReportFixtures.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/** Creating, reading, replacing and deleting reports, with ETags, identities and the unit at the issue date. */
@QuarkusTest
class ReportResourceTest {
    @Test
    void createsAReportWithLocationAndEtagAndReadsItBack() {
        Map<String, Object> body = report(PHONG_THO);
        body.put("program", "GNBV-2021-2025");
        body.put("period", "2021-2023");
        body.put("note", "  Số liệu ước thực hiện đến 31/12/2023  ");
        Response r = create(admin(), body)
                .then()
                .statusCode(201)
                .header("ETag", is("\"0\""))
                .body("unit.code", is(PHONG_THO))
                .body("unit.level", is("DISTRICT"))
                .body("program", is("GNBV-2021-2025"))
                .body("number", is(body.get("number")))
                .body("issuedOn", is("2024-06-01"))
                .body("period", is("2021/2023"))
                .body("periodStart", is("2021-01-01"))
                .body("periodEnd", is("2023-12-31"))
                .body("kind", is("ANNUAL_REPORT"))
                .body("note", is("Số liệu ước thực hiện đến 31/12/2023"))
                .body("file", nullValue())
                .body("figures.name", contains("funding lines", "indicator values", "local projects"))
                .body("figures.count", contains(0, 0, 0))
                .body("version", is(0))
                .extract()
                .response();
        long id = r.jsonPath().getLong("id");
        assertTrue(r.header("Location").endsWith(REPORTS + "/" + id), r.header("Location"));
        admin().get(REPORTS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", is("\"0\""))
                .body("number", is(body.get("number")))
                .body("title", is(body.get("title")))
                .body("figures.name", contains("funding lines", "indicator values", "local projects"))
                .body("figures.count", contains(0, 0, 0));
    }

    @Test
    void storesTextInNfcAndTrimmed() {
        Map<String, Object> body = report(PHONG_THO);
        String number = (String) body.get("number");
        body.put("number", "  " + number + "  ");
        body.put("title", " Ba\u0301o ca\u0301o giảm nghèo ");
        create(admin(), body).then().statusCode(201).body("number", is(number)).body("title", is("Báo cáo giảm nghèo"));
    }

    @Test
    void aReportOfADistrictTheReformAbolishedNamesItAsItWas() {
        // TP Bắc Kạn (058) ended on 2025-06-30: its 2024 report resolves the code on the issue date.
        Map<String, Object> body = report(BAC_KAN_CITY);
        long id = create(body);
        admin().get(REPORTS + "/" + id)
                .then()
                .statusCode(200)
                .body("unit.code", is(BAC_KAN_CITY))
                .body("unit.name", is("Thành Phố Bắc Kạn"));
        // Issued after the reform, the code names nothing...
        Map<String, Object> late = report(BAC_KAN_CITY);
        late.put("issuedOn", "2025-08-01");
        create(admin(), late)
                .then()
                .statusCode(422)
                .body("code", is("VALIDATION_FAILED"))
                .body("errors[0].field", is("unit"))
                .body("errors[0].code", is("UNKNOWN_UNIT"));
        // ...unless unitAsOf says when the code is to be read.
        late.put("unitAsOf", "2025-06-30");
        create(admin(), late).then().statusCode(201).body("unit.code", is(BAC_KAN_CITY));
    }

    @Test
    void refusesASecondReportWithTheSameNumberUnitAndDate() {
        Map<String, Object> body = report(PHONG_THO);
        create(body);
        create(admin(), body).then().statusCode(409).body("code", is("DUPLICATE_KEY"));
        // The same number on another day, or at another unit, is another report.
        body.put("issuedOn", "2024-06-02");
        create(admin(), body).then().statusCode(201);
        body.put("unit", BAC_KAN_CITY);
        create(admin(), body).then().statusCode(201);
    }

    @Test
    void namesEveryInvalidField() {
        Map<String, Object> body = report(PHONG_THO);
        body.remove("title");
        body.put("number", "x".repeat(101));
        Api.raw()
                .contentType(ContentType.JSON)
                .body(body)
                .post(REPORTS)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"))
                .body("errors.field", hasItems("number", "title"))
                .body("errors.code", hasItems("TOO_LONG", "MISSING"));
        Map<String, Object> period = report(PHONG_THO);
        period.put("period", "2024H3");
        create(admin(), period).then().statusCode(422).body("errors[0].code", is("INVALID_PERIOD"));
        Map<String, Object> program = report(PHONG_THO);
        program.put("program", "NO-SUCH-2021-2025");
        create(admin(), program).then().statusCode(422).body("errors[0].code", is("UNKNOWN_PROGRAM"));
        Map<String, Object> kind = report(PHONG_THO);
        kind.put("kind", "MEMO");
        Api.raw()
                .contentType(ContentType.JSON)
                .body(kind)
                .post(REPORTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("kind"));
    }

    @Test
    void updatesWithIfMatchAndBumpsTheVersion() {
        Map<String, Object> body = report(PHONG_THO);
        long id = create(body);
        body.put("title", "Báo cáo sơ kết");
        body.put("kind", "MID_TERM_REVIEW");
        admin().contentType(ContentType.JSON)
                .body(body)
                .header("If-Match", "\"0\"")
                .put(REPORTS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", is("\"1\""))
                .body("title", is("Báo cáo sơ kết"))
                .body("kind", is("MID_TERM_REVIEW"))
                .body("version", is(1));
        admin().contentType(ContentType.JSON)
                .body(body)
                .header("If-Match", "\"0\"")
                .put(REPORTS + "/" + id)
                .then()
                .statusCode(412)
                .body("code", is("VERSION_MISMATCH"));
        Api.raw()
                .contentType(ContentType.JSON)
                .body(body)
                .put(REPORTS + "/" + id)
                .then()
                .statusCode(428)
                .body("code", is("PRECONDITION_REQUIRED"));
    }

    @Test
    void anUpdateMayNotTakeAnotherReportsIdentity() {
        Map<String, Object> first = report(PHONG_THO);
        create(first);
        Map<String, Object> second = report(PHONG_THO);
        long id = create(second);
        second.put("number", first.get("number"));
        admin().contentType(ContentType.JSON)
                .body(second)
                .header("If-Match", "\"0\"")
                .put(REPORTS + "/" + id)
                .then()
                .statusCode(409)
                .body("code", is("DUPLICATE_KEY"));
        // Its own identity, unchanged, is no conflict.
        second.put("number", report(PHONG_THO).get("number"));
        admin().contentType(ContentType.JSON)
                .body(second)
                .header("If-Match", "\"0\"")
                .put(REPORTS + "/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void deletesWithIfMatchAndAnswersWhatWentWithIt() {
        long id = create(report(PHONG_THO));
        List<String> kinds =
                admin().get(REPORTS + "/" + id).then().extract().jsonPath().getList("figures.name");
        ReportFixtures.putFile(admin(), id, ReportFixtures.PDF, null, ReportFixtures.pdf())
                .then()
                .statusCode(201);
        admin().header("If-Match", "\"1\"").delete(REPORTS + "/" + id).then().statusCode(412);
        Api.raw().delete(REPORTS + "/" + id).then().statusCode(428);
        Response r = admin().header("If-Match", "\"0\"")
                .delete(REPORTS + "/" + id)
                .then()
                .statusCode(200)
                .body("id", is((int) id))
                .body("file", is(true))
                .extract()
                .response();
        // One entry per kind of figure the view counted, none of which cited this report.
        assertEquals(kinds, r.jsonPath().getList("figures.name"));
        assertTrue(r.jsonPath().getList("figures.count", Integer.class).stream().allMatch(c -> c == 0));
        admin().get(REPORTS + "/" + id).then().statusCode(404);
        ReportFixtures.getFile(id, ReportFixtures.PDF).then().statusCode(404);
        admin().header("If-Match", "\"0\"").delete(REPORTS + "/" + id).then().statusCode(404);
    }

    @Test
    void answers404ForAnUnknownReportAnd400ForAMalformedId() {
        admin().get(REPORTS + "/999999999").then().statusCode(404).body("code", is("NOT_FOUND"));
        Api.raw()
                .get(REPORTS + "/abc")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("INVALID_PARAMETER"));
    }
}
