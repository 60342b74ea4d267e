package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.LINES;
import static vn.gnbv.tracker.ingest.UploadFixtures.all;
import static vn.gnbv.tracker.ingest.UploadFixtures.csv;
import static vn.gnbv.tracker.ingest.UploadFixtures.line;
import static vn.gnbv.tracker.ingest.UploadFixtures.lineByBody;
import static vn.gnbv.tracker.ingest.UploadFixtures.num;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;

/**
 * The audit API over bulk history (V075): a row an upload replaced or deleted shows as an UPDATE or DELETE event with
 * the same before and after as a single write of it shows, whichever write came next; paging is stable; a province
 * manager reads the events of their province's rows only.
 */
@QuarkusTest
class UploadHistoryEventsTest {
    private static final String EVENTS = "/api/v1/audit-events";

    @Inject
    DataSource ds;

    private long report() throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into report (unit_id, number, issued_on, title, kind)"
                        + " select id, ?, date '2024-12-15', 'Báo cáo', 'ANNUAL_REPORT' from admin_unit"
                        + " where code = '12' and valid_from <= date '2024-12-15'"
                        + " and (valid_to is null or valid_to >= date '2024-12-15') returning id")) {
            ps.setString(1, UploadFixtures.unique("BC") + "/BC-UBND");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Every event of the line, newest first. */
    private static List<Map<String, Object>> events(long line) {
        return all(EVENTS + "?resourceType=FUNDING_LINE&resourceId=" + line);
    }

    private static Map<String, Object> event(long line, String operation, int nth) {
        return events(line).stream()
                .filter(e -> operation.equals(e.get("operation")))
                .toList()
                .get(nth);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Map<String, Object> event, String which) {
        return (Map<String, Object>) event.get(which);
    }

    /** A single write: the line's amount changed through PUT, as ADMIN. */
    private static void put(String program, long line, long report, long amount, int version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("program", program);
        body.put("component", "DA2");
        body.put("unit", "109");
        body.put("fiscalYear", 2023);
        body.put("source", "CENTRAL");
        body.put("capitalType", "RECURRENT");
        body.put("measure", "ASSIGNED");
        body.put("implementingBody", "A");
        body.put("amountVnd", amount);
        body.put("reportId", report);
        body.put("locator", "Mục 1");
        Api.given()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(body)
                .put(LINES + "/" + line)
                .then()
                .statusCode(200);
    }

    /** A bulk write of the report's figures: mode=replace with these amounts by implementing body. */
    private static JsonPath upload(String token, String program, long report, Map<String, String> amounts) {
        List<String> rows = new ArrayList<>(List.of(HEADER + ",locator"));
        amounts.forEach((body, amount) -> rows.add(line(program, "109", 2023, "ASSIGNED", body, amount) + ",Mục 1"));
        return Upload.csv(FUNDING, csv(rows.toArray(String[]::new)))
                .as(token)
                .mode("replace")
                .report(report)
                .post()
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The state without what every write changes, to compare what else an event's two states hold. */
    private static Map<String, Object> sans(Map<String, Object> state) {
        Map<String, Object> m = new HashMap<>(state);
        for (String k : List.of("amountVnd", "version", "updatedAt")) {
            m.remove(k);
        }
        return m;
    }

    @Test
    void aBulkChangedRowShowsTheSameBeforeAndAfterAsASingleWrite() throws Exception {
        String p = UploadFixtures.program();
        long r = report();
        String user = UploadFixtures.user("upl-hist-api");
        String token = UploadFixtures.token(user, "ADMIN");
        upload(token, p, r, Map.of("A", "100"));
        long a = num(lineByBody(p, "A").get("id"));

        // A creation time of whole seconds: printed as its six zero digits by both the single write and the history.
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "update funding_line set created_at = date_trunc('second', created_at) where id = ?")) {
            ps.setLong(1, a);
            assertEquals(1, ps.executeUpdate());
        }
        put(p, a, r, 110, 0); // single write: version 0 → 1
        // Ids far apart, as in a long trail: a page is looked for in windows of ids, widened until it is full.
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select setval('audit_event_id_seq', nextval('audit_event_id_seq') + 100000)")) {
            ps.executeQuery().close();
        }
        Map<String, Object> s1 = event(a, "UPDATE", 0);
        String job = upload(token, p, r, Map.of("A", "120")).getString("jobId"); // bulk: 1 → 2
        Map<String, Object> h1 = event(a, "UPDATE", 0);
        Map<String, Object> uploadEvent =
                all(EVENTS + "?resourceType=UPLOAD_JOB&resourceId=" + job).get(0);
        assertEquals(s1.get("after"), h1.get("before"), "the bulk change starts where the single write ended");
        assertEquals(120L, num(state(h1, "after").get("amountVnd")));
        assertEquals(2L, num(state(h1, "after").get("version")));
        assertEquals(sans(state(h1, "before")), sans(state(h1, "after")), "only the amount changed");
        for (String field : List.of("resourceType", "resourceId", "resourceKey", "unitId")) {
            assertEquals(s1.get(field), h1.get(field), field);
        }
        assertEquals(user, ((Map<?, ?>) h1.get("actor")).get("username"));
        for (String field : List.of("actor", "requestId", "occurredAt")) {
            assertEquals(uploadEvent.get(field), h1.get(field), "the upload's " + field);
        }
        Object afterH1 = h1.get("after"); // read from the row itself

        upload(token, p, r, Map.of("A", "130")); // bulk: 2 → 3
        assertEquals(afterH1, event(a, "UPDATE", 1).get("after"), "read from the next history row");
        Map<String, Object> h2 = event(a, "UPDATE", 0);
        assertEquals(afterH1, h2.get("before"));
        Object afterH2 = h2.get("after");

        put(p, a, r, 140, 3); // single write: 3 → 4
        Map<String, Object> s2 = event(a, "UPDATE", 0);
        assertEquals(afterH2, s2.get("before"), "the single write starts where the bulk change ended");
        assertEquals(afterH2, event(a, "UPDATE", 1).get("after"), "read from the single write's event");

        upload(token, p, r, Map.of("B", "1")); // bulk: A left out of the report, deleted
        Map<String, Object> h3 = event(a, "DELETE", 0);
        assertEquals(s2.get("after"), h3.get("before"));
        assertNull(h3.get("after"));

        List<Map<String, Object>> trail = events(a);
        assertEquals(
                List.of("DELETE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPLOAD"),
                trail.stream().map(e -> e.get("operation")).toList(),
                "newest first: " + trail);
        List<Object> paged = new ArrayList<>();
        String cursor = null;
        do {
            var req = Api.given().queryParam("resourceType", "FUNDING_LINE").queryParam("resourceId", a);
            JsonPath page = (cursor == null ? req : req.queryParam("cursor", cursor))
                    .queryParam("limit", 1)
                    .get(EVENTS)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            paged.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null);
        assertEquals(trail.stream().map(e -> e.get("id")).toList(), paged, "one event per page, none twice");
        List<Object> mine = all(EVENTS + "?actor=" + user + "&operation=UPDATE").stream()
                .map(e -> e.get("id"))
                .toList();
        assertEquals(List.of(h2.get("id"), h1.get("id")), mine, "the actor filter finds the uploader's row events");
    }

    @Test
    void aProvinceManagerReadsTheBulkEventsOfTheirRowsOnly() {
        String p = UploadFixtures.program();
        String token = UploadFixtures.admin("upl-hist-scope");
        // Phong Thổ (109) lies in Lai Châu (12), Bắc Kạn city (058) does not.
        String first =
                csv(HEADER, line(p, "109", 2023, "ASSIGNED", "A", "100"), line(p, "058", 2023, "ASSIGNED", "B", "200"));
        Upload.csv(FUNDING, first).as(token).post().then().statusCode(200);
        Upload.csv(FUNDING, first.replace(",100\n", ",101\n").replace(",200\n", ",201\n"))
                .as(token)
                .post()
                .then()
                .statusCode(200);
        long a = num(lineByBody(p, "A").get("id"));
        long b = num(lineByBody(p, "B").get("id"));
        assertNotNull(event(a, "UPDATE", 0));
        assertNotNull(event(b, "UPDATE", 0));
        String manager = TestTokens.of("m-hist", "PROVINCE_MANAGER", "12");
        for (long line : List.of(a, b)) {
            JsonPath seen = Api.as(manager)
                    .get(EVENTS + "?resourceType=FUNDING_LINE&operation=UPDATE&resourceId=" + line)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(line == a ? 1 : 0, seen.getList("items").size(), "line " + line);
        }
    }
}
