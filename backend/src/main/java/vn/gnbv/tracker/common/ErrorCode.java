package vn.gnbv.tracker.common;

/**
 * The catalogue of every top-level problem {@code code} the API answers, each with its one HTTP status. The contract
 * lists the same names (schema ErrorCode in openapi.yaml); a test fails when the two differ.
 */
public enum ErrorCode {
    // 400: the request itself is malformed
    MALFORMED_REQUEST(400),
    INVALID_PARAMETER(400),
    INCOMPLETE_BODY(400),
    MALFORMED_JSON(400),
    MALFORMED_CSV(400),
    /** An upload job whose client dropped the connection while sending (a job's failure, never an answer). */
    CLIENT_DISCONNECTED(400),
    /** An upload job whose server stopped before it finished (a job's failure, never an answer). */
    ABANDONED(500),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    OUT_OF_SCOPE(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONCURRENT_MODIFICATION(409),
    CONCURRENT_WRITE(409),
    DUPLICATE_KEY(409),
    IN_USE(409),
    IDEMPOTENCY_KEY_IN_USE(409),
    FINDING_RESOLVED(409),
    /** A sign-off transition its current status does not allow (approve a draft, reopen what is not approved). */
    APPROVAL_TRANSITION_INVALID(409),
    /** A parent's sign-off approved before its children with figures are (when its program asks for that order). */
    APPROVAL_CHILDREN_PENDING(409),
    /** A submission while open HIGH findings touch the sign-off's figures (explain or confirm them first). */
    APPROVAL_BLOCKED_BY_FINDINGS(409),
    /** A write touching approved figures (their sign-off locks the period until it is reopened). */
    PERIOD_LOCKED(409),
    /**
     * A report stating more figures than one DELETE removes within a request (gnbv.report.max-delete-figures): its
     * figures leave first through replace upload jobs, which run in the background.
     */
    REPORT_TOO_LARGE(409),
    /** A changed-since pull whose sync token lies before the change logs' retention horizon: re-read in full. */
    SYNC_TOKEN_EXPIRED(410),
    VERSION_MISMATCH(412),
    PAYLOAD_TOO_LARGE(413),
    BATCH_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    UNSUPPORTED_ENCODING(415),
    VALIDATION_FAILED(422),
    UPLOAD_REJECTED(422),
    CSV_HEADER_INVALID(422),
    INVALID_ENCODING(422),
    /** A file whose bytes are not what its Content-Type says (a .docx that is no ZIP archive, a PDF without %PDF-). */
    CONTENT_MISMATCH(422),
    IDEMPOTENCY_KEY_REUSED(422),
    /** A report's file the reader cannot read as text (not UTF-8, a damaged Word file, a PDF without a text layer). */
    UNREADABLE_DOCUMENT(422),
    PRECONDITION_REQUIRED(428),
    /** A client above its request rate (security.ClientQuota); the answer says when to retry (Retry-After). */
    TOO_MANY_REQUESTS(429),
    INTERNAL_ERROR(500),
    DATABASE_UNAVAILABLE(503),
    /** A write sent to a server in front of a read replica (common/ReadOnly). */
    READ_ONLY(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The code a framework-made error of this status is reported under. */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            default -> status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
        };
    }
}
