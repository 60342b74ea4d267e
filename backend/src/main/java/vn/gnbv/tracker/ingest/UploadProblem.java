package vn.gnbv.tracker.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.gnbv.tracker.common.ProblemDetail;
import vn.gnbv.tracker.common.ProblemDetail.Violation;

/** A problem (RFC 9457) about an upload, with its error count and report (contract schema UploadProblem). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UploadProblem(
        String type,
        String title,
        int status,
        String detail,
        String code,
        String instance,
        List<Violation> errors,
        Long errorCount,
        UploadReport report) {

    static UploadProblem of(int status, String code, String detail, List<Violation> errors, UploadReport report) {
        Response.Status s = Response.Status.fromStatusCode(status);
        return new UploadProblem(
                "about:blank",
                s != null ? s.getReasonPhrase() : "Error",
                status,
                detail,
                code,
                null,
                errors == null || errors.isEmpty() ? null : errors,
                report == null ? null : report.errorCount(),
                report);
    }

    /** A rejected batch: 403 when rows lie outside the caller's scope, else 422. */
    static UploadProblem rejected(UploadReport r) {
        boolean scope = r.outOfScope() > 0;
        String detail = r.errorCount() + (r.errorCount() == 1 ? " row error" : " row errors") + " in "
                + r.rowsRead() + " rows" + (scope ? ", " + r.outOfScope() + " outside your scope" : "")
                + "; nothing was written";
        return of(scope ? 403 : 422, scope ? "OUT_OF_SCOPE" : "UPLOAD_REJECTED", detail, r.errors(), r);
    }

    Response response() {
        return Response.status(status)
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(this)
                .build();
    }
}
