package vn.gnbv.tracker.ingest;

import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.ProblemDetail.Violation;
import vn.gnbv.tracker.common.ViolationCode;

/**
 * An upload that cannot go on: the body is unreadable (bad encoding, broken CSV quoting, not a JSON array) or its
 * header is wrong. Carries the stable code (which fixes the HTTP status) a synchronous caller gets; the job is REJECTED.
 */
final class UploadFailure extends RuntimeException {
    final ErrorCode code;
    final Long row;
    final String field;
    /** The violation's own code; null: the problem's code stands for it. */
    final ViolationCode violation;

    UploadFailure(ErrorCode code, Long row, String field, String message) {
        this(code, row, field, null, message);
    }

    UploadFailure(ErrorCode code, Long row, String field, ViolationCode violation, String message) {
        super(message, null, false, false);
        this.code = code;
        this.row = row;
        this.field = field;
        this.violation = violation;
    }

    /** A batch the dataset refused as a whole (its source document), as the dataset's rule said it. */
    static UploadFailure of(ApiException e) {
        Violation v = e.errors().isEmpty() ? null : e.errors().get(0);
        return new UploadFailure(
                e.code(), null, v == null ? null : v.field(), v == null ? null : v.code(), e.getMessage());
    }
}
