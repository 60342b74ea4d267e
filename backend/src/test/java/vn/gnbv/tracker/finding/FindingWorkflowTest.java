package vn.gnbv.tracker.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.Api;
import vn.gnbv.tracker.TestTokens;

/**
 * A finding's life through single writes: opened by a write that breaks a relation, decided on by a manager (note
 * required, audited, never "resolved" by hand), reopened when its figures change, resolved when they agree; seen
 * only within the caller's scope; counted per child unit; switched off and on by a rule's settings.
 */
@QuarkusTest
class FindingWorkflowTest {
    private static final String LINES = "/api/v1/funding-lines";
    /** A program of this class only, so its lines never move the demo program's (Phong Thổ's) figures. */
    private static String program;

    private static synchronized String program() {
        if (program == null) {
            program = createProgram();
        }
        return program;
    }

    private static String createProgram() {
        String code = "FND-" + Long.toString(System.nanoTime(), 36).toUpperCase() + "-2021-2025";
        long id = Api.json(
                        Map.of("code", code, "nameVi", "Chương trình thử " + code, "startYear", 2021, "endYear", 2025))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.json(Map.of("kind", "PROJECT", "code", "DA2", "nameVi", "Dự án 2", "sortOrder", 2))
                .post("/api/v1/programs/" + id + "/components")
                .then()
                .statusCode(201);
        return code;
    }

