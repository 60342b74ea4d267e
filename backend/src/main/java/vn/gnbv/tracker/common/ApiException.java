package vn.gnbv.tracker.common;

import java.util.List;

/**
 * An error the API reports on purpose: a code of the catalogue (which fixes the HTTP status), a human detail and, for
 * input errors, the fields or rows that are wrong. Rendered as application/problem+json by {@link Problems}.
 */
public class ApiException extends RuntimeException {
    private final ErrorCode code;
    private final List<ProblemDetail.Violation> errors;
    private final Object extension;

    public ApiException(ErrorCode code, String detail, List<ProblemDetail.Violation> errors) {
        this(code, detail, errors, null);
    }

    /** {@code extension}: members the problem adds beside the common ones (written inline, see ProblemDetail). */
    public ApiException(ErrorCode code, String detail, List<ProblemDetail.Violation> errors, Object extension) {
        super(detail, null, false, false); // no stack trace: this is an answer, not a crash
        this.code = code;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extension = extension;
    }

    public ApiException(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public static ApiException notFound(String what, Object key) {
        return new ApiException(ErrorCode.NOT_FOUND, what + " " + key + " does not exist");
    }

    public static ApiException badParam(String field, ViolationCode code, String message) {
        return new ApiException(
                ErrorCode.INVALID_PARAMETER, message, List.of(ProblemDetail.Violation.field(field, code, message)));
    }

    public static ApiException invalid(String field, ViolationCode code, String message) {
        return new ApiException(
                ErrorCode.VALIDATION_FAILED, message, List.of(ProblemDetail.Violation.field(field, code, message)));
    }

    /** 422 with every broken field; the detail is the only message, or a count. */
    public static ApiException invalid(List<ProblemDetail.Violation> errors) {
        return new ApiException(
                ErrorCode.VALIDATION_FAILED,
                errors.size() == 1 ? errors.get(0).message() : "The request has " + errors.size() + " invalid fields",
                errors);
    }

    public static ApiException conflict(ErrorCode code, String detail) {
        return new ApiException(code, detail);
    }

    public int status() {
        return code.status();
    }

    public ErrorCode code() {
        return code;
    }

    public List<ProblemDetail.Violation> errors() {
        return errors;
    }

    public Object extension() {
        return extension;
    }

    /** This answer as a problem body. */
    public ProblemDetail problem() {
        return ProblemDetail.of(code, getMessage(), errors, extension);
    }
}
