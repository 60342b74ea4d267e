package vn.gnbv.tracker.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The upload itself in the audit trail (operation UPLOAD, resource UPLOAD_JOB), next to the CREATE and UPDATE events
 * of its rows, in the same transaction, under the same request id.
 */
final class UploadAudit {
    private UploadAudit() {}

    /**
     * @param created the ids the upload created, as multirange text; the event belongs to the rows' province when
     *     they all lie in one (so its managers read it), else it is national
     */
    static void record(Connection c, UploadSpec job, UploadReport r, String created) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
        insert into audit_event (actor_subject, actor_username, actor_client_id, operation, resource_type,
                                 resource_id, resource_key, after, request_id, created_ids, unit_id, unit_path)
        select ?, ?, ?, 'UPLOAD', 'UPLOAD_JOB', ?, ?, jsonb_build_object('dataset', ?::text, 'format', ?::text,
                'mode', ?::text, 'rowsRead', ?::bigint, 'inserted', ?::bigint, 'updated', ?::bigint,
                'unchanged', ?::bigint, 'idempotencyKey', ?::text), ?, ?::int8multirange, p.id, p.path
          from (select 1) one
          left join admin_unit p on p.id = (select case when min(province_id) = max(province_id)
                                                          then min(province_id) end from stage_row)
        """)) {
            ps.setString(1, job.owner().subject());
            ps.setString(2, job.owner().username());
            ps.setString(3, job.owner().clientId());
            ps.setString(4, job.id().toString());
            ps.setString(5, job.dataset().path() + " " + job.mode() + " " + r.rowsRead() + " rows");
            ps.setString(6, job.dataset().path());
            ps.setString(7, job.format());
            ps.setString(8, job.mode());
            ps.setLong(9, r.rowsRead());
            ps.setLong(10, r.inserted());
            ps.setLong(11, r.updated());
            ps.setLong(12, r.unchanged());
            ps.setString(13, job.idempotencyKey());
            ps.setString(14, job.requestId());
            ps.setString(15, created);
            ps.executeUpdate();
        }
    }
}
