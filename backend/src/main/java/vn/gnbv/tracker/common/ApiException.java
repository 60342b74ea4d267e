package vn.gnbv.tracker.common;

import java.util.List;

/**
 * An error the API reports on purpose: HTTP status, stable UPPER_SNAKE code, human detail and, for input errors,
 * the fields or rows that are wrong. Rendered as application/problem+json by {@link ProblemMappers}.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final List<ProblemDetail.Violation> errors;

    public ApiException(int status, String code, String detail, List<ProblemDetail.Violation> errors) {
        super(detail, null, false, false); // no stack trace: this is an answer, not a crash
        this.status = status;
        this.code = code;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ApiException(int status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    public static ApiException notFound(String what, Object key) {
        return new ApiException(404, "NOT_FOUND", what + " " + key + " does not exist");
    }

    public static ApiException badParam(String field, String code, String message) {
        return new ApiException(
                400, "INVALID_PARAMETER", message, List.of(ProblemDetail.Violation.field(field, code, message)));
    }

    public static ApiException invalid(String field, String code, String message) {
        return new ApiException(
                422, "VALIDATION_FAILED", message, List.of(ProblemDetail.Violation.field(field, code, message)));
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(409, code, detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<ProblemDetail.Violation> errors() {
        return errors;
    }
}
