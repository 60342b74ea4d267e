package vn.gnbv.tracker.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * RFC 9457 problem details with our stable {@code code} and per-field/per-row {@code errors}; {@code extension}
 * holds members a feature adds (an upload's error count and report) and is written inline.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(
        String type,
        String title,
        int status,
        String detail,
        ErrorCode code,
        String instance,
        List<Violation> errors,
        @JsonUnwrapped Object extension) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(String field, Long row, ViolationCode code, String message) {
        public static Violation field(String field, ViolationCode code, String message) {
            return new Violation(field, null, code, message);
        }
    }

    /** The one way a problem body is made: status and title follow from the code. */
    public static ProblemDetail of(ErrorCode code, String detail, List<Violation> errors, Object extension) {
        Response.Status s = Response.Status.fromStatusCode(code.status());
        return new ProblemDetail(
                "about:blank",
                // JAX-RS names no 422; RFC 9110 calls it Unprocessable Content.
                s != null ? s.getReasonPhrase() : code.status() == 422 ? "Unprocessable Content" : "Error",
                code.status(),
                detail,
                code,
                null,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors),
                extension);
    }

    public static ProblemDetail of(ErrorCode code, String detail, List<Violation> errors) {
        return of(code, detail, errors, null);
    }

    /** This problem as a JAX-RS answer (application/problem+json). */
    public Response response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
