package vn.gnbv.tracker.report;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.report.ReportFixtures.PHONG_THO;
import static vn.gnbv.tracker.report.ReportFixtures.REPORTS;
import static vn.gnbv.tracker.report.ReportFixtures.admin;
import static vn.gnbv.tracker.report.ReportFixtures.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;

/** The report list: filters, diacritics-insensitive search, newest first, keyset paging. */
@QuarkusTest
class ReportListTest {
    private static final AtomicInteger SEQ = new AtomicInteger();
    /** A word only this test's reports carry in their titles, so a search isolates them. */
    private static final String RUN = "Lx" + Long.toString(System.nanoTime(), 36);

    private static String tag() {
        return RUN + "n" + SEQ.incrementAndGet() + "x";
    }

    private static long issue(String unit, String issuedOn, String title) {
        Map<String, Object> b = report(unit);
        b.put("issuedOn", issuedOn);
        b.put("unitAsOf", "2024-06-01");
        b.put("title", title);
        return ReportFixtures.create(b);
    }

    private static List<Long> ids(RequestSpecification query) {
        return query.get(REPORTS).then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    @Test
    void searchesNumberAndTitleIgnoringCaseAndDiacritics() {
        String tag = tag();
        long title = issue(PHONG_THO, "2024-03-01", "Giảm nghèo bền vững Đồng Văn " + tag);
        Map<String, Object> b = report(PHONG_THO);
        b.put("number", "Số " + tag + "/BC-UBND");
        long number = ReportFixtures.create(b);
        assertEquals(List.of(title), ids(admin().queryParam("q", "GIAM NGHEO ben vung dong van " + tag)));
        assertEquals(List.of(number), ids(admin().queryParam("q", "so " + tag + "/bc")));
        // % and _ are text, not patterns.
        assertEquals(List.of(), ids(admin().queryParam("q", tag + "%")));
    }

    @Test
    void pagesNewestFirstWithoutGapsOrDuplicates() {
        String tag = tag();
        List<Long> expected = new ArrayList<>();
        long a = issue(PHONG_THO, "2023-01-10", tag);
        long b = issue(PHONG_THO, "2024-02-10", tag);
        long c = issue(PHONG_THO, "2024-02-10", tag);
        long d = issue(PHONG_THO, "2022-12-31", tag);
        long e = issue(PHONG_THO, "2024-05-01", tag);
        expected.addAll(List.of(e, c, b, a, d)); // by date descending, then the higher id first
        List<Long> paged = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification q = admin().queryParam("q", tag).queryParam("limit", 2);
            if (cursor != null) {
                q.queryParam("cursor", cursor);
            }
            Response r = q.get(REPORTS).then().statusCode(200).extract().response();
            paged.addAll(r.jsonPath().getList("items.id", Long.class));
            cursor = r.path("next");
        } while (cursor != null);
        assertEquals(expected, paged);
        admin().queryParam("cursor", "not-a-cursor")
                .get(REPORTS)
                .then()
                .statusCode(400)
                .body("errors[0].code", is("INVALID_CURSOR"));
    }

    @Test
    void filtersByUnitWithOrWithoutItsDescendants() {
        String tag = tag();
        long district = issue(PHONG_THO, "2024-04-01", tag);
        long commune = issue("03391", "2024-04-02", tag);
        long other = issue(ReportFixtures.BAC_KAN_CITY, "2024-04-03", tag);
        RequestSpecification byCode = admin().queryParam("q", tag).queryParam("unit", PHONG_THO);
        assertEquals(List.of(commune, district), ids(byCode.queryParam("asOf", "2024-06-01")));
        // Without asOf the code is read on issuedFrom.
        assertEquals(
                List.of(commune, district),
                ids(admin().queryParam("q", tag).queryParam("unit", PHONG_THO).queryParam("issuedFrom", "2024-01-01")));
        long unitId = admin().get(REPORTS + "/" + district)
                .then()
                .extract()
                .jsonPath()
                .getLong("unit.id");
        assertEquals(
                List.of(district),
                ids(admin().queryParam("q", tag).queryParam("unitId", unitId).queryParam("descendants", false)));
        assertEquals(List.of(other, commune, district), ids(admin().queryParam("q", tag)));
        admin().queryParam("unit", PHONG_THO)
                .queryParam("asOf", "2026-01-01")
                .get(REPORTS)
                .then()
                .statusCode(422)
                .body("errors[0].code", is("UNKNOWN_UNIT"));
        admin().queryParam("unit", PHONG_THO)
                .queryParam("unitId", unitId)
                .get(REPORTS)
                .then()
                .statusCode(400)
                .body("errors[0].code", is("CONFLICTING_PARAMETERS"));
    }

    @Test
    void filtersByProgramKindAndIssueDates() {
        String tag = tag();
        long plan = issue(PHONG_THO, "2023-12-20", tag);
        Map<String, Object> b = report(PHONG_THO);
        b.put("title", tag);
        b.put("issuedOn", "2024-01-15");
        b.put("program", "GNBV-2021-2025");
        b.put("kind", "PLAN");
        long ofProgram = ReportFixtures.create(b);
        assertEquals(List.of(ofProgram), ids(admin().queryParam("q", tag).queryParam("program", "GNBV-2021-2025")));
        assertEquals(List.of(ofProgram), ids(admin().queryParam("q", tag).queryParam("kind", "PLAN")));
        assertEquals(
                List.of(plan),
                ids(admin().queryParam("q", tag)
                        .queryParam("issuedFrom", "2023-12-20")
                        .queryParam("issuedTo", "2023-12-31")));
        admin().queryParam("issuedFrom", "2024-02-01")
                .queryParam("issuedTo", "2024-01-01")
                .get(REPORTS)
                .then()
                .statusCode(400)
                .body("errors[0].code", is("EMPTY_RANGE"));
        admin().queryParam("program", "NO-SUCH-2021-2025").get(REPORTS).then().statusCode(422);
        Api.raw().queryParam("kind", "MEMO").get(REPORTS).then().statusCode(400).body("errors[0].field", is("kind"));
    }
}
