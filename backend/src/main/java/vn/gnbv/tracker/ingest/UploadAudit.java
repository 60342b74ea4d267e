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

  static void record(Connection c, UploadSpec job, UploadReport r) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("""
        insert into audit_event (actor_subject, actor_username, actor_client_id, operation, resource_type,
                                 resource_id, resource_key, after, request_id)
        values (?, ?, ?, 'UPLOAD', 'UPLOAD_JOB', ?, ?, jsonb_build_object('dataset', ?::text, 'format', ?::text,
                'mode', ?::text, 'rowsRead', ?::bigint, 'inserted', ?::bigint, 'updated', ?::bigint,
                'unchanged', ?::bigint, 'idempotencyKey', ?::text), ?)
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
      ps.executeUpdate();
    }
  }
}
