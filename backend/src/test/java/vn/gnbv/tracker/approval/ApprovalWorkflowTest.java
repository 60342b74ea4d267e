package vn.gnbv.tracker.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gnbv.tracker.approval.ApprovalFixtures.ADMIN;
import static vn.gnbv.tracker.approval.ApprovalFixtures.AS_OF;
import static vn.gnbv.tracker.approval.ApprovalFixtures.COMMUNE;
import static vn.gnbv.tracker.approval.ApprovalFixtures.COMMUNE_OFFICER;
import static vn.gnbv.tracker.approval.ApprovalFixtures.DISTRICT;
import static vn.gnbv.tracker.approval.ApprovalFixtures.DISTRICT_OFFICER;
import static vn.gnbv.tracker.approval.ApprovalFixtures.OTHER_OFFICER;
import static vn.gnbv.tracker.approval.ApprovalFixtures.PROVINCE;
import static vn.gnbv.tracker.approval.ApprovalFixtures.PROVINCE_MANAGER;
import static vn.gnbv.tracker.approval.ApprovalFixtures.VIEWER;
import static vn.gnbv.tracker.approval.ApprovalFixtures.api;
import static vn.gnbv.tracker.approval.ApprovalFixtures.move;
import static vn.gnbv.tracker.approval.ApprovalFixtures.state;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.approval.ApprovalFixtures.Key;

/**
 * A sign-off's life and who may make each step: the district officer submits its district, the province approves,
 * returns (with a reason) and reopens it (with a reason), nobody else; stale versions and illegal steps are refused;
 * every step is in the audit trail; the lists show what waits for whom.
 */
@QuarkusTest
class ApprovalWorkflowTest {
    private static void status(Response r, int status, String code) {
        assertEquals(status, r.statusCode(), r.asString());
        if (code != null) {
            assertEquals(code, r.jsonPath().getString("code"), r.asString());
        }
    }

