package vn.gnbv.tracker.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.gnbv.tracker.approval.ApprovalFixtures.ADMIN;
import static vn.gnbv.tracker.approval.ApprovalFixtures.DISTRICT_OFFICER;
import static vn.gnbv.tracker.approval.ApprovalFixtures.PROVINCE_MANAGER;
import static vn.gnbv.tracker.approval.ApprovalFixtures.api;
import static vn.gnbv.tracker.approval.ApprovalFixtures.move;
import static vn.gnbv.tracker.approval.ApprovalFixtures.state;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gnbv.tracker.approval.ApprovalFixtures.Key;
import vn.gnbv.tracker.ingest.DemoUploads;

/**
 * The README's sign-off example, step by step, on the demo data it is written for: Phong Thổ's 2024 funding,
 * submitted by the district officer, approved by the Lai Châu manager, locking the figures, reopened. Keeps the
 * example true when rules or demo data change.
 */
@QuarkusTest
class ReadmeSignOffTest {
    private static final Key PHONG_THO_2024 = new Key("109", "GNBV-2021-2025", "2024", "FUNDING");

    @Inject
    DemoUploads loader;

    /** Back to where the README starts (nothing submitted, nothing approved), as ADMIN. */
    private static void back(Key k) {
        String status = state(ADMIN, k).getString("status");
        if (status.equals("SUBMITTED")) {
            ApprovalFixtures.moveNow(ADMIN, k, "RETURNED", "Trả lại trạng thái ban đầu");
        } else if (status.equals("APPROVED")) {
            ApprovalFixtures.moveNow(ADMIN, k, "DRAFT", "Trả lại trạng thái ban đầu");
        }
    }

    /** The district officer decides the finding, with its current ETag. */
    private static void decide(long id, String status, String note) {
        String path = "/api/v1/findings/" + id;
        String etag =
                api(DISTRICT_OFFICER).get(path).then().statusCode(200).extract().header("ETag");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (note != null) {
            body.put("note", note);
        }
        api(DISTRICT_OFFICER)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body)
                .put(path + "/status")
                .then()
                .statusCode(200);
    }

    @Test
    void theReadmeExampleRunsAsWritten() {
        for (var r : loader.loadAll()) {
            assertNull(r.error(), r.resource() + ": " + r.error());
        }
        back(PHONG_THO_2024);
        int start = state(ADMIN, PHONG_THO_2024).getInt("version");
        Long finding = null;
        List<Key> children = new ArrayList<>();
        try {
            // Other tests write their own lines in Phong Thổ's communes; the demo data has none there in 2024, so the
            // README's reader meets no pending child. Theirs are approved first (and reopened after).
            for (String child : state(ADMIN, PHONG_THO_2024).<String>getList("pendingChildren.unit.code")) {
                Key k = PHONG_THO_2024.of(child);
                ApprovalFixtures.approve(k);
                children.add(k);
            }
            var read = state(DISTRICT_OFFICER, PHONG_THO_2024);
            assertEquals("DRAFT", read.getString("status").replace("RETURNED", "DRAFT"), read.prettify());
            // The demo's one HIGH finding there (DA4 available 7.734 vs its sub-projects' 7.735 triệu) blocks it.
            assertEquals(List.of("TOTAL_VS_PARTS"), read.getList("blockingFindings.rule"), read.prettify());
            assertEquals(
                    409,
                    move(DISTRICT_OFFICER, PHONG_THO_2024, start, "SUBMITTED", null)
                            .statusCode());
            finding = read.getLong("blockingFindings[0].id");
            decide(finding, "EXPLAINED", "Chênh 1 triệu đồng do làm tròn số liệu từng tiểu dự án");
            Response submitted = move(DISTRICT_OFFICER, PHONG_THO_2024, start, "SUBMITTED", null);
            assertEquals(200, submitted.statusCode(), submitted.asString());
            var waiting = api(PROVINCE_MANAGER)
                    .queryParam("awaiting", "me")
                    .get("/api/v1/approvals")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(true, waiting.getList("items.unit.code").contains("109"), waiting.prettify());
            Response approved = move(PROVINCE_MANAGER, PHONG_THO_2024, start + 1, "APPROVED", null);
            assertEquals(200, approved.statusCode(), approved.asString());
            Response reopened =
                    move(PROVINCE_MANAGER, PHONG_THO_2024, start + 2, "DRAFT", "Kho bạc điều chỉnh số giải ngân");
            assertEquals(200, reopened.statusCode(), reopened.asString());
        } finally {
            if (finding != null) {
                decide(finding, "OPEN", null); // as the demo has it, for the other tests
            }
            back(PHONG_THO_2024);
            for (Key k : children) {
                back(k);
            }
        }
    }
}
