package vn.gnbv.tracker.finding;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import vn.gnbv.tracker.audit.AuditWriter;
import vn.gnbv.tracker.common.ReadOnly;

/**
 * The findings an upload's figures made due (V101 finding_due), written in the figures' transaction and deleted by
 * the findings' ({@link FindingsAfterCommit}). A row still there a while later was left by a server that stopped in
 * between, or by findings that failed: this recomputes it, at start-up and then every minute.
 */
@ApplicationScoped
public class FindingDue {
    private static final Logger LOG = Logger.getLogger(FindingDue.class);

    @Inject
    DataSource ds;

    @Inject
    FindingsAfterCommit after;

    /** In the figures' transaction: the dataset's findings in these provinces (unit ids) are due. */
    public static void mark(Connection c, String dataset, Collection<Long> provinceIds) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("insert into finding_due (dataset, province_id) select ?, unnest(?::bigint[])")) {
            ps.setString(1, dataset);
            ps.setArray(2, c.createArrayOf("bigint", provinceIds.toArray()));
            ps.executeUpdate();
        }
    }

    /** The due rows of these provinces the findings' snapshot sees: those it answers. */
    static List<Long> ids(Connection c, String dataset, Long[] provinces) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement("select id from finding_due where dataset = ? and province_id = any(?)")) {
            ps.setString(1, dataset);
            ps.setArray(2, c.createArrayOf("bigint", provinces));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** Those of these provinces whose dataset's findings are still due. */
    static Long[] provinces(Connection c, String dataset, Long[] provinces) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select distinct province_id from finding_due where dataset = ? and province_id = any(?)")) {
            ps.setString(1, dataset);
            ps.setArray(2, c.createArrayOf("bigint", provinces));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out.toArray(Long[]::new);
    }

    static void delete(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("delete from finding_due where id = any(?)")) {
            Array a = c.createArrayOf("bigint", ids.toArray());
            ps.setArray(1, a);
            ps.executeUpdate();
        }
    }

    /** Every minute, and shortly after start: the rows older than a minute (a live upload answers its own sooner). */
    @Scheduled(
            every = "1m",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = ReadOnly.Skip.class)
    void sweep() {
        try {
            sweep(60);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Recomputing due findings failed; tried again in a minute: %s", e.getMessage());
        }
    }

    /**
     * Recomputes the due rows at least {@code seconds} old; answers how many provinces were found due (one an upload
     * answered while the sweep waited for its lock is skipped).
     */
    public int sweep(int seconds) throws SQLException {
        Map<String, Set<Long>> due = new LinkedHashMap<>();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("select distinct dataset, province_id from finding_due"
                        + " where due_at <= now() - make_interval(secs => ?) order by 1, 2")) {
            ps.setInt(1, seconds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    due.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>())
                            .add(rs.getLong(2));
                }
            }
        }
        int n = 0;
        for (Map.Entry<String, Set<Long>> e : due.entrySet()) {
            LOG.infof(
                    "Recomputing the due %s findings of %d provinces",
                    e.getKey(), e.getValue().size());
            try (Connection c = ds.getConnection()) {
                after.run(c, e.getKey(), e.getValue(), AuditWriter.Who.current(), true);
            }
            n += e.getValue().size();
        }
        return n;
    }
}
