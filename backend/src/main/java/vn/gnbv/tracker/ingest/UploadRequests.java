package vn.gnbv.tracker.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.Params;
import vn.gnbv.tracker.common.SqlStates;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.security.CallerScope;

/** Turns an upload request's path, parameters and headers into an {@link UploadSpec}, or a 4xx naming the part. */
@ApplicationScoped
class UploadRequests {
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    UploadSpec spec(
            boolean synchronous,
            String datasetPath,
            String modeRaw,
            String dryRunRaw,
            String key,
            String contentType,
            CallerScope scope,
            String requestId) {
        // A path segment that names no dataset is an unknown resource; a job's dataset is a query parameter.
        Dataset dataset = Dataset.byPath(datasetPath)
                .orElseThrow(() -> synchronous
                        ? ApiException.notFound("Dataset", datasetPath)
                        : ApiException.badParam(
                                "dataset",
                                datasetPath == null ? ViolationCode.MISSING : ViolationCode.UNKNOWN_CODE,
                                "dataset must be funding-lines or indicator-values"));
        boolean insertOnly = switch (modeRaw == null ? "upsert" : modeRaw) {
            case "upsert" -> false;
            case "insert-only" -> true;
            default ->
                throw ApiException.badParam(
                        "mode", ViolationCode.INVALID_PARAMETER, "mode must be upsert or insert-only");
        };
        boolean dryRun = Boolean.TRUE.equals(Params.boolOrNull("dryRun", dryRunRaw));
        if (key != null && !KEY.matcher(key).matches()) {
            throw ApiException.badParam(
                    "Idempotency-Key",
                    ViolationCode.INVALID_PARAMETER,
                    "Idempotency-Key must be 1–200" + " printable ASCII characters without spaces");
        }
        return new UploadSpec(
                UUID.randomUUID(),
                dataset,
                json(contentType),
                insertOnly,
                dryRun,
                synchronous,
                key,
                scope.actor(),
                scope.national() ? null : scope.prefixes(),
                requestId);
    }

    /** CSV or JSON in UTF-8; another charset is refused before a byte is read. */
    private static boolean json(String contentType) {
        String ct = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        String[] parts = ct.split(";");
        String type = parts[0].strip();
        if (!type.equals("text/csv") && !type.equals("application/json")) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send text/csv or application/json");
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("charset=")) {
                String cs = p.substring(8).replace("\"", "").strip();
                if (!cs.equals("utf-8") && !cs.equals("utf8")) {
                    throw new ApiException(
                            ErrorCode.UNSUPPORTED_ENCODING,
                            "Uploads are UTF-8; charset " + cs + " is not" + " accepted");
                }
            }
        }
        return type.equals("application/json");
    }

    /** The job table could not be reached: the database is down (503), or a bug (500, logged). */
    static RuntimeException unavailable(SQLException e) {
        if (SqlStates.unavailable(e)) {
            return SqlStates.databaseUnavailable();
        }
        return new IllegalStateException(e);
    }
}
