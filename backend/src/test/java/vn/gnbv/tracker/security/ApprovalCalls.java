package vn.gnbv.tracker.security;

import static vn.gnbv.tracker.security.SecurityFixtures.AS_OF;

import java.util.Map;

/**
 * The access matrix's requests about sign-offs of the side's commune (FUNDING 2026 of the demo program, submitted:
 * nothing is locked).
 */
final class ApprovalCalls {
    private ApprovalCalls() {}

    static void define(MatrixCall.Table t) {
        t.on(
                "listApprovals",
                c -> c.api()
                        .queryParam("unit", c.side().readCode())
                        .queryParam("asOf", AS_OF)
                        .get("/api/v1/approvals"));
        t.on("getApproval", c -> c.api().get("/api/v1/approvals/" + c.side().approvalId()));
        t.on(
                "getApprovalStatus",
                c -> SecurityFixtures.approvalKey(c.api(), c.side().commune()).get("/api/v1/approval-status"));
        // Never a version the sign-off has: whoever may approve gets 412, and nothing is approved (locked).
        t.on(
                "setApprovalStatus",
                c -> SecurityFixtures.approvalKey(
                                c.json(Map.of("status", "APPROVED")).header("If-Match", "\"999\""),
                                c.side().commune())
                        .put("/api/v1/approval-status"));
    }
}
