package vn.gnbv.tracker.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become application/problem+json. Never leaks class names or stack traces. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return problem(e.status(), e.code(), e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e) {
        List<ProblemDetail.Violation> params = ParamViolations.of(e.getConstraintViolations());
        if (!params.isEmpty()) {
            return problem(400, "INVALID_PARAMETER", params.get(0).message(), params);
        }
        List<ProblemDetail.Violation> errors = e.getConstraintViolations().stream()
                .map(v -> ProblemDetail.Violation.field(
                        fieldOf(v.getPropertyPath().toString()), "INVALID_VALUE", v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .collect(Collectors.toList());
        return problem(422, "VALIDATION_FAILED", "The request has invalid fields", errors);
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
        String msg = field == null
                ? "The request body is not valid JSON of the expected shape"
                : "Field '" + field + "' has the wrong type or format";
        return problem(
                400,
                "MALFORMED_REQUEST",
                msg,
                field == null ? List.of() : List.of(ProblemDetail.Violation.field(field, "WRONG_TYPE", msg)));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response stale(Exception e) {
        return problem(
                409,
                "CONCURRENT_MODIFICATION",
                "The resource was changed by someone else; reload and retry",
                List.of());
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
        String code = switch (status) {
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 400 -> "MALFORMED_REQUEST";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
        String detail = status >= 500
                ? "Internal error"
                : e.getResponse().getStatusInfo().getReasonPhrase();
        return problem(status, code, detail, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (databaseUnavailable(e)) {
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return problem(
                    503,
                    "DATABASE_UNAVAILABLE",
                    "The database is unavailable; nothing was written. Retry later.",
                    List.of());
        }
        LOG.error("Unhandled error", e);
        return problem(500, "INTERNAL_ERROR", "Internal error; it has been logged", List.of());
    }

    /** A lost or refused database connection (SQLSTATE class 08, or an administrator shutdown 57P0x). */
    private static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException s
                    && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    public static Response problem(int status, String code, String detail, List<ProblemDetail.Violation> errors) {
        Response.Status s = Response.Status.fromStatusCode(status);
        String title = s != null ? s.getReasonPhrase() : "Error";
        var body = new ProblemDetail(
                "about:blank", title, status, detail, code, null, errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status)
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(body)
                .build();
    }

    private static String fieldOf(String propertyPath) {
        // "create.body.amountVnd" → "amountVnd": drop the method and parameter segments.
        String[] parts = propertyPath.split("\\.");
        return parts.length > 2
                ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }
}
