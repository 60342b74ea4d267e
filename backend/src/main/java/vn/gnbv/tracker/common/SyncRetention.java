package vn.gnbv.tracker.common;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The change logs' retention (V096): every hour the log position is marked with the time, and the changes before
 * the newest mark at least {@code gnbv.sync.retention} old are deleted; a changed-since pull whose token lies before
 * that horizon is refused with 410 SYNC_TOKEN_EXPIRED ({@link #requireWithin}), since the changes it asks for,
 * deletions included, are gone. {@link ReadMemo} is not affected: it looks at the logs at every read and forgets what
 * it has not read for hours, so its own position is never that old.
 */
@ApplicationScoped
public class SyncRetention {
    private static final Logger LOG = Logger.getLogger(SyncRetention.class);

    @Inject
    DataSource ds;

    @Inject
    Instance<ChangeLog> logs;

    @ConfigProperty(name = "gnbv.sync.retention", defaultValue = "P90D")
    Duration retention;

    @Scheduled(
            every = "${gnbv.sync.retention-check:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = ReadOnly.Skip.class)
    void scheduled() {
        try {
            long deleted = purge();
            if (deleted > 0) {
                LOG.infof("Change logs: %d changes older than %s deleted", deleted, retention);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Change log retention skipped: %s", e.getMessage());
        }
    }

    /** Marks the log position now, then deletes the changes before the horizon; answers how many were deleted. */
    public long purge() throws SQLException {
        List<String> tables = new ArrayList<>(List.of("catalogue_change"));
        logs.forEach(l -> tables.add(l.table()));
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("insert into change_log_mark values (now(), pg_snapshot_xmin(pg_current_snapshot()))"
                        + " on conflict do nothing");
            }
            String horizon = null;
            try (PreparedStatement ps = c.prepareStatement("""
                    with m as (select max(position) as p from change_log_mark
                                where marked_at <= now() - ?::interval)
                    insert into change_log_horizon as h (horizon, purged_at) select p, now() from m where p is not null
                    on conflict (only_row) do update set horizon = excluded.horizon, purged_at = excluded.purged_at
                     where h.horizon < excluded.horizon
                    returning horizon::text""")) {
                ps.setString(1, retention.toSeconds() + " seconds");
                try (ResultSet rs = ps.executeQuery()) {
                    horizon = rs.next() ? rs.getString(1) : null;
                }
            }
            long deleted = 0;
            if (horizon != null) {
                for (String t : tables) {
                    try (PreparedStatement ps =
                            c.prepareStatement("delete from " + t + " where change_xid < ?::xid8")) {
                        ps.setString(1, horizon);
                        deleted += ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps =
                        c.prepareStatement("delete from change_log_mark where position < ?::xid8")) {
                    ps.setString(1, horizon);
                    ps.executeUpdate();
                }
            }
            c.commit();
            return deleted;
        }
    }

    /**
     * Refuses (410 SYNC_TOKEN_EXPIRED, naming {@code field}) a token before the horizon. Called after the changes were
     * read, in the same transaction: a purge that committed before the read is seen here, one that commits later
     * deleted nothing the read needed.
     */
    public void requireWithin(String field, long token) {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select horizon::text::bigint from change_log_horizon where horizon > ?::text::xid8")) {
            ps.setLong(1, token);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new ApiException(
                            ErrorCode.SYNC_TOKEN_EXPIRED,
                            "The sync token is older than the change logs keep (" + retention.toDays()
                                    + " days): pull again without " + field + " and keep that pull's Sync-Token",
                            List.of(ProblemDetail.Violation.field(
                                    field, ViolationCode.INVALID_CURSOR, "The sync token has expired")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the change logs' horizon failed", e);
        }
    }
}
