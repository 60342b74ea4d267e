package vn.gnbv.tracker.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import vn.gnbv.tracker.security.CallerScope;

/** A job as clients see it (contract schema UploadJob). */
public record UploadJobView(
        String id,
        String dataset,
        String format,
        String mode,
        boolean dryRun,
        Long reportId,
        String state,
        String idempotencyKey,
        CallerScope.Actor owner,
        OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        long bytes,
        Progress progress,
        @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode report,
        @JsonInclude(JsonInclude.Include.NON_NULL) Failure failure) {

    public record Progress(long rowsRead, long rowsValidated, long rowsWritten) {}

    public record Failure(String code, String message) {}
}
