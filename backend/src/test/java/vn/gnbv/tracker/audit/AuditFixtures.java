package vn.gnbv.tracker.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;

/** Writes with a known actor and request id, and the audit rows they left. */
final class AuditFixtures {
    static final String EVENTS = "/api/v1/audit-events";
    static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    /** An ADMIN whose username only this run uses, so the actor filter finds only our events. */
    static final String USER = "auditor-" + RUN;

    static final String TOKEN = TestTokens.of(USER, "ADMIN");
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final AtomicInteger SLOT =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(500));

    private AuditFixtures() {}

    private static String program;

    /**
     * A program of this run with a DA2 project: funding lines of the audit tests go there, so they never change
     * the totals other tests check for the seeded program in real units.
     */
    static synchronized String program() {
        if (program == null) {
            String code = "AUDIT" + RUN + "-2021-2025";
            long id = num(Api.given()
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "code",
                            code,
                            "nameVi",
                            "Chương trình kiểm toán " + code,
                            "startYear",
                            2021,
                            "endYear",
                            2025))
                    .post("/api/v1/programs")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
            Api.given()
                    .contentType(ContentType.JSON)
                    .body(Map.of("kind", "PROJECT", "code", "DA2", "nameVi", "Dự án 2", "sortOrder", 2))
                    .post("/api/v1/programs/" + id + "/components")
                    .then()
                    .statusCode(201);
            program = code;
        }
        return program;
    }

    static String requestId() {
        return "test-" + UUID.randomUUID();
    }

    static String unique(String prefix) {
        return prefix + RUN + SEQ.incrementAndGet();
    }

    /** A 20-day validity slot in the 18th century, which no reference unit and no other test uses. */
    static LocalDate slot() {
        return LocalDate.of(1750, 1, 1).plusDays(20L * (SLOT.getAndIncrement() % 500));
    }

    /** A contract-validated request as {@link #USER} with this request id; accepts JSON or a problem. */
    static RequestSpecification as(String requestId) {
        return Api.as(TOKEN).header(RequestId.HEADER, requestId).accept("application/json, application/problem+json");
    }

    static RequestSpecification json(String requestId, Object body) {
        return as(requestId).contentType(ContentType.JSON).body(body);
    }

    /** Audit row ids written under this request id (read straight from the table). */
    static List<Long> rowsOf(DataSource ds, String requestId) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("select id from audit_event where request_id = ? order by id")) {
            ps.setString(1, requestId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    private static boolean isFinding(DataSource ds, long eventId) {
        try (Connection c = ds.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("select resource_type = 'FINDING' from audit_event where id = ?")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asserts that the request left exactly one audit row of this resource type, of this kind, by {@link #USER}, and
     * returns it as the API shows it (found through the resource filters). A write may also open or resolve findings,
     * which are audited as FINDING events of their own.
     */
    static Map<String, Object> onlyEvent(DataSource ds, String requestId, String operation, String type, Object id)
            throws Exception {
        List<Long> rows = rowsOf(ds, requestId).stream()
                .filter(r -> !isFinding(ds, r) || type.equals("FINDING"))
                .toList();
        assertEquals(1, rows.size(), "audit rows of request " + requestId);
        List<Map<String, Object>> items = Api.given()
                .queryParam("resourceType", type)
                .queryParam("resourceId", String.valueOf(id))
                .queryParam("limit", 1000)
                .get(EVENTS)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        Map<String, Object> e = items.stream()
                .filter(i -> ((Number) i.get("id")).longValue() == rows.get(0))
                .findFirst()
                .orElseThrow(() -> new AssertionError("event not listed: " + rows.get(0)));
        assertEquals(operation, e.get("operation"));
        assertEquals(type, e.get("resourceType"));
        assertEquals(String.valueOf(id), e.get("resourceId"));
        assertEquals(requestId, e.get("requestId"));
        assertEquals(Map.of("subject", "sub-" + USER, "username", USER, "clientId", "gnbv-test"), e.get("actor"));
        assertNotNull(e.get("resourceKey"));
        switch (operation) {
            case "CREATE" -> {
                assertNull(e.get("before"));
                assertNotNull(e.get("after"));
            }
            case "DELETE" -> {
                assertNotNull(e.get("before"));
                assertNull(e.get("after"));
            }
            default -> {
                assertNotNull(e.get("before"));
                assertNotNull(e.get("after"));
            }
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> before(Map<String, Object> event) {
        return (Map<String, Object>) event.get("before");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> after(Map<String, Object> event) {
        return (Map<String, Object>) event.get("after");
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }
}
