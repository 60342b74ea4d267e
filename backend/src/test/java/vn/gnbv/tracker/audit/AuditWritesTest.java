package vn.gnbv.tracker.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.audit.AuditFixtures.after;
import static vn.gnbv.tracker.audit.AuditFixtures.as;
import static vn.gnbv.tracker.audit.AuditFixtures.before;
import static vn.gnbv.tracker.audit.AuditFixtures.json;
import static vn.gnbv.tracker.audit.AuditFixtures.num;
import static vn.gnbv.tracker.audit.AuditFixtures.onlyEvent;
import static vn.gnbv.tracker.audit.AuditFixtures.requestId;
import static vn.gnbv.tracker.audit.AuditFixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Every write kind of every audited resource, through the API, leaves exactly one audit row with its states. */
@QuarkusTest
class AuditWritesTest {
    @Inject
    DataSource ds;

    /** POST, PUT and DELETE of {@code path}; returns the three events. */
    private Map<String, Object>[] crud(
            String type, String createPath, String path, Map<String, Object> body, Map<String, Object> changed)
            throws Exception {
        String rid = requestId();
        long id = num(json(rid, body)
                .post(createPath)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        @SuppressWarnings("unchecked")
        Map<String, Object>[] events = new Map[3];
        events[0] = onlyEvent(ds, rid, "CREATE", type, id);
        rid = requestId();
        json(rid, changed)
                .header("If-Match", "\"0\"")
                .put(path + "/" + id)
                .then()
                .statusCode(200);
        events[1] = onlyEvent(ds, rid, "UPDATE", type, id);
        rid = requestId();
        as(rid).header("If-Match", "\"1\"").delete(path + "/" + id).then().statusCode(204);
        events[2] = onlyEvent(ds, rid, "DELETE", type, id);
        assertEquals(id, num(after(events[0]).get("id")));
        assertEquals(0L, num(after(events[0]).get("version")));
        assertEquals(after(events[1]), before(events[2]), "a delete's before is the last update's after");
        return events;
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        m.put(key, value);
        return m;
    }

    @Test
    void auditsCreateUpdateAndDeleteOfAFundingLine() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("program", AuditFixtures.program());
        body.put("component", "DA2");
        body.put("unit", "109");
        body.put("fiscalYear", 2023);
        body.put("source", "CENTRAL");
        body.put("capitalType", "RECURRENT");
        body.put("measure", "ASSIGNED");
        body.put("implementingBody", unique("Audit body "));
        body.put("amountVnd", 9_007_199_254_740_993L);
        var e = crud(
                "FUNDING_LINE",
                "/api/v1/funding-lines",
                "/api/v1/funding-lines",
                body,
                with(body, "amountVnd", 2_455_000_001L));
        // VND exact, even beyond a double's 2^53.
        assertEquals(9_007_199_254_740_993L, num(after(e[0]).get("amountVnd")));
        assertEquals(9_007_199_254_740_993L, num(before(e[1]).get("amountVnd")));
        assertEquals(2_455_000_001L, num(after(e[1]).get("amountVnd")));
        assertEquals(1L, num(after(e[1]).get("version")));
        assertEquals("ASSIGNED", after(e[0]).get("measure"));
        String key = (String) e[0].get("resourceKey");
        assertTrue(key.startsWith(AuditFixtures.program() + "/DA2 109 2023"), key);
        assertEquals(num(after(e[0]).get("unitId")), num(e[0].get("unitId")));
    }

    @Test
    void auditsCreateUpdateAndDeleteOfAnIndicatorAndItsValue() throws Exception {
        String code = unique("AUD_");
        Map<String, Object> ind = new HashMap<>();
        ind.put("code", code);
        ind.put("nameVi", "Chỉ tiêu kiểm toán " + code);
        ind.put("unitOfMeasure", "PERSON_TIME");
        ind.put("aggregation", "SUM");
        var i = crud("INDICATOR", "/api/v1/indicators", "/api/v1/indicators", ind, with(ind, "nameEn", "Audited"));
        assertEquals(code, i[0].get("resourceKey"));
        assertNull(i[0].get("unitId"), "indicator definitions are national");
        assertNull(before(i[1]).get("nameEn"));
        assertEquals("Audited", after(i[1]).get("nameEn"));

        String other = unique("AUDV_");
        Map<String, Object> rate =
                with(with(with(ind, "code", other), "unitOfMeasure", "PERCENT"), "aggregation", "NONE");
        json(requestId(), rate).post("/api/v1/indicators").then().statusCode(201);
        Map<String, Object> value = new HashMap<>();
        value.put("indicator", other);
        value.put("unit", "109");
        value.put("period", "2023");
        value.put("kind", "ACTUAL");
        value.put("value", "64.90");
        var v = crud(
                "INDICATOR_VALUE",
                "/api/v1/indicator-values",
                "/api/v1/indicator-values",
                value,
                with(value, "value", "12.5"));
        // Decimals as exact strings, trailing zero kept.
        assertEquals("64.90", after(v[0]).get("amount"));
        assertEquals("12.5", after(v[1]).get("amount"));
        assertEquals(other + " 109 2023 ACTUAL", v[0].get("resourceKey"));
    }

