package vn.gnbv.tracker.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gnbv.tracker.audit.AuditWriter;

/**
 * The upload itself in the audit trail (operation UPLOAD, resource UPLOAD_JOB), in the same transaction as its rows: it
 * carries who, when and the request id for the history rows of what the upload replaced or deleted, which the audit
 * API shows as one UPDATE or DELETE event each. The audit feature writes it, this says what it shows.
 */
final class UploadAudit {
    private UploadAudit() {}

    /**
     * @param created the ids the upload created, as multirange text; the event belongs to the rows' province when
     *     they all lie in one (so its managers read it), else it is national
     * @param event the id reserved for the event, which the upload's history rows name
     * @param province the one province every staged row lies in, or null when they spread over several
     */
    static void record(Connection c, UploadSpec job, UploadReport r, String created, long event, Long province)
            throws SQLException {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("dataset", job.dataset().path());
        summary.put("format", job.format());
        summary.put("mode", job.mode());
        summary.put("rowsRead", r.rowsRead());
        summary.put("inserted", r.inserted());
        summary.put("updated", r.updated());
        summary.put("unchanged", r.unchanged());
        summary.put("deleted", r.deleted());
        if (job.source() != null) {
            summary.put("report", job.source());
        }
        summary.put("idempotencyKey", job.idempotencyKey());
        AuditWriter.upload(
                c,
                new AuditWriter.Upload(
                        event,
                        job.owner(),
                        job.requestId(),
                        job.id().toString(),
                        job.dataset().path() + " " + job.mode() + " " + r.rowsRead() + " rows",
                        summary,
                        created,
                        province));
    }
}