    /** A DA2 line of Phong Thổ's commune Mường So (03589) with a body of this test's own. */
    private static Map<String, Object> line(String body, int year, String measure, long amount) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", program());
        m.put("component", "DA2");
        m.put("unit", "03589");
        m.put("unitAsOf", "2024-06-01");
        m.put("fiscalYear", year);
        m.put("source", "LOCAL");
        m.put("capitalType", "RECURRENT");
        m.put("measure", measure);
        m.put("implementingBody", body);
        m.put("amountVnd", amount);
        return m;
    }

    private static JsonPath create(Map<String, Object> body) {
        return Api.json(body).post(LINES).then().statusCode(201).extract().jsonPath();
    }

    /** The chain finding of this body (any status). */
    private static JsonPath chain(String body) {
        List<Map<String, Object>> items = Api.given()
                .queryParam("unit", "03589")
                .queryParam("asOf", "2024-06-01")
                .queryParam("rule", "CARRY_OVER_CHAIN")
                .queryParam("limit", 1000)
                .get("/api/v1/findings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        List<Map<String, Object>> mine = items.stream()
                .filter(f -> body.equals(((Map<?, ?>) f.get("subject")).get("implementingBody")))
                .toList();
        assertEquals(1, mine.size(), items.toString());
        return Api.given()
                .get("/api/v1/findings/" + mine.get(0).get("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Response decide(long id, int version, String status, String note) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("status", status);
        b.put("note", note);
        return Api.json(b).header("If-Match", "\"" + version + "\"").put("/api/v1/findings/" + id + "/status");
    }

    @Test
    void aFindingIsOpenedDecidedReopenedAndResolved() {
        String body = "Workflow " + UUID.randomUUID();
        create(line(body, 2023, "CARRIED_OUT", 6_000_000L));
        JsonPath in = create(line(body, 2024, "CARRIED_IN", 5_000_000L));
        JsonPath f = chain(body);
        long id = f.getLong("id");
        assertEquals("OPEN", f.getString("status"));
        assertEquals(-1_000_000L, f.getLong("difference"), "carried into 2024 − carried out of 2023");

        Response noNote = decide(id, f.getInt("version"), "EXPLAINED", " ");
        assertEquals(422, noNote.statusCode(), noNote.asString());
        assertEquals("note", noNote.jsonPath().getString("errors[0].field"));
        Response byHand = decide(id, f.getInt("version"), "RESOLVED", "done");
        assertEquals(422, byHand.statusCode());
        assertEquals(412, decide(id, f.getInt("version") + 7, "EXPLAINED", "x").statusCode());

        String note = "1 triệu đồng đã nộp trả ngân sách xã";
        Response ok = decide(id, f.getInt("version"), "EXPLAINED", note);
        assertEquals(200, ok.statusCode(), ok.asString());
        assertEquals("EXPLAINED", ok.jsonPath().getString("status"));
        assertEquals(note, ok.jsonPath().getString("note"));
        assertTrue(ok.jsonPath().getString("statusBy").length() > 0);
        assertEquals(List.of("CREATE - OPEN", "UPDATE OPEN EXPLAINED"), history(id));

        // The figures change: the explanation was for other figures, so it opens again.
        Map<String, Object> changed = line(body, 2024, "CARRIED_IN", 4_000_000L);
        Api.json(changed)
                .header("If-Match", "\"" + in.getInt("version") + "\"")
                .put(LINES + "/" + in.getLong("id"))
                .then()
                .statusCode(200);
        JsonPath reopened = chain(body);
        assertEquals("OPEN", reopened.getString("status"));
        assertEquals(-2_000_000L, reopened.getLong("difference"));

        // The carry-in is deleted: nothing left to compare, so the finding is resolved, and no longer decided on.
        JsonPath now =
                Api.given().get(LINES + "/" + in.getLong("id")).then().extract().jsonPath();
        Api.given()
                .header("If-Match", "\"" + now.getInt("version") + "\"")
                .delete(LINES + "/" + in.getLong("id"))
                .then()
                .statusCode(204);
        JsonPath resolved = chain(body);
        assertEquals("RESOLVED", resolved.getString("status"));
        Response late = decide(id, resolved.getInt("version"), "CONFIRMED", "sai");
        assertEquals(409, late.statusCode());
        assertEquals("FINDING_RESOLVED", late.jsonPath().getString("code"));
        // Every change of its status is audited, the engine's (opened, reopened, resolved) like the manager's.
        assertEquals(
                List.of("CREATE - OPEN", "UPDATE OPEN EXPLAINED", "UPDATE EXPLAINED OPEN", "UPDATE OPEN RESOLVED"),
                history(id));
    }

    /** The finding's audit events, oldest first: operation, status before ("-" for none), status after. */
    private static List<String> history(long id) {
        List<Map<String, Object>> events = Api.given()
                .queryParam("resourceType", "FINDING")
                .queryParam("resourceId", String.valueOf(id))
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return events.stream()
                .sorted(java.util.Comparator.comparingLong(e -> ((Number) e.get("id")).longValue()))
                .map(e -> e.get("operation") + " " + status(e.get("before")) + " " + status(e.get("after")))
                .toList();
    }

    private static Object status(Object state) {
        return state == null ? "-" : ((Map<?, ?>) state).get("status");
    }

    @Test
    void findingsAreSeenWithinTheCallersScopeAndCountedPerChildUnit() {
        String body = "Scope " + UUID.randomUUID();
        create(line(body, 2023, "CARRIED_OUT", 6_000_000L));
        create(line(body, 2024, "CARRIED_IN", 5_000_000L));
        long id = chain(body).getLong("id");

        String phongTho = TestTokens.of("phongtho-" + UUID.randomUUID(), "DISTRICT_OFFICER", "109");
        String lucBinh = TestTokens.of("lucbinh-" + UUID.randomUUID(), "COMMUNE_OFFICER", "01990");
        assertEquals(200, Api.as(phongTho).get("/api/v1/findings/" + id).statusCode());
        Response out = Api.as(lucBinh).get("/api/v1/findings/" + id);
        assertEquals(403, out.statusCode());
        assertEquals("OUT_OF_SCOPE", out.jsonPath().getString("code"));
        List<Map<String, Object>> seen = Api.as(lucBinh)
                .queryParam("limit", 1000)
                .get("/api/v1/findings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertTrue(seen.stream().noneMatch(f -> ((Number) f.get("id")).longValue() == id));

        JsonPath summary = Api.given()
                .queryParam("unit", "12")
                .queryParam("asOf", "2024-06-01")
                .queryParam("rule", "CARRY_OVER_CHAIN")
                .get("/api/v1/findings/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("12", summary.getString("unit.code"));
        assertTrue(summary.getLong("items.find { it.unit.code == '109' }.open") >= 1, summary.prettify());
        JsonPath national = Api.given()
                .queryParam("rule", "CARRY_OVER_CHAIN")
                .get("/api/v1/findings/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("VN", national.getString("unit.code"));
        assertTrue(national.getLong("items.find { it.unit.code == '12' }.open") >= 1, national.prettify());
    }

    @Test
    void aRuleSwitchedOffResolvesItsFindingsAndSwitchedOnReopensThem() {
        String body = "Settings " + UUID.randomUUID();
        create(line(body, 2023, "CARRIED_OUT", 6_000_000L));
        create(line(body, 2024, "CARRIED_IN", 5_000_000L));
        assertEquals("OPEN", chain(body).getString("status"));
        Map<String, Object> off = new LinkedHashMap<>();
        off.put("enabled", false);
        off.put("severity", "MEDIUM");
        off.put("tolerance", 500000);
        JsonPath set = Api.json(off)
                .queryParam("program", program())
                .put("/api/v1/finding-rules/CARRY_OVER_CHAIN")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(Boolean.TRUE, set.getBoolean("programOverride"));
        assertEquals("RESOLVED", chain(body).getString("status"));

        off.put("enabled", true);
        off.put("severity", "HIGH");
        Api.json(off)
                .queryParam("program", program())
                .put("/api/v1/finding-rules/CARRY_OVER_CHAIN")
                .then()
                .statusCode(200);
        JsonPath back = chain(body);
        assertEquals("OPEN", back.getString("status"));
        assertEquals("HIGH", back.getString("severity"));
        off.put("severity", "MEDIUM");
        Api.json(off)
                .queryParam("program", program())
                .put("/api/v1/finding-rules/CARRY_OVER_CHAIN")
                .then()
                .statusCode(200);
        List<Map<String, Object>> rules = Api.given()
                .queryParam("program", program())
                .get("/api/v1/finding-rules")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        // Every rule of the contract's FindingRuleCode: V080's ten and V081's five indicator rules.
        assertEquals(15, rules.size());
    }
}
