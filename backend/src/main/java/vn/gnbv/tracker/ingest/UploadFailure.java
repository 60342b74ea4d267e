package vn.gnbv.tracker.ingest;

/**
 * An upload that cannot go on: the body is unreadable (bad encoding, broken CSV quoting, not a JSON array) or its
 * header is wrong. Carries the HTTP status and stable code a synchronous caller gets; the job is REJECTED.
 */
final class UploadFailure extends RuntimeException {
    final int status;
    final String code;
    final Long row;
    final String field;

    UploadFailure(int status, String code, Long row, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.row = row;
        this.field = field;
    }
}
