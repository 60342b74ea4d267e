package vn.gnbv.tracker.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.security.CallerScope;

/**
 * The upload_job table, with plain JDBC in autocommit: a job's bookkeeping must survive the rollback of its data,
 * except for its final success, which {@link #succeeded} writes inside the upload's own transaction.
 */
@ApplicationScoped
class UploadJobs {
    /** A job row with what replaying its request needs. */
    record Job(
            UploadJobView view,
            String state,
            String fingerprint,
            boolean synchronous,
            Integer responseStatus,
            JsonNode responseBody) {}

    private static final String COLS = "id, dataset, format, mode, dry_run, state, idempotency_key, owner_subject,"
            + " owner_username, owner_client_id, created_at, started_at, finished_at, bytes, rows_read, rows_validated,"
            + " rows_written, report, failure_code, failure_message, fingerprint, synchronous, response_status,"
            + " response_body, report_id";

    @Inject
    DataSource ds;

    @Inject
    ObjectMapper json;

    /** Creates the job as RECEIVING; false when the owner already used the idempotency key. */
    boolean claim(UploadSpec s) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("""
        insert into upload_job (id, dataset, format, mode, dry_run, synchronous, state, idempotency_key,
          owner_subject, owner_username, owner_client_id, scope_prefixes, request_id, report_id)
        values (?, ?, ?, ?, ?, ?, 'RECEIVING', ?, ?, ?, ?, ?, ?, ?)
        on conflict ((coalesce(owner_subject, owner_username)), idempotency_key) where idempotency_key is not null
        do nothing
        """)) {
            ps.setObject(1, s.id());
            ps.setString(2, s.dataset().path());
            ps.setString(3, s.format());
            ps.setString(4, s.mode());
            ps.setBoolean(5, s.dryRun());
            ps.setBoolean(6, s.synchronous());
            ps.setString(7, s.idempotencyKey());
            ps.setString(8, s.owner().subject());
            ps.setString(9, s.owner().username());
            ps.setString(10, s.owner().clientId());
            ps.setArray(
                    11,
                    s.scope() == null ? null : c.createArrayOf("text", s.scope().toArray()));
            ps.setString(12, s.requestId());
            ps.setObject(13, s.source(), java.sql.Types.BIGINT);
            return ps.executeUpdate() == 1;
        }
    }

    Optional<Job> byKey(CallerScope.Actor owner, String key) throws SQLException {
        return one(
                "select " + COLS + " from upload_job where coalesce(owner_subject, owner_username) = ?"
                        + " and idempotency_key = ?",
                owner.subject() != null ? owner.subject() : owner.username(),
                key);
    }

    Optional<Job> byId(UUID id) throws SQLException {
        return one("select " + COLS + " from upload_job where id = ?", id);
    }

    /** The body is in: QUEUED (a job) or RUNNING (a synchronous upload). */
    void received(UUID id, String fingerprint, long bytes, boolean synchronous) throws SQLException {
        update(
                "update upload_job set fingerprint = ?, bytes = ?, state = ?, heartbeat_at = now(),"
                        + " started_at = case when ? then now() end where id = ?",
                fingerprint,
                bytes,
                synchronous ? "RUNNING" : "QUEUED",
                synchronous,
                id);
    }

    void started(UUID id) throws SQLException {
        update(
                "update upload_job set state = 'RUNNING', started_at = now(), heartbeat_at = now() where id = ?"
                        + " and state = 'QUEUED'",
                id);
    }

    void heartbeat(UUID id, UploadBookkeeper.Progress p) throws SQLException {
        update(
                "update upload_job set rows_read = ?, rows_validated = ?, rows_written = ?, heartbeat_at = now()"
                        + " where id = ? and state in ('RECEIVING', 'QUEUED', 'RUNNING')",
                p.read.get(),
                p.validated.get(),
                p.written.get(),
                id);
    }

    /** Success, inside the upload's transaction: the job says SUCCEEDED exactly when the rows are there. */
    void succeeded(Connection c, UUID id, UploadReport r, Integer status, Object response) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(finishSql())) {
            bindFinish(ps, "SUCCEEDED", r, null, null, status, response, id);
            ps.executeUpdate();
        }
    }

    /**
     * The figures are written, inside their transaction: the job keeps its report (without findings yet) and stays
     * RUNNING while its findings run after the commit; should the server stop meanwhile, it ends SUCCEEDED.
     */
    void figuresWritten(Connection c, UUID id, UploadReport r, Integer status, Object response) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(finishSql().replace("finished_at = now()", "figures_committed = true"))) {
            bindFinish(ps, "RUNNING", r, null, null, status, response, id);
            ps.executeUpdate();
        }
    }

    /** A final state written after the upload's transaction ended (rejected, dry run, refused body). */
    void finished(UUID id, String state, UploadReport r, Integer status, Object response) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(finishSql())) {
            bindFinish(ps, state, r, null, null, status, response, id);
            ps.executeUpdate();
        }
    }

    /** FAILED: nothing was written; the key is given up so a retry really runs again. */
    void failed(UUID id, ErrorCode code, String message) throws SQLException {
        update(
                "update upload_job set state = 'FAILED', failure_code = ?, failure_message = ?, idempotency_key = null,"
                        + " finished_at = now() where id = ? and state in ('RECEIVING', 'QUEUED', 'RUNNING')",
                code.name(),
                message,
                id);
    }

    /**
     * Jobs whose worker stopped beating (a crash, a restart) can no longer finish: they failed, nothing written —
     * unless their figures had committed (the findings were running): those SUCCEEDED, their report says the findings
     * are pending (FindingDue recomputes them).
     */
    int failAbandoned(int seconds) throws SQLException {
        return update(
                "update upload_job set state = case when figures_committed then 'SUCCEEDED' else 'FAILED' end,"
                        + " failure_code = case when not figures_committed then 'ABANDONED' end,"
                        + " failure_message = case when not figures_committed then 'The server stopped before the"
                        + " upload finished; nothing was written' end,"
                        + " idempotency_key = case when figures_committed then idempotency_key end, finished_at = now()"
                        + " where state in ('RECEIVING', 'QUEUED', 'RUNNING') and heartbeat_at < now() - make_interval(secs => ?)",
                seconds);
    }

    /**
     * Retention: idempotency keys are honoured for 7 days, jobs and their reports kept for 30 (the audit trail keeps
     * what was written for good).
     */
    void expire() throws SQLException {
        update("update upload_job set idempotency_key = null where idempotency_key is not null"
                + " and created_at < now() - interval '7 days'");
        update("delete from upload_job where finished_at < now() - interval '30 days'");
    }

    List<UploadJobView> list(String ownerKey, boolean byUsername, String state, String cursor, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder("select " + COLS + " from upload_job where "
                + (byUsername ? "owner_username = ?" : "coalesce(owner_subject, owner_username) = ?"));
        List<Object> args = new ArrayList<>(List.of(ownerKey));
        if ("QUEUED".equals(state)) {
            sql.append(" and state in ('QUEUED', 'RECEIVING')");
        } else if (state != null) {
            sql.append(" and state = ?");
            args.add(state);
        }
        if (cursor != null) {
            List<String> k = vn.gnbv.tracker.common.Cursor.decode(cursor, 2);
            sql.append(" and (created_at, id) < (?::timestamptz, ?::uuid)");
            args.add(k.get(0));
            args.add(k.get(1));
        }
        sql.append(" order by created_at desc, id desc limit ?");
        args.add(limit + 1);
        List<UploadJobView> out = new ArrayList<>();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(sql.toString())) {
            bind(ps, args.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(UploadJobRows.map(json, rs, false).view());
                }
            }
        }
        return out;
    }

    private static String finishSql() {
        return "update upload_job set state = ?, report = ?::jsonb, failure_code = ?, failure_message = ?,"
                + " response_status = ?, response_body = ?::jsonb, rows_read = ?, rows_validated = ?, rows_written = ?,"
                + " finished_at = now() where id = ?";
    }

    private void bindFinish(
            PreparedStatement ps,
            String state,
            UploadReport r,
            String code,
            String message,
            Integer status,
            Object response,
            UUID id)
            throws SQLException {
        try {
            bind(
                    ps,
                    state,
                    r == null ? null : json.writeValueAsString(r),
                    code,
                    message,
                    status,
                    response == null ? null : json.writeValueAsString(response),
                    r == null ? 0L : r.rowsRead(),
                    r == null ? 0L : r.rowsRead(),
                    r == null ? 0L : r.inserted() + r.updated(),
                    id);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Job> one(String sql, Object... args) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(UploadJobRows.map(json, rs, true)) : Optional.empty();
            }
        }
    }

    private int update(String sql, Object... args) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }
}
