package vn.gnbv.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.ingest.UploadFixtures.FUNDING;
import static vn.gnbv.tracker.ingest.UploadFixtures.HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUES;
import static vn.gnbv.tracker.ingest.UploadFixtures.VALUE_HEADER;
import static vn.gnbv.tracker.ingest.UploadFixtures.all;
import static vn.gnbv.tracker.ingest.UploadFixtures.assertRejected;
import static vn.gnbv.tracker.ingest.UploadFixtures.auditCount;
import static vn.gnbv.tracker.ingest.UploadFixtures.csv;
import static vn.gnbv.tracker.ingest.UploadFixtures.line;
import static vn.gnbv.tracker.ingest.UploadFixtures.lineByBody;
import static vn.gnbv.tracker.ingest.UploadFixtures.lines;
import static vn.gnbv.tracker.ingest.UploadFixtures.num;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** dryRun, upsert and insert-only, and the audit trail an upsert leaves. */
@QuarkusTest
class UploadModeTest {
    private static List<Long> counts(JsonPath report) {
        return List.of(report.getLong("inserted"), report.getLong("updated"), report.getLong("unchanged"));
    }

    /** Amount and note of every line of the program, by implementing body. */
    private static Map<String, String> state(String program) {
        Map<String, String> m = new TreeMap<>();
        for (Map<String, Object> l : lines(program)) {
            m.put(
                    (String) l.get("implementingBody"),
                    l.get("amountVnd") + " " + l.get("note") + " v" + l.get("version"));
        }
        return m;
    }

    @Test
    void aDryRunReportsExactlyWhatTheRealRunThenDoesAndWritesNothing() {
        String p = UploadFixtures.program();
        String user = UploadFixtures.user("upl-dry");
        String token = UploadFixtures.token(user, "ADMIN");
        String header = HEADER + ",note";
        Upload.csv(
                        FUNDING,
                        csv(
                                header,
                                line(p, "109", 2023, "ASSIGNED", "A", "1") + ",",
                                line(p, "109", 2023, "ASSIGNED", "B", "2") + ",",
                                line(p, "109", 2023, "ASSIGNED", "C", "3") + ","))
                .as(token)
                .post()
                .then()
                .statusCode(200);
        Map<String, String> before = state(p);
        int audit = auditCount(user);
        String batch = csv(
                header,
                line(p, "109", 2023, "ASSIGNED", "A", "1") + ",",
                line(p, "109", 2023, "ASSIGNED", "B", "20") + ",",
                line(p, "109", 2023, "ASSIGNED", "C", "3") + ",mới",
                line(p, "109", 2023, "ASSIGNED", "D", "4") + ",");

        JsonPath dry = Upload.csv(FUNDING, batch)
                .as(token)
                .dryRun()
                .post()
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(true, dry.getBoolean("dryRun"));
        assertEquals(List.of(1L, 2L, 1L), counts(dry), "D new; B's amount and C's note changed; A as stored");
        assertEquals(List.of(4L, 4L), List.of(dry.getLong("rowsRead"), dry.getLong("rowsValid")));
        assertEquals(before, state(p), "a dry run writes nothing");
        assertEquals(audit, auditCount(user), "a dry run audits nothing");

        JsonPath dryJob = UploadFixtures.awaitJob(
                token, Upload.csv(FUNDING, batch).as(token).dryRun().jobId());
        assertEquals("SUCCEEDED", dryJob.getString("state"));
        assertEquals(List.of(1L, 2L, 1L), counts(dryJob.setRootPath("report")));
        assertEquals(before, state(p), "a dry-run job writes nothing");
        assertEquals(audit, auditCount(user), "a dry-run job audits nothing");

        JsonPath real = Upload.csv(FUNDING, batch)
                .as(token)
                .post()
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(false, real.getBoolean("dryRun"));
        assertEquals(counts(dry), counts(real));
        assertEquals(Map.of("A", "1 null v0", "B", "20 null v1", "C", "3 mới v1", "D", "4 null v0"), state(p));

        String invalid = csv(header, line(p, "109", 2023, "ASSIGNED", "E", "-1") + ",");
        assertRejected(
                Upload.csv(FUNDING, invalid).dryRun().post(), 422, "UPLOAD_REJECTED", "1 amount_vnd NEGATIVE_AMOUNT");
    }

