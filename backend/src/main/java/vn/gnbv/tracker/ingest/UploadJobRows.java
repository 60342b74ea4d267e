package vn.gnbv.tracker.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import vn.gnbv.tracker.security.CallerScope;

/** An upload_job row read into a job and its view (the columns of UploadJobs' statements). */
final class UploadJobRows {
    private UploadJobRows() {}

    static UploadJobs.Job map(ObjectMapper json, ResultSet rs, boolean withReport) throws SQLException {
        String state = rs.getString("state");
        String failure = rs.getString("failure_code");
        UploadJobView v = new UploadJobView(
                rs.getString("id"),
                rs.getString("dataset"),
                rs.getString("format"),
                rs.getString("mode"),
                rs.getBoolean("dry_run"),
                rs.getObject("report_id", Long.class),
                "RECEIVING".equals(state) ? "QUEUED" : state,
                rs.getString("idempotency_key"),
                new CallerScope.Actor(
                        rs.getString("owner_subject"), rs.getString("owner_username"), rs.getString("owner_client_id")),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class),
                rs.getLong("bytes"),
                new UploadJobView.Progress(
                        rs.getLong("rows_read"), rs.getLong("rows_validated"), rs.getLong("rows_written")),
                withReport ? tree(json, rs.getString("report")) : summary(json, rs.getString("report")),
                failure == null ? null : new UploadJobView.Failure(failure, rs.getString("failure_message")));
        int status = rs.getInt("response_status");
        Integer responseStatus = rs.wasNull() ? null : status;
        return new UploadJobs.Job(
                v,
                state,
                rs.getString("fingerprint"),
                rs.getBoolean("synchronous"),
                responseStatus,
                tree(json, rs.getString("response_body")));
    }

    private static JsonNode tree(ObjectMapper json, String s) {
        try {
            return s == null ? null : json.readTree(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lists carry the report's figures but not its error lists (read the job for those). */
    private static JsonNode summary(ObjectMapper json, String s) {
        JsonNode n = tree(json, s);
        if (n instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            o.putArray("errors");
            o.putArray("warnings");
        }
        return n;
    }
}
