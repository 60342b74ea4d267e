package vn.gnbv.tracker.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A small body limit for every endpoint but the bulk uploads (which stream to disk and enforce their own 20 MiB and
 * 1 GiB) and a report's original document (20 MiB, enforced as the report feature reads it). A declared Content-Length over the limit is answered 413 problem+json as soon as the headers arrive, before
 * a byte of the body is read, and the connection is closed; a chunked body is cut by the server at the same limit.
 */
@ApplicationScoped
public class BodyLimit {
    private static final String UPLOADS = "/api/v1/uploads/";
    private static final String UPLOAD_JOBS = "/api/v1/upload-jobs";
    private static final Pattern REPORT_FILE = Pattern.compile("^/api/v1/reports/[^/]+/file$");

    @Inject
    HttpConfig config;

    @Inject
    ObjectMapper json;

    // Priority 1 runs right after Quarkus' own body-size handler, so the limit set here is the one that counts.
    void register(@Observes Filters filters) {
        filters.register(this::check, 1);
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = request.path();
        if (path.startsWith(UPLOADS)
                || path.equals(UPLOAD_JOBS)
                || REPORT_FILE.matcher(path).matches()) {
            rc.next();
            return;
        }
        long max = config.maxJsonBody().asLongValue();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            rc.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, max);
            rc.next();
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            declared = Long.MAX_VALUE;
        }
        if (declared <= max) {
            rc.next();
            return;
        }
        ProblemDetail p = ProblemDetail.of(
                ErrorCode.PAYLOAD_TOO_LARGE,
                "The body has " + declared + " bytes; this endpoint takes at most " + max
                        + " (bulk data goes to /api/v1/uploads or /api/v1/upload-jobs, a report's document to"
                        + " /api/v1/reports/{id}/file)",
                List.of());
        String body;
        try {
            body = json.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        rc.response()
                .setStatusCode(p.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(v -> request.connection().close())
                .end(body);
    }
}
