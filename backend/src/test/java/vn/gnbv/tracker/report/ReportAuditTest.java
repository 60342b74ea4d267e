package vn.gnbv.tracker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.report.ReportFixtures.PDF;
import static vn.gnbv.tracker.report.ReportFixtures.PHONG_THO;
import static vn.gnbv.tracker.report.ReportFixtures.REPORTS;
import static vn.gnbv.tracker.report.ReportFixtures.admin;
import static vn.gnbv.tracker.report.ReportFixtures.create;
import static vn.gnbv.tracker.report.ReportFixtures.putFile;
import static vn.gnbv.tracker.report.ReportFixtures.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.TestTokens;

/** Every write of a report and of its file leaves its event, under the report's unit, without the file's bytes. */
@QuarkusTest
class ReportAuditTest {
    /** The events of one resource, newest first, as {@code reader} may read them. */
    private static List<Map<String, Object>> events(RequestSpecification reader, String type, long id) {
        return reader.queryParam("resourceType", type)
                .queryParam("resourceId", Long.toString(id))
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Map<String, Object> event, String which) {
        return (Map<String, Object>) event.get(which);
    }

    @Test
    void createUpdateAndDeleteOfAReportAreAudited() {
        Map<String, Object> body = report(PHONG_THO);
        long id = create(body);
        body.put("title", "Báo cáo đã sửa");
        admin().contentType(ContentType.JSON)
                .body(body)
                .header("If-Match", "\"0\"")
                .put(REPORTS + "/" + id)
                .then()
                .statusCode(200);
        admin().header("If-Match", "\"1\"").delete(REPORTS + "/" + id).then().statusCode(200);
        List<Map<String, Object>> e = events(admin(), "REPORT", id);
        assertEquals(
                List.of("DELETE", "UPDATE", "CREATE"),
                e.stream().map(x -> x.get("operation")).toList());
        assertEquals(
                PHONG_THO + " " + body.get("number") + " 2024-06-01", e.get(2).get("resourceKey"));
        assertNull(e.get(2).get("before"));
        assertEquals(body.get("number"), state(e.get(2), "after").get("number"));
        assertEquals("ANNUAL_REPORT", state(e.get(2), "after").get("kind"));
        assertEquals("Báo cáo đã sửa", state(e.get(1), "after").get("title"));
        assertEquals(state(e.get(1), "after"), state(e.get(0), "before"), "a delete's before is the update's after");
        assertNull(e.get(0).get("after"));
        assertEquals(state(e.get(2), "after").get("unitId"), e.get(2).get("unitId"));
    }

    @Test
    void attachingReplacingAndRemovingTheFileAreAuditedUnderTheReportsUnit() {
        long id = create(report(PHONG_THO));
        putFile(admin(), id, PDF, "attachment; filename=a.pdf", ReportFixtures.pdf())
                .then()
                .statusCode(201);
        byte[] docx = ReportFixtures.docx("Bản sửa");
        putFile(admin(), id, ReportFixtures.DOCX, "attachment; filename=b.docx", docx)
                .then()
                .statusCode(200);
        admin().header("If-Match", "\"0\"").delete(REPORTS + "/" + id).then().statusCode(200);
        List<Map<String, Object>> e = events(admin(), "REPORT_FILE", id);
        assertEquals(
                List.of("DELETE", "UPDATE", "CREATE"),
                e.stream().map(x -> x.get("operation")).toList());
        assertEquals("a.pdf", state(e.get(2), "after").get("fileName"));
        assertEquals("b.docx", state(e.get(1), "after").get("fileName"));
        assertEquals(docx.length, ((Number) state(e.get(1), "after").get("sizeBytes")).intValue());
        assertEquals("a.pdf", state(e.get(1), "before").get("fileName"));
        assertTrue(((String) e.get(0).get("resourceKey")).endsWith(" 2024-06-01 b.docx"), (String)
                e.get(0).get("resourceKey"));
        for (Map<String, Object> event : e) {
            for (String which : List.of("before", "after")) {
                Map<String, Object> s = state(event, which);
                assertFalse(s != null && s.containsKey("content"), "the bytes are not in the trail: " + s);
            }
        }
        // The events belong to the report's unit: Lai Châu's manager reads them.
        String manager = TestTokens.of("laichau.manager", "PROVINCE_MANAGER", "12");
        assertEquals(3, events(ReportFixtures.as(manager), "REPORT_FILE", id).size());
        assertEquals(
                e.get(0).get("unitId"), events(admin(), "REPORT", id).get(0).get("unitId"));
    }
}
