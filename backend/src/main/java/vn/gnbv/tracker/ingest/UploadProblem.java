package vn.gnbv.tracker.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ProblemDetail;
import vn.gnbv.tracker.common.ProblemDetail.Violation;

/**
 * What an upload's problem adds to the common problem body (contract schema UploadProblem): its error count and,
 * when rows were read, its report.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UploadProblem(Long errorCount, UploadReport report) {

    static ProblemDetail of(ErrorCode code, String detail, List<Violation> errors, UploadReport report) {
        return ProblemDetail.of(
                code, detail, errors, report == null ? null : new UploadProblem(report.errorCount(), report));
    }

    /** A rejected batch: 403 when rows lie outside the caller's scope, else 422. */
    static ProblemDetail rejected(UploadReport r) {
        boolean scope = r.outOfScope() > 0;
        String detail = r.errorCount() + (r.errorCount() == 1 ? " row error" : " row errors") + " in "
                + r.rowsRead() + " rows" + (scope ? ", " + r.outOfScope() + " outside your scope" : "")
                + "; nothing was written";
        return of(scope ? ErrorCode.OUT_OF_SCOPE : ErrorCode.UPLOAD_REJECTED, detail, r.errors(), r);
    }
}
