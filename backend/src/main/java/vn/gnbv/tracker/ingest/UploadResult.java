package vn.gnbv.tracker.ingest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ProblemDetail;
import vn.gnbv.tracker.common.ProblemDetail.Violation;
import vn.gnbv.tracker.common.ViolationCode;

/**
 * How an upload ended: the job's final state and the answer to its request.
 *
 * @param report null when the upload FAILED
 * @param body the answer: the report, or a problem
 * @param recorded the state is in the job row already (a written upload records its success in its own transaction)
 * @param keepAnswer the job keeps the answer, for a retry with the same idempotency key: a synchronous upload's, and
 *     a job's refused on receipt (a job's caller otherwise reads the job)
 */
record UploadResult(
        String state,
        UploadReport report,
        int status,
        Object body,
        ErrorCode failureCode,
        String failureMessage,
        boolean recorded,
        boolean keepAnswer) {

    /** Validated: written (SUCCEEDED, recorded), a dry run (SUCCEEDED), or rejected for its row errors. */
    static UploadResult of(UploadSpec spec, UploadReport r) {
        if (r.rejected()) {
            ProblemDetail p = UploadProblem.rejected(r);
            return new UploadResult("REJECTED", r, p.status(), p, null, null, false, spec.synchronous());
        }
        // Findings that failed after the figures committed: the success is recorded after the transaction.
        boolean recorded = !r.dryRun() && !Boolean.TRUE.equals(r.findingsPending());
        return new UploadResult("SUCCEEDED", r, 200, r, null, null, recorded, spec.synchronous());
    }

    /** The body could not be read on (encoding, malformed CSV/JSON, header): REJECTED, nothing written. */
    static UploadResult refused(UploadSpec spec, UploadFailure f) {
        return refused(spec, f.code, f.row, f.field, f.violation, f.getMessage(), true, spec.synchronous());
    }

    /** A body refused before any row was read (too large, UTF-16): REJECTED, its answer kept for a retry. */
    static UploadResult refused(UploadSpec spec, ErrorCode code, String message) {
        return refused(spec, code, null, null, null, message, false, true);
    }

    private static UploadResult refused(
            UploadSpec spec,
            ErrorCode code,
            Long row,
            String field,
            ViolationCode violation,
            String message,
            boolean withReport,
            boolean keepAnswer) {
        Violation v = new Violation(field, row, violation != null ? violation : ViolationCode.of(code), message);
        UploadReport r = UploadReport.refused(spec, v);
        ProblemDetail p = UploadProblem.of(code, message, List.of(v), withReport ? r : null);
        return new UploadResult("REJECTED", r, p.status(), p, null, null, false, keepAnswer);
    }

    /** The database or the server failed: FAILED, nothing written, the idempotency key given up. */
    static UploadResult failed(ErrorCode code, String message) {
        ProblemDetail p = UploadProblem.of(code, message, null, null);
        return new UploadResult("FAILED", null, p.status(), p, code, message, false, false);
    }

    boolean failed() {
        return "FAILED".equals(state);
    }

    Response response() {
        return Response.status(status)
                .type(status >= 400 ? ProblemDetail.MEDIA_TYPE : "application/json")
                .entity(body)
                .build();
    }
}