    @Test
    void insertOnlyRefusesTheWholeBatchWhenAKeyExists() {
        String p = UploadFixtures.program();
        Upload.csv(FUNDING, csv(HEADER, line(p, "109", 2023, "ASSIGNED", "A", "1")))
                .mode("insert-only")
                .post()
                .then()
                .statusCode(200);
        String batch = csv(
                HEADER,
                line(p, "109", 2023, "ASSIGNED", "E", "5"),
                line(p, "109", 2023, "ASSIGNED", "a ", "1"),
                line(p, "109", 2023, "ASSIGNED", "F", "6"));
        assertRejected(Upload.csv(FUNDING, batch).mode("insert-only").post(), 422, "UPLOAD_REJECTED", "2 * KEY_EXISTS");
        assertRejected(
                Upload.csv(FUNDING, batch).mode("insert-only").dryRun().post(),
                422,
                "UPLOAD_REJECTED",
                "2 * KEY_EXISTS");
        assertEquals(Map.of("A", "1 null v0"), state(p));
        JsonPath upsert = Upload.csv(FUNDING, batch)
                .post()
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(2L, 0L, 1L), counts(upsert), "the default mode is upsert");
        assertEquals(3, lines(p).size());
    }

    @Test
    void anUpsertAuditsEachReplacedAmountWithBeforeAndAfter() {
        String p = UploadFixtures.program();
        String user = UploadFixtures.user("upl-audit");
        String token = UploadFixtures.token(user, "ADMIN");
        JsonPath first = Upload.csv(
                        FUNDING,
                        csv(
                                HEADER,
                                line(p, "109", 2023, "ASSIGNED", "A", "100"),
                                line(p, "109", 2023, "ASSIGNED", "B", "200")))
                .as(token)
                .post()
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long a = num(lineByBody(p, "A").get("id"));
        long b = num(lineByBody(p, "B").get("id"));
        // A created row has no CREATE event of its own: the line's history starts with the upload that created it.
        List<Map<String, Object>> created = events("FUNDING_LINE", a);
        assertEquals(1, created.size(), "the creating upload: " + created);
        assertEquals("UPLOAD", created.get(0).get("operation"));
        assertEquals(first.getString("jobId"), created.get(0).get("resourceId"));
        assertEquals(2L, num(after(created.get(0)).get("inserted")));
        assertTrue(
                ((String) created.get(0).get("createdIds")).startsWith("{["),
                created.get(0).toString());
        assertEquals(user, ((Map<?, ?>) created.get(0).get("actor")).get("username"));

        Upload.csv(
                        FUNDING,
                        csv(
                                HEADER,
                                line(p, "109", 2023, "ASSIGNED", "A", "150"),
                                line(p, "109", 2023, "ASSIGNED", "B", "200")))
                .as(token)
                .post()
                .then()
                .statusCode(200);
        List<Map<String, Object>> updates = events("FUNDING_LINE", a).stream()
                .filter(e -> "UPDATE".equals(e.get("operation")))
                .toList();
        assertEquals(1, updates.size(), "one UPDATE for the replaced amount: " + updates);
        assertEquals(100L, num(before(updates.get(0)).get("amountVnd")));
        assertEquals(150L, num(after(updates.get(0)).get("amountVnd")));
        assertEquals(1, events("FUNDING_LINE", b).size(), "an unchanged row is not audited again");

        assertEquals(
                2, all("/api/v1/audit-events?operation=UPLOAD&actor=" + user).size(), "one UPLOAD per upload");
        List<Map<String, Object>> upload = events("UPLOAD_JOB", first.getString("jobId"));
        assertEquals(1, upload.size(), "the upload's own event, found by its job: " + upload);
        assertEquals("UPLOAD", upload.get(0).get("operation"));
    }

    @Test
    void anUpsertOfIndicatorValuesAuditsTheReplacedValue() {
        String hh = UploadFixtures.indicator("HOUSEHOLD");
        Upload.csv(VALUES, csv(VALUE_HEADER, hh + ",109,2023,ACTUAL,1132,"))
                .post()
                .then()
                .statusCode(200);
        JsonPath again = Upload.csv(VALUES, csv(VALUE_HEADER, hh + ",109,2023,ACTUAL,1133,sửa"))
                .post()
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(0L, 1L, 0L), counts(again));
        Map<String, Object> value = UploadFixtures.values(hh).get(0);
        assertEquals(List.of("1133", "sửa"), List.of(value.get("value"), value.get("note")));
        List<Map<String, Object>> updates = events("INDICATOR_VALUE", num(value.get("id"))).stream()
                .filter(e -> "UPDATE".equals(e.get("operation")))
                .toList();
        assertEquals(1, updates.size());
        // Audit states name the entity's fields, as single-row writes do: the value is "amount".
        assertEquals("1132", before(updates.get(0)).get("amount"));
        assertEquals("1133", after(updates.get(0)).get("amount"));
        assertNull(before(updates.get(0)).get("note"));
    }

    private static List<Map<String, Object>> events(String type, Object id) {
        return all("/api/v1/audit-events?resourceType=" + type + "&resourceId=" + id);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> before(Map<String, Object> event) {
        return (Map<String, Object>) event.get("before");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> after(Map<String, Object> event) {
        return (Map<String, Object>) event.get("after");
    }
}
