package vn.gnbv.tracker.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gnbv.tracker.approval.ApprovalFixtures.ADMIN;
import static vn.gnbv.tracker.approval.ApprovalFixtures.COMMUNE;
import static vn.gnbv.tracker.approval.ApprovalFixtures.COMMUNE_OFFICER;
import static vn.gnbv.tracker.approval.ApprovalFixtures.DISTRICT;
import static vn.gnbv.tracker.approval.ApprovalFixtures.DISTRICT_OFFICER;
import static vn.gnbv.tracker.approval.ApprovalFixtures.PROVINCE_MANAGER;
import static vn.gnbv.tracker.approval.ApprovalFixtures.api;
import static vn.gnbv.tracker.approval.ApprovalFixtures.created;
import static vn.gnbv.tracker.approval.ApprovalFixtures.line;
import static vn.gnbv.tracker.approval.ApprovalFixtures.move;
import static vn.gnbv.tracker.approval.ApprovalFixtures.moveNow;
import static vn.gnbv.tracker.approval.ApprovalFixtures.state;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.approval.ApprovalFixtures.Key;

/**
 * The rules a transition waits for: children with figures approved before their parent (per program), open HIGH
 * findings explained before a submission, an approved ancestor reopened before its descendant.
 */
@QuarkusTest
class ApprovalRulesTest {
    private static void refused(Response r, String code) {
        assertEquals(409, r.statusCode(), r.asString());
        assertEquals(code, r.jsonPath().getString("code"), r.asString());
    }

    @Test
    void aDistrictIsApprovedAfterItsCommunesWithFigures() {
        String program = ApprovalFixtures.program(true);
        Key district = new Key(DISTRICT, program, "2093", "FUNDING");
        Key commune = district.of(COMMUNE);
        created("/api/v1/funding-lines", line(program, COMMUNE, 2093));
        moveNow(DISTRICT_OFFICER, district, "SUBMITTED", null);

        // Mường So has lines: the district waits for it (its other communes have none and do not count).
        assertEquals(List.of(COMMUNE), state(PROVINCE_MANAGER, district).getList("pendingChildren.unit.code"));
        Response early = move(PROVINCE_MANAGER, district, 1, "APPROVED", null);
        refused(early, "APPROVAL_CHILDREN_PENDING");
        assertEquals(List.of(COMMUNE), early.jsonPath().getList("pendingChildren.unit.code"));
        assertEquals("DRAFT", early.jsonPath().getString("pendingChildren[0].status"));

        moveNow(COMMUNE_OFFICER, commune, "SUBMITTED", null);
        refused(move(PROVINCE_MANAGER, district, 1, "APPROVED", null), "APPROVAL_CHILDREN_PENDING");
        moveNow(DISTRICT_OFFICER, commune, "APPROVED", null);
        assertEquals(List.of(), state(PROVINCE_MANAGER, district).getList("pendingChildren"));
        moveNow(PROVINCE_MANAGER, district, "APPROVED", null);

        // The district's approval covers the commune: the commune is reopened after the district.
        refused(move(DISTRICT_OFFICER, commune, 2, "DRAFT", "sửa"), "APPROVAL_TRANSITION_INVALID");
        moveNow(PROVINCE_MANAGER, district, "DRAFT", "Tỉnh mở lại");
        moveNow(DISTRICT_OFFICER, commune, "DRAFT", "Huyện mở lại");
    }

    @Test
    void aProgramMayLetParentsGoFirst() {
        String program = ApprovalFixtures.program(false);
        Key district = new Key(DISTRICT, program, "2093", "FUNDING");
        created("/api/v1/funding-lines", line(program, COMMUNE, 2093));
        moveNow(DISTRICT_OFFICER, district, "SUBMITTED", null);
        assertEquals(List.of(COMMUNE), state(PROVINCE_MANAGER, district).getList("pendingChildren.unit.code"));
        assertEquals(
                "APPROVED",
                moveNow(PROVINCE_MANAGER, district, "APPROVED", null).getString("status"));
        assertEquals(
                false,
                api(ADMIN)
                        .get("/api/v1/programs?limit=1000")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getBoolean("items.find { it.code == '" + program + "' }.approvalChildrenFirst"));
        moveNow(PROVINCE_MANAGER, district, "DRAFT", "dọn");
    }

    @Test
    void openHighFindingsBlockASubmissionUntilExplained() {
        String program = ApprovalFixtures.program(true);
        String body = "Vượt nguồn " + UUID.randomUUID();
        // Disbursed 5 triệu of 1 triệu available: DISBURSED_OVER_AVAILABLE, severity HIGH, in Mường So, 2093.
        created("/api/v1/funding-lines", line(program, COMMUNE, 2093, "ASSIGNED", 1_000_000L, body));
        created("/api/v1/funding-lines", line(program, COMMUNE, 2093, "DISBURSED", 5_000_000L, body));
        Key commune = new Key(COMMUNE, program, "2093", "FUNDING");
        Key district = commune.of(DISTRICT);

        Response blocked = move(COMMUNE_OFFICER, commune, 0, "SUBMITTED", null);
        refused(blocked, "APPROVAL_BLOCKED_BY_FINDINGS");
        assertEquals(List.of("DISBURSED_OVER_AVAILABLE"), blocked.jsonPath().getList("blockingFindings.rule"));
        long finding = blocked.jsonPath().getLong("blockingFindings[0].id");
        // The district's subtree holds it too; another year's sign-off does not.
        refused(move(DISTRICT_OFFICER, district, 0, "SUBMITTED", null), "APPROVAL_BLOCKED_BY_FINDINGS");
        assertEquals(List.of(finding), state(DISTRICT_OFFICER, district).getList("blockingFindings.id", Long.class));
        assertEquals(
                200,
                move(COMMUNE_OFFICER, commune.period("2094"), 0, "SUBMITTED", null)
                        .statusCode());

        String etag = api(ADMIN)
                .get("/api/v1/findings/" + finding)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        api(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "EXPLAINED", "note", "Giải ngân cả nguồn năm trước chuyển sang"))
                .header("If-Match", etag)
                .put("/api/v1/findings/" + finding + "/status")
                .then()
                .statusCode(200);
        assertEquals(
                "SUBMITTED",
                moveNow(COMMUNE_OFFICER, commune, "SUBMITTED", null).getString("status"));
    }
}