    @Test
    void auditsCreateUpdateAndDeleteOfAProgramAndAComponent() throws Exception {
        String code = "A" + unique("") + "-2021-2025";
        Map<String, Object> program = new HashMap<>();
        program.put("code", code);
        program.put("nameVi", "Chương trình kiểm toán " + code);
        program.put("startYear", 2021);
        program.put("endYear", 2025);
        var p = crud("PROGRAM", "/api/v1/programs", "/api/v1/programs", program, with(program, "endYear", 2030));
        assertEquals(2025L, num(before(p[1]).get("endYear")));
        assertEquals(2030L, num(after(p[1]).get("endYear")));
        assertEquals(code, p[0].get("resourceKey"));

        String host = "B" + unique("") + "-2021-2025";
        long programId = num(json(requestId(), with(program, "code", host))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        Map<String, Object> comp = new HashMap<>();
        comp.put("kind", "PROJECT");
        comp.put("code", "DA1");
        comp.put("nameVi", "Dự án kiểm toán");
        comp.put("sortOrder", 1);
        var c = crud(
                "PROGRAM_COMPONENT",
                "/api/v1/programs/" + programId + "/components",
                "/api/v1/components",
                comp,
                with(comp, "nameVi", "Dự án kiểm toán (sửa)"));
        assertEquals(host + "/DA1", c[0].get("resourceKey"));
        assertEquals("Dự án kiểm toán (sửa)", after(c[1]).get("nameVi"));
    }

    @Test
    void auditsCreateUpdateAndDeleteOfALocalProject() throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("program", "GNBV-2021-2025");
        body.put("component", "DA2");
        body.put("unit", "03391");
        body.put("unitAsOf", "2024-06-01");
        body.put("name", unique("Mô hình nuôi bò "));
        body.put("status", "IN_PROGRESS");
        body.put("budget", Map.of("stateVnd", 500_000_000L, "peopleCounterpartVnd", 92_300_000L, "otherVnd", 0));
        var e = crud(
                "LOCAL_PROJECT",
                "/api/v1/local-projects",
                "/api/v1/local-projects",
                body,
                with(body, "status", "COMPLETED"));
        assertEquals("IN_PROGRESS", before(e[1]).get("status"));
        assertEquals("COMPLETED", after(e[1]).get("status"));
        assertEquals(92_300_000L, num(after(e[0]).get("peopleCounterpartVnd")));
        assertTrue(((String) e[0].get("resourceKey")).startsWith("03391 "));
    }

    @Test
    void auditsCreateUpdateAndDeleteOfAUnitAndASuccession() throws Exception {
        LocalDate from = AuditFixtures.slot();
        Map<String, Object> unit = new HashMap<>();
        unit.put("code", String.valueOf(10 + (int) (Math.random() * 89)));
        unit.put("name", "Tỉnh Kiểm Toán");
        unit.put("unitType", "Tỉnh");
        unit.put("level", "PROVINCE");
        unit.put("validFrom", from.toString());
        unit.put("validTo", from.plusDays(9).toString());
        var u = crud("ADMIN_UNIT", "/api/v1/units", "/api/v1/units", unit, with(unit, "name", "Tỉnh Kiểm Toán Mới"));
        long unitId = num(after(u[0]).get("id"));
        assertEquals(unitId, num(u[0].get("unitId")), "a unit's events belong to the unit itself");
        assertEquals(unitId, num(u[2].get("unitId")));
        assertEquals("Tỉnh Kiểm Toán", before(u[1]).get("name"));
        assertFalse(after(u[0]).containsKey("path"), "database-owned columns are left out");
        assertEquals("/" + unitId + "/", unitPath(u[2]), "a deleted unit keeps its path for scoped reading");

        long older = num(json(requestId(), unit)
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        Map<String, Object> newer = with(
                with(unit, "validFrom", from.plusDays(10).toString()),
                "validTo",
                from.plusDays(19).toString());
        long successor = num(json(requestId(), newer)
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        Map<String, Object> link = Map.of(
                "predecessorId",
                older,
                "successorId",
                successor,
                "effectiveDate",
                from.plusDays(10).toString(),
                "kind",
                "FULL");
        String rid = requestId();
        json(rid, link).post("/api/v1/unit-successions").then().statusCode(201);
        String key = older + "-" + successor;
        var created = onlyEvent(ds, rid, "CREATE", "UNIT_SUCCESSION", key);
        assertEquals("FULL", after(created).get("kind"));
        assertEquals(older, num(created.get("unitId")));
        rid = requestId();
        // Removed without an explicit flush: the row is written at commit, its audit row with it.
        as(rid).delete("/api/v1/unit-successions/" + older + "/" + successor)
                .then()
                .statusCode(204);
        var deleted = onlyEvent(ds, rid, "DELETE", "UNIT_SUCCESSION", key);
        assertEquals(after(created), before(deleted));
    }

    private String unitPath(Map<String, Object> event) throws Exception {
        try (var c = ds.getConnection();
                var ps = c.prepareStatement("select unit_path from audit_event where id = ?")) {
            ps.setLong(1, num(event.get("id")));
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
