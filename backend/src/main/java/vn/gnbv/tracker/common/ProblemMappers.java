package vn.gnbv.tracker.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Where exceptions become application/problem+json (through {@link ProblemDetail#of}). Never leaks a stack trace. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return e.problem().response();
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e) {
        List<ProblemDetail.Violation> params = ParamViolations.of(e.getConstraintViolations());
        if (!params.isEmpty()) {
            return ProblemDetail.of(ErrorCode.INVALID_PARAMETER, params.get(0).message(), params)
                    .response();
        }
        List<ProblemDetail.Violation> errors = e.getConstraintViolations().stream()
                .map(v -> ProblemDetail.Violation.field(
                        fieldOf(v.getPropertyPath().toString()), codeOf(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.Violation::field))
                .collect(Collectors.toList());
        return ProblemDetail.of(ErrorCode.VALIDATION_FAILED, "The request has invalid fields", errors)
                .response();
    }

    // MismatchedInputException is named explicitly: quarkus-rest-jackson has its own mapper for it (plain JSON, not a
    // problem), which would otherwise win as the more specific match (wrong type, unknown field, fraction for integer).
    @ServerExceptionMapper(
            value = {JsonProcessingException.class, MismatchedInputException.class},
            priority = 1)
    public Response json(JsonProcessingException e) {
        String field = null;
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof Decimals.Refused r) {
                String msg = (field == null ? "A number" : field) + " " + r.getOriginalMessage();
                return ProblemDetail.of(
                                ErrorCode.VALIDATION_FAILED,
                                msg,
                                List.of(ProblemDetail.Violation.field(field, r.code(), msg)))
                        .response();
            }
            if (c instanceof StreamConstraintsException) {
                // A number literal longer than any the API stores, refused by the parser before it is expanded.
                String msg = "A number has more than " + Decimals.MAX_LITERAL + " characters";
                return ProblemDetail.of(
                                ErrorCode.VALIDATION_FAILED,
                                msg,
                                List.of(ProblemDetail.Violation.field(field, ViolationCode.TOO_LONG, msg)))
                        .response();
            }
        }
        String msg = field == null
                ? "The request body is not valid JSON of the expected shape"
                : "Field '" + field + "' has the wrong type or format";
        return ProblemDetail.of(
                        ErrorCode.MALFORMED_REQUEST,
                        msg,
                        field == null
                                ? List.of()
                                : List.of(ProblemDetail.Violation.field(field, ViolationCode.WRONG_TYPE, msg)))
                .response();
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response stale(Exception e) {
        return ProblemDetail.of(
                        ErrorCode.CONCURRENT_MODIFICATION,
                        "The resource was changed by someone else; reload and retry",
                        List.of())
                .response();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        // The JSON body reader wraps parse errors (e.g. a truncated body) in a 400; report them like any bad JSON. A
        // parameter converter's refusal (ParamConverters) arrives wrapped in a 404: it is the answer.
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof JsonProcessingException j) {
                return json(j);
            }
            if (c instanceof ApiException a) {
                return api(a);
            }
        }
        ErrorCode code = ErrorCode.forStatus(status);
        String detail = code.status() >= 500
                ? "Internal error"
                : e.getResponse().getStatusInfo().getReasonPhrase();
        return ProblemDetail.of(code, detail, List.of()).response();
    }

    /**
     * A chunked body over the limit (BodyLimit): the request stream itself answered 413 and ended the response as it
     * cut the body off (resteasy-reactive's VertxInputStream), so nothing is left to write, and the error is the
     * client's. Handed back to Vert.x, whose error handler logs an IOException at debug level and leaves an ended
     * response alone; answered here, the write of an ended response failed and was logged as an error.
     */
    @ServerExceptionMapper
    public Response io(java.io.IOException e) throws java.io.IOException {
        if (BODY_CUT.equals(e.getMessage())) {
            throw e;
        }
        return unexpected(e);
    }

    /** VertxInputStream's message when it stops reading a body at the limit. */
    static final String BODY_CUT = "Request too large";

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        // A write that reached approved figures, from whatever path (entity flush, set-based delete, commit).
        if (SqlStates.periodLocked(e)) {
            return SqlStates.periodLockedProblem(e).problem().response();
        }
        if (SqlStates.unavailable(e)) {
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return ProblemDetail.of(
                            ErrorCode.DATABASE_UNAVAILABLE,
                            "The database is unavailable; nothing was written. Retry later.",
                            List.of())
                    .response();
        }
        LOG.error("Unhandled error", e);
        return ProblemDetail.of(ErrorCode.INTERNAL_ERROR, "Internal error; it has been logged", List.of())
                .response();
    }

    /** The catalogue's name for a broken Bean Validation constraint. */
    private static ViolationCode codeOf(ConstraintViolation<?> v) {
        Class<? extends Annotation> a =
                v.getConstraintDescriptor().getAnnotation().annotationType();
        return switch (a.getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> ViolationCode.MISSING;
            case "Size" ->
                v.getInvalidValue() instanceof CharSequence s
                                && s.length()
                                        < (Integer) v.getConstraintDescriptor()
                                                .getAttributes()
                                                .get("min")
                        ? ViolationCode.TOO_SHORT
                        : ViolationCode.TOO_LONG;
            case "Pattern" -> ViolationCode.INVALID_FORMAT;
            case "Min", "Max", "PositiveOrZero", "Positive", "DecimalMin", "DecimalMax" -> ViolationCode.OUT_OF_RANGE;
            default -> ViolationCode.INVALID_VALUE;
        };
    }

    private static String fieldOf(String propertyPath) {
        // "create.body.amountVnd" → "amountVnd": drop the method and parameter segments.
        String[] parts = propertyPath.split("\\.");
        return parts.length > 2
                ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }
}
