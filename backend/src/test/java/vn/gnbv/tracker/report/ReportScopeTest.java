package vn.gnbv.tracker.report;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.report.ReportFixtures.BAC_KAN_CITY;
import static vn.gnbv.tracker.report.ReportFixtures.PDF;
import static vn.gnbv.tracker.report.ReportFixtures.PHONG_THO;
import static vn.gnbv.tracker.report.ReportFixtures.REPORTS;
import static vn.gnbv.tracker.report.ReportFixtures.as;
import static vn.gnbv.tracker.report.ReportFixtures.create;
import static vn.gnbv.tracker.report.ReportFixtures.officer;
import static vn.gnbv.tracker.report.ReportFixtures.putFile;
import static vn.gnbv.tracker.report.ReportFixtures.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A district officer writes and reads the reports of their district's subtree, and nobody else's. */
@QuarkusTest
class ReportScopeTest {
    private static final String PHONG_THO_OFFICER = officer(PHONG_THO);

    @Test
    void anOfficerRecordsReportsOfTheirDistrictAndItsCommunesOnly() {
        create(as(PHONG_THO_OFFICER), report(PHONG_THO)).then().statusCode(201);
        create(as(PHONG_THO_OFFICER), report("03391")).then().statusCode(201);
        create(as(PHONG_THO_OFFICER), report(BAC_KAN_CITY))
                .then()
                .statusCode(403)
                .body("code", is("OUT_OF_SCOPE"))
                .body("errors[0].field", is("unit"));
    }

    @Test
    void anOfficerNeitherSeesNorChangesAnotherDistrictsReports() {
        Map<String, Object> body = report(BAC_KAN_CITY);
        long theirs = create(body);
        as(PHONG_THO_OFFICER).get(REPORTS + "/" + theirs).then().statusCode(403).body("code", is("OUT_OF_SCOPE"));
        // The same answer as for a report that does not exist: ids cannot be probed.
        as(PHONG_THO_OFFICER).get(REPORTS + "/999999999").then().statusCode(403);
        as(PHONG_THO_OFFICER)
                .contentType(ContentType.JSON)
                .body(body)
                .header("If-Match", "\"0\"")
                .put(REPORTS + "/" + theirs)
                .then()
                .statusCode(403);
        as(PHONG_THO_OFFICER)
                .header("If-Match", "\"0\"")
                .delete(REPORTS + "/" + theirs)
                .then()
                .statusCode(403);
        putFile(as(PHONG_THO_OFFICER), theirs, PDF, null, ReportFixtures.pdf())
                .then()
                .statusCode(403);
        as(PHONG_THO_OFFICER)
                .queryParam("unit", BAC_KAN_CITY)
                .queryParam("asOf", "2024-06-01")
                .get(REPORTS)
                .then()
                .statusCode(403)
                .body("errors[0].field", is("unit"));
        // Listing everything they may see leaves it out.
        List<Object> visible = as(PHONG_THO_OFFICER)
                .queryParam("q", body.get("number"))
                .get(REPORTS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
        assertEquals(List.of(), visible);
        ReportFixtures.admin()
                .queryParam("q", body.get("number"))
                .get(REPORTS)
                .then()
                .body("items.size()", is(1));
    }

    @Test
    void anOfficerCannotMoveTheirReportToAnotherDistrict() {
        Map<String, Object> body = report(PHONG_THO);
        long id = create(as(PHONG_THO_OFFICER), body)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        body.put("unit", BAC_KAN_CITY);
        as(PHONG_THO_OFFICER)
                .contentType(ContentType.JSON)
                .body(body)
                .header("If-Match", "\"0\"")
                .put(REPORTS + "/" + id)
                .then()
                .statusCode(403)
                .body("errors[0].field", is("unit"));
        as(PHONG_THO_OFFICER).get(REPORTS + "/" + id).then().statusCode(200).body("unit.code", is(PHONG_THO));
    }

    @Test
    void aProvinceManagerSeesTheReportsOfTheDistrictsBelow() {
        long id = create(report(PHONG_THO));
        String manager = vn.gnbv.tracker.TestTokens.of("laichau.manager", "PROVINCE_MANAGER", "12");
        as(manager).get(REPORTS + "/" + id).then().statusCode(200);
        as(officer(BAC_KAN_CITY)).get(REPORTS + "/" + id).then().statusCode(403);
    }
}
