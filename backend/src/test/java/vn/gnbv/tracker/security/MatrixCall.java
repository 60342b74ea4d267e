package vn.gnbv.tracker.security;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Function;
import vn.gnbv.tracker.security.SecurityFixtures.Principal;

/**
 * One request of the access matrix: who sends it, and what it aims at (its side's objects, or those both sides share).
 * The calls classes of the features (UnitCalls, FigureCalls, …) make one per operationId; {@link MatrixCalls}
 * composes them.
 */
record MatrixCall(Principal p, MatrixCall.Side side, MatrixCall.Shared shared) {
    static final String NONE = "999999999";
    static final String STALE = "\"0\"";

    /** What the requests of one side aim at. */
    record Side(
            String commune,
            String readCode,
            long readUnitId,
            long communeId,
            long successorId,
            long fundingLineId,
            long valueId,
            long projectId,
            long reportId,
            long findingId,
            long approvalId,
            long readReportId,
            long proposalId) {}

    /** What the requests of both sides aim at: national reference data, and ADMIN's upload job. */
    record Shared(String indicator, long indicatorId, long programId, long componentId, String jobId) {}

    /** Where a calls class puts its requests, by operationId. */
    interface Table {
        void on(String operationId, Function<MatrixCall, Response> call);
    }

    RequestSpecification api() {
        return p.api();
    }

    RequestSpecification json(Object body) {
        return p.api().contentType(ContentType.JSON).body(body);
    }
}
