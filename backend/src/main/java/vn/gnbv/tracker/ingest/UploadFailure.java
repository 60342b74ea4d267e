package vn.gnbv.tracker.ingest;

import vn.gnbv.tracker.common.ErrorCode;

/**
 * An upload that cannot go on: the body is unreadable (bad encoding, broken CSV quoting, not a JSON array) or its
 * header is wrong. Carries the stable code (which fixes the HTTP status) a synchronous caller gets; the job is REJECTED.
 */
final class UploadFailure extends RuntimeException {
    final ErrorCode code;
    final Long row;
    final String field;

    UploadFailure(ErrorCode code, Long row, String field, String message) {
        super(message, null, false, false);
        this.code = code;
        this.row = row;
        this.field = field;
    }
}
