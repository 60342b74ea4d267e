package vn.gnbv.tracker.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details with our stable {@code code} and per-field/per-row {@code errors}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(
        String type, String title, int status, String detail, String code, String instance, List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(String field, Long row, String code, String message) {
        public static Violation field(String field, String code, String message) {
            return new Violation(field, null, code, message);
        }
    }
}
