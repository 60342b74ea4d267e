package vn.gnbv.tracker.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.stream.Collectors;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.LockedCell;
import vn.gnbv.tracker.common.ProblemDetail;
import vn.gnbv.tracker.common.ProblemDetail.Violation;

/**
 * What an upload's problem adds to the common problem body (contract schema UploadProblem): its error count and,
 * when rows were read, its report.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UploadProblem(Long errorCount, UploadReport report, List<LockedCell> lockedCells) {

    static ProblemDetail of(ErrorCode code, String detail, List<Violation> errors, UploadReport report) {
        return ProblemDetail.of(
                code,
                detail,
                errors,
                report == null ? null : new UploadProblem(report.errorCount(), report, report.lockedCells()));
    }

    /** 409 PERIOD_LOCKED: the rows (and deletions) in approved figures, and the approved sign-offs. */
    private static ProblemDetail locked(UploadReport r) {
        String cells = r.lockedCells().stream().map(LockedCell::describe).collect(Collectors.joining("; "));
        String detail = (r.errorCount() == 0 ? "The upload" : r.errorCount() + (r.errorCount() == 1 ? " row" : " rows"))
                + " would change approved figures (" + cells + "); nothing was written."
                + " The approving level can reopen them";
        return of(ErrorCode.PERIOD_LOCKED, detail, r.errors(), r);
    }

    /** A rejected batch: 409 when it touches approved figures, 403 when rows lie outside the caller's scope, else 422. */
    static ProblemDetail rejected(UploadReport r) {
        if (r.lockedCells() != null) {
            return locked(r);
        }
        boolean scope = r.outOfScope() > 0;
        String detail = r.errorCount() + (r.errorCount() == 1 ? " row error" : " row errors") + " in "
                + r.rowsRead() + " rows" + (scope ? ", " + r.outOfScope() + " outside your scope" : "")
                + "; nothing was written";
        return of(scope ? ErrorCode.OUT_OF_SCOPE : ErrorCode.UPLOAD_REJECTED, detail, r.errors(), r);
    }
}