    @Test
    void theDistrictSubmitsTheProvinceReturnsApprovesAndReopens() {
        Key k = new Key(DISTRICT, ApprovalFixtures.program(true), "2093", "FUNDING");

        JsonPath draft = state(DISTRICT_OFFICER, k);
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(0, draft.getInt("version"));
        assertNull(draft.get("id"), "a key never moved has no row");
        assertEquals("109", draft.getString("unit.code"));
        assertEquals(List.of("SUBMITTED"), draft.getList("allowedTransitions"));
        assertEquals(List.of(), state(PROVINCE_MANAGER, k).getList("allowedTransitions"));
        assertEquals(List.of(), state(VIEWER, k).getList("allowedTransitions"));

        // Only the district's own officers submit it.
        status(move(VIEWER, k, 0, "SUBMITTED", null), 403, "FORBIDDEN");
        status(move(PROVINCE_MANAGER, k, 0, "SUBMITTED", null), 403, "FORBIDDEN");
        status(move(COMMUNE_OFFICER, k, 0, "SUBMITTED", null), 403, "OUT_OF_SCOPE");
        status(move(OTHER_OFFICER, k, 0, "SUBMITTED", null), 403, "OUT_OF_SCOPE");
        status(move(DISTRICT_OFFICER, k, 0, "APPROVED", null), 403, "FORBIDDEN");
        status(move(PROVINCE_MANAGER, k, 0, "APPROVED", null), 409, "APPROVAL_TRANSITION_INVALID");
        status(move(DISTRICT_OFFICER, k, 3, "SUBMITTED", null), 412, "VERSION_MISMATCH");
        Response submitted = move(DISTRICT_OFFICER, k, 0, "SUBMITTED", null);
        status(submitted, 200, null);
        assertEquals("SUBMITTED", submitted.jsonPath().getString("status"));
        assertEquals(1, submitted.jsonPath().getInt("version"));
        assertEquals("\"1\"", submitted.header("ETag"));
        assertEquals("phongtho.officer", submitted.jsonPath().getString("changedBy"));
        long id = submitted.jsonPath().getLong("id");

        // The district officer cannot decide on its own district; the province can.
        status(move(DISTRICT_OFFICER, k, 1, "APPROVED", null), 403, "FORBIDDEN");
        status(move(DISTRICT_OFFICER, k, 1, "RETURNED", "x"), 403, "FORBIDDEN");
        status(move(PROVINCE_MANAGER, k, 0, "APPROVED", null), 412, "VERSION_MISMATCH");
        assertEquals(List.of("APPROVED", "RETURNED"), state(PROVINCE_MANAGER, k).getList("allowedTransitions"));
        status(move(DISTRICT_OFFICER, k, 1, "SUBMITTED", null), 409, "APPROVAL_TRANSITION_INVALID");

        // Returning says why.
        Response noReason = move(PROVINCE_MANAGER, k, 1, "RETURNED", "  ");
        status(noReason, 422, "VALIDATION_FAILED");
        assertEquals("reason", noReason.jsonPath().getString("errors[0].field"));
        Response returned = move(PROVINCE_MANAGER, k, 1, "RETURNED", "Số giải ngân DA2 chưa khớp");
        status(returned, 200, null);
        assertEquals("RETURNED", returned.jsonPath().getString("status"));
        assertEquals("Số giải ngân DA2 chưa khớp", returned.jsonPath().getString("reason"));
        assertEquals("laichau.manager", returned.jsonPath().getString("changedBy"));
        status(move(PROVINCE_MANAGER, k, 2, "APPROVED", null), 409, "APPROVAL_TRANSITION_INVALID");

        // Entered again and resubmitted, then approved.
        Response again = move(DISTRICT_OFFICER, k, 2, "SUBMITTED", null);
        status(again, 200, null);
        assertNull(again.jsonPath().get("reason"), "a submission clears the return's reason");
        Response approved = move(PROVINCE_MANAGER, k, 3, "APPROVED", null);
        status(approved, 200, null);
        assertEquals("APPROVED", approved.jsonPath().getString("status"));
        assertEquals(4, approved.jsonPath().getInt("version"));
        assertEquals(List.of(), state(DISTRICT_OFFICER, k).getList("allowedTransitions"));

        // Reopening: the level above, with a reason.
        status(move(DISTRICT_OFFICER, k, 4, "DRAFT", "sửa số"), 403, "FORBIDDEN");
        status(move(PROVINCE_MANAGER, k, 4, "DRAFT", null), 422, "VALIDATION_FAILED");
        status(move(PROVINCE_MANAGER, k, 4, "SUBMITTED", null), 403, "FORBIDDEN");
        Response reopened = move(PROVINCE_MANAGER, k, 4, "DRAFT", "Kho bạc điều chỉnh số giải ngân");
        status(reopened, 200, null);
        assertEquals("DRAFT", reopened.jsonPath().getString("status"));
        assertEquals(5, reopened.jsonPath().getInt("version"));

        // By id, as anyone in scope; another district's officer sees nothing of it.
        JsonPath byId = api(VIEWER)
                .get("/api/v1/approvals/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("DRAFT", byId.getString("status"));
        assertEquals("Kho bạc điều chỉnh số giải ngân", byId.getString("reason"));
        status(api(OTHER_OFFICER).get("/api/v1/approvals/" + id), 403, "OUT_OF_SCOPE");

        // Every step is in the audit trail, with the status before and after.
        List<Map<String, Object>> events = api(ADMIN)
                .queryParam("resourceType", "SIGN_OFF")
                .queryParam("resourceId", String.valueOf(id))
                .queryParam("limit", 100)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        List<String> steps = events.stream()
                .map(e -> e.get("operation") + ":" + status(e.get("before")) + "→" + status(e.get("after")))
                .sorted()
                .toList();
        assertEquals(
                List.of(
                        "CREATE:null→SUBMITTED",
                        "UPDATE:APPROVED→DRAFT",
                        "UPDATE:RETURNED→SUBMITTED",
                        "UPDATE:SUBMITTED→APPROVED",
                        "UPDATE:SUBMITTED→RETURNED"),
                steps);
        assertTrue(events.stream().allMatch(e -> ((Map<?, ?>) e.get("actor")).get("username") != null));
    }

    private static String status(Object state) {
        return state == null ? "null" : String.valueOf(((Map<?, ?>) state).get("status"));
    }

    @Test
    void aCommuneIsDecidedByItsDistrictAndTheListsShowWhatWaitsForWhom() {
        String program = ApprovalFixtures.program(true);
        Key commune = new Key(COMMUNE, program, "2092", "FUNDING");
        Key district = commune.of(DISTRICT);
        status(move(DISTRICT_OFFICER, commune, 0, "SUBMITTED", null), 403, "FORBIDDEN");
        status(move(COMMUNE_OFFICER, commune, 0, "SUBMITTED", null), 200, null);
        status(move(DISTRICT_OFFICER, district, 0, "SUBMITTED", null), 200, null);

        // Waiting for the district officer: its commune; for the province manager: its district (not the commune,
        // which is the district's to decide); for the commune officer: nothing.
        assertEquals(List.of(COMMUNE), awaiting(DISTRICT_OFFICER, program));
        assertEquals(List.of(DISTRICT), awaiting(PROVINCE_MANAGER, program));
        assertEquals(List.of(), awaiting(VIEWER, program), "a viewer reads sign-offs but decides none");
        assertEquals(List.of(), awaiting(COMMUNE_OFFICER, program));
        assertEquals(List.of(), awaiting(OTHER_OFFICER, program));

        // Every sign-off in scope, filtered.
        JsonPath all = api(PROVINCE_MANAGER)
                .queryParam("unit", "12")
                .queryParam("asOf", AS_OF)
                .queryParam("program", program)
                .queryParam("status", "SUBMITTED")
                .get("/api/v1/approvals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(DISTRICT, COMMUNE), all.getList("items.unit.code"), "newest first");
        assertEquals(List.of("APPROVED", "RETURNED"), all.getList("items[0].allowedTransitions"));
        JsonPath none = api(PROVINCE_MANAGER)
                .queryParam("program", program)
                .queryParam("dataset", "INDICATORS")
                .get("/api/v1/approvals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(none.getList("items").isEmpty());
        assertTrue(api(OTHER_OFFICER)
                .queryParam("program", program)
                .get("/api/v1/approvals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items")
                .isEmpty());

        status(move(DISTRICT_OFFICER, commune, 1, "APPROVED", null), 200, null);
        assertEquals(List.of(), awaiting(DISTRICT_OFFICER, program));
        status(move(COMMUNE_OFFICER, commune, 2, "DRAFT", "x"), 403, "FORBIDDEN");
        assertFalse(awaiting(ADMIN, program).contains(DISTRICT), "a national admin waits for provinces");
    }

    @Test
    void theChildrenOfAUnitAreListedWithBothDatasetsWithinScope() {
        String program = ApprovalFixtures.program(false);
        status(move(COMMUNE_OFFICER, new Key(COMMUNE, program, "2092", "FUNDING"), 0, "SUBMITTED", null), 200, null);
        status(move(COMMUNE_OFFICER, new Key(COMMUNE, program, "2092", "INDICATORS"), 0, "SUBMITTED", null), 200, null);
        status(move(DISTRICT_OFFICER, new Key(DISTRICT, program, "2092", "FUNDING"), 0, "SUBMITTED", null), 200, null);
        status(move(ADMIN, new Key(PROVINCE, program, "2092", "FUNDING"), 0, "SUBMITTED", null), 200, null);

        // The district's children: its commune, both datasets; not the district itself.
        JsonPath communes = children(DISTRICT_OFFICER, DISTRICT, program, null)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(COMMUNE, COMMUNE), communes.getList("items.unit.code"));
        assertEquals(List.of("INDICATORS", "FUNDING"), communes.getList("items.dataset"), "newest first");
        // The province's children: the district, not the commune below it nor the province.
        assertEquals(
                List.of(DISTRICT),
                children(PROVINCE_MANAGER, PROVINCE, program, null).jsonPath().getList("items.unit.code"));
        // The nation's: the provinces. The other filters still apply.
        assertEquals(
                List.of(PROVINCE),
                children(ADMIN, "VN", program, null).jsonPath().getList("items.unit.code"));
        assertEquals(
                List.of("FUNDING"),
                children(PROVINCE_MANAGER, DISTRICT, program, "FUNDING")
                        .jsonPath()
                        .getList("items.dataset"));
        assertEquals(
                List.of(),
                children(PROVINCE_MANAGER, COMMUNE, program, null).jsonPath().getList("items"),
                "a commune has no children");

        // Scope: another district's officer may not list Phong Thổ's children, nor a district officer its province's.
        status(children(OTHER_OFFICER, DISTRICT, program, null), 403, "OUT_OF_SCOPE");
        status(children(DISTRICT_OFFICER, PROVINCE, program, null), 403, "OUT_OF_SCOPE");
        status(children(PROVINCE_MANAGER, "VN", program, null), 403, "OUT_OF_SCOPE");
        status(children(ADMIN, "99999", program, null), 422, "VALIDATION_FAILED");
    }

    private static Response children(String token, String parent, String program, String dataset) {
        var r = api(token)
                .queryParam("parent", parent)
                .queryParam("asOf", AS_OF)
                .queryParam("program", program)
                .queryParam("period", "2092");
        return (dataset == null ? r : r.queryParam("dataset", dataset)).get("/api/v1/approvals");
    }

    private static List<String> awaiting(String token, String program) {
        return api(token)
                .queryParam("awaiting", "me")
                .queryParam("program", program)
                .get("/api/v1/approvals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.unit.code");
    }

    @Test
    void keysAreChecked() {
        String program = ApprovalFixtures.program(true);
        // A FUNDING sign-off is for a fiscal year of the program (to its end + 1) or its whole phase.
        for (String period : List.of("2090", "2097", "2093Q1", "2092/2094")) {
            Response r = move(ADMIN, new Key(DISTRICT, program, period, "FUNDING"), 0, "SUBMITTED", null);
            status(r, 422, "VALIDATION_FAILED");
            assertEquals("period", r.jsonPath().getString("errors[0].field"));
        }
        assertEquals(
                "DRAFT",
                state(ADMIN, new Key(DISTRICT, program, "2096", "FUNDING")).getString("status"));
        assertEquals(
                "2091/2095",
                state(ADMIN, new Key(DISTRICT, program, "2091-2095", "FUNDING")).getString("period"));
        // INDICATORS: any period within the program's years.
        assertEquals(
                "2093Q1",
                state(ADMIN, new Key(DISTRICT, program, "2093q1", "INDICATORS")).getString("period"));
        status(
                new Key(DISTRICT, program, "2096", "INDICATORS").on(api(ADMIN)).get("/api/v1/approval-status"),
                422,
                "VALIDATION_FAILED");
        status(new Key("99999", program, "2093", "FUNDING").on(api(ADMIN)).get("/api/v1/approval-status"), 422, null);
        status(
                new Key(DISTRICT, "NOPE-2091-2095", "2093", "FUNDING")
                        .on(api(ADMIN))
                        .get("/api/v1/approval-status"),
                422,
                null);
        status(new Key(DISTRICT, program, "x", "FUNDING").on(api(ADMIN)).get("/api/v1/approval-status"), 400, null);
    }
}
