package vn.gnbv.tracker.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.SqlStates;
import vn.gnbv.tracker.common.ViolationCode;
import vn.gnbv.tracker.security.CallerScope;

/** Turns an upload request's path, parameters (typed by the resource) and headers into an {@link UploadSpec}. */
@ApplicationScoped
class UploadRequests {
    @Inject
    Datasets datasets;

    UploadSpec spec(boolean synchronous, String datasetPath, UploadOptions o, CallerScope scope, String requestId) {
        // A path segment that names no dataset is an unknown resource; a job's dataset is a query parameter.
        Dataset dataset = (datasetPath == null ? Optional.<Dataset>empty() : datasets.byPath(datasetPath))
                .orElseThrow(() -> synchronous
                        ? ApiException.notFound("Dataset", datasetPath)
                        : ApiException.badParam(
                                "dataset",
                                datasetPath == null ? ViolationCode.MISSING : ViolationCode.UNKNOWN_CODE,
                                "dataset must be one of " + datasets.paths()));
        boolean replace = UploadOptions.REPLACE.equals(o.mode());
        if (replace && o.report() == null) {
            throw ApiException.badParam(
                    "report", ViolationCode.MISSING, "mode=replace needs report: the report whose figures the file is");
        }
        if (o.report() != null && dataset.table().sourceColumn() == null) {
            throw ApiException.badParam(
                    "report", ViolationCode.INVALID_PARAMETER, dataset.path() + " are not stated in reports");
        }
        return new UploadSpec(
                UUID.randomUUID(),
                dataset,
                json(o.contentType()),
                UploadOptions.INSERT_ONLY.equals(o.mode()),
                replace,
                o.report(),
                o.dryRun(),
                synchronous,
                o.idempotencyKey(),
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
