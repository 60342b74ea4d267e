package vn.gnbv.tracker.audit;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.audit.AuditFixtures.json;
import static vn.gnbv.tracker.audit.AuditFixtures.num;
import static vn.gnbv.tracker.audit.AuditFixtures.requestId;
import static vn.gnbv.tracker.audit.AuditFixtures.rowsOf;
import static vn.gnbv.tracker.audit.AuditFixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.indicator.Aggregation;
import vn.gnbv.tracker.indicator.Indicator;
import vn.gnbv.tracker.indicator.UnitOfMeasure;

/** The audit row lives and dies with its write, and nothing can change it afterwards. */
@QuarkusTest
class AuditIntegrityTest {
    private static final String LINES = "/api/v1/funding-lines";

    @Inject
    DataSource ds;

    @Inject
    EntityManager em;

    @Inject
    UserTransaction tx;

    private static Map<String, Object> line(String unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("program", AuditFixtures.program());
        body.put("component", "DA2");
        body.put("unit", unit);
        body.put("fiscalYear", 2022);
        body.put("source", "CENTRAL");
        body.put("capitalType", "RECURRENT");
        body.put("measure", "ASSIGNED");
        body.put("implementingBody", unique("Integrity body "));
        body.put("amountVnd", 1_000_000L);
        return body;
    }

    private long count(String sql, Object arg) throws SQLException {
        try (Connection c = ds.getConnection();
                var ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void rolledBackWriteLeavesNoAuditRow() throws Exception {
        String code = unique("ROLLBACK_");
        tx.begin();
        Long id;
        try {
            Indicator i = new Indicator();
            i.code = code;
            i.nameVi = "Chỉ tiêu sẽ bị huỷ " + code;
            i.unitOfMeasure = UnitOfMeasure.PERSON_TIME;
            i.aggregation = Aggregation.SUM;
            em.persist(i);
            em.flush();
            id = i.id;
            // Inside the transaction the audit row exists, seen on the transaction's own connection...
            Number inside = (Number) em.createNativeQuery("select count(*) from audit_event where resource_type ="
                            + " 'INDICATOR' and resource_id = ?1 and actor_username = 'system'")
                    .setParameter(1, id.toString())
                    .getSingleResult();
            assertEquals(1, inside.intValue(), "audit row written by the listener, as the system outside a request");
        } finally {
            tx.rollback();
        }
        // ...and the rollback took it away with the indicator.
        assertEquals(0, count("select count(*) from indicator where code = ?", code));
        assertEquals(
                0,
                count(
                        "select count(*) from audit_event where resource_type = 'INDICATOR' and resource_id = ?",
                        id.toString()));
    }

    @Test
    void auditRowIsWrittenByTheSameDatabaseTransactionAsTheChange() throws Exception {
        String rid = requestId();
        long id = num(json(rid, line("109"))
                .post(LINES)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        assertEquals(
                1,
                count(
                        "select count(*) from audit_event a join funding_line f on f.id = " + id
                                + " where a.request_id = ? and a.xmin::text = f.xmin::text",
                        rid));
    }

    @Test
    void failedWritesLeaveNoAuditRow() throws Exception {
        Map<String, Object> body = line("109");
        String rid = requestId();
        long id =
                num(json(rid, body).post(LINES).then().statusCode(201).extract().path("id"));
        assertEquals(1, rowsOf(ds, rid).size());

        String duplicate = requestId();
        json(duplicate, body)
                .post(LINES)
                .then()
                .statusCode(409)
                .body("code", is("DUPLICATE_KEY"))
                .header(RequestId.HEADER, is(duplicate));
        String invalid = requestId();
        json(invalid, AuditFixturesBodies.with(body, "unit", "99999"))
                .post(LINES)
                .then()
                .statusCode(422);
        String stale = requestId();
        json(stale, AuditFixturesBodies.with(body, "amountVnd", 5L))
                .header("If-Match", "\"7\"")
                .put(LINES + "/" + id)
                .then()
                .statusCode(412);
        String missing = requestId();
        AuditFixtures.as(missing)
                .header("If-Match", "\"0\"")
                .delete(LINES + "/999999999")
                .then()
                .statusCode(404);
        for (String r : List.of(duplicate, invalid, stale, missing)) {
            assertEquals(List.of(), rowsOf(ds, r), "request " + r);
        }
    }

    @Test
    void auditRowsCannotBeChangedDeletedOrTruncated() throws Exception {
        String rid = requestId();
        json(rid, line("109")).post(LINES).then().statusCode(201);
        long row = rowsOf(ds, rid).get(0);
        for (String sql : List.of(
                "update audit_event set actor_username = 'mallory' where id = " + row,
                "delete from audit_event where id = " + row,
                "delete from audit_event where false",
                "truncate audit_event")) {
            try (Connection c = ds.getConnection();
                    Statement st = c.createStatement()) {
                SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
                assertTrue(e.getMessage().contains("append-only"), e.getMessage());
            }
        }
        assertEquals(
                1,
                count(
                        "select count(*) from audit_event where id = ? and actor_username = '" + AuditFixtures.USER
                                + "'",
                        row));
    }

    @Test
    void requestIdIsEchoedSanitisedOrGenerated() {
        Api.given()
                .header(RequestId.HEADER, "abc-123_x.y:z")
                .get("/api/v1/programs")
                .then()
                .statusCode(200)
                .header(RequestId.HEADER, is("abc-123_x.y:z"));
        Api.given()
                .header(RequestId.HEADER, "a b\"<script>c")
                .get("/api/v1/programs")
                .then()
                .statusCode(200)
                .header(RequestId.HEADER, is("abscriptc"));
        Api.given()
                .header(RequestId.HEADER, "x".repeat(150))
                .get("/api/v1/programs")
                .then()
                .statusCode(200)
                .header(RequestId.HEADER, is("x".repeat(100)));
        String uuid = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
        Api.given().get("/api/v1/programs").then().statusCode(200).header(RequestId.HEADER, matchesPattern(uuid));
        Api.given()
                .header(RequestId.HEADER, "<>")
                .get("/api/v1/programs")
                .then()
                .statusCode(200)
                .header(RequestId.HEADER, matchesPattern(uuid));
        Api.anonymous()
                .header(RequestId.HEADER, "anon-1")
                .get("/api/v1/programs")
                .then()
                .statusCode(401)
                .header(RequestId.HEADER, is("anon-1"));
    }

    @Test
    void auditEventsHaveNoWriteOperation() {
        for (String method : List.of("PUT", "DELETE", "POST")) {
            Api.raw()
                    .contentType("application/json")
                    .body("{}")
                    .request(method, AuditFixtures.EVENTS)
                    .then()
                    .statusCode(405)
                    .contentType("application/problem+json");
        }
    }
}
