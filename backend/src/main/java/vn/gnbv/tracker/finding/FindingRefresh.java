package vn.gnbv.tracker.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import vn.gnbv.tracker.audit.AuditWriter;

/**
 * Recomputation after single writes and deletes, on the JTA transaction's own connection (Agroal hands every caller in
 * one transaction the enlisted connection Hibernate writes with; the caller flushes first), so findings commit or roll
 * back with the change.
 */
@ApplicationScoped
public class FindingRefresh {
    private static final Logger LOG = Logger.getLogger(FindingRefresh.class);

    @Inject
    DataSource ds;

    @Inject
    FindingEngine engine;

    @Inject
    FindingsAfterCommit after;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Recomputes the dataset's findings in the provinces of these units (nulls skipped). */
    public void units(String dataset, Long... unitIds) {
        try (Connection c = ds.getConnection()) {
            engine.refresh(c, dataset, provinces(c, unitIds), AuditWriter.Who.current());
        } catch (SQLException e) {
            throw new IllegalStateException("Recomputing findings failed", e);
        }
    }

    /** Recomputes the dataset's findings in these provinces (unit ids). */
    public void provinces(String dataset, Set<Long> provinceIds) {
        try (Connection c = ds.getConnection()) {
            engine.refresh(c, dataset, provinceIds, AuditWriter.Who.current());
        } catch (SQLException e) {
            throw new IllegalStateException("Recomputing findings failed", e);
        }
    }

    /**
     * For a write that changes many figures at once (a report redated or deleted, a rule's settings): the dataset's
     * findings in these provinces are made due in the caller's transaction and recomputed once it committed — on two
     * sessions, outside its timeout, before the caller answers (the transaction's synchronisation waits for them).
     * Should they fail, or the server stop, they stay due and the sweep recomputes them ({@link FindingDue}).
     */
    public void afterCommit(String dataset, Set<Long> provinceIds) {
        if (provinceIds.isEmpty()) {
            return;
        }
        try (Connection c = ds.getConnection()) {
            FindingDue.mark(c, dataset, provinceIds);
        } catch (SQLException e) {
            throw new IllegalStateException("Marking findings due failed", e);
        }
        AuditWriter.Who who = AuditWriter.Who.current();
        Set<Long> provinces = Set.copyOf(provinceIds);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing: the figures commit first.
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    after.runApart(dataset, provinces, who).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | RuntimeException e) {
                    LOG.warnf(
                            "Findings of %s in %d provinces left due (the sweep recomputes them): %s",
                            dataset, provinces.size(), e.getMessage());
                }
            }
        });
    }

    /**
     * Recomputes, in every province, the datasets whose checks decide one of these rules (rule settings changed), once
     * the caller's transaction committed ({@link #afterCommit}): that is every province's figures, a million of them
     * nationwide.
     */
    public void everywhereAfterCommit(Set<String> rules) {
        try (Connection c = ds.getConnection()) {
            Set<Long> all = provinces(c);
            for (String dataset : engine.datasets(rules)) {
                afterCommit(dataset, all);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Recomputing findings failed", e);
        }
    }

    /**
     * Recomputes, in every province and in the caller's transaction, the dataset's findings if its checks decide one
     * of these rules (null: every dataset deciding one; the first start with a dataset's checks).
     */
    public void everywhere(String only, Set<String> rules) {
        try (Connection c = ds.getConnection()) {
            Set<Long> all = provinces(c);
            for (String dataset : engine.datasets(rules)) {
                if (only == null || only.equals(dataset)) {
                    engine.refresh(c, dataset, all, AuditWriter.Who.current());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Recomputing findings failed", e);
        }
    }

    /**
     * The provinces (unit ids) of the rows of {@code table} citing a report: read before the report's figures are
     * deleted, recomputed after.
     */
    public Set<Long> provincesOfReport(String table, long reportId) {
        return provincesOf(table, "report_id", reportId);
    }

    /** The provinces (unit ids) of the rows of {@code table} whose {@code column} (a name of ours) is {@code id}. */
    public Set<Long> provincesOf(String table, String column, long id) {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("select distinct split_part(u.path, '/', 2)::bigint from "
                        + table + " t join admin_unit u on u.id = t.unit_id where t." + column + " = ?")) {
            ps.setLong(1, id);
            Set<Long> out = new LinkedHashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<Long> provinces(Connection c) throws SQLException {
        Set<Long> all = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select id from admin_unit where level = 'PROVINCE'");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(rs.getLong(1));
            }
        }
        return all;
    }

    private static Set<Long> provinces(Connection c, Long... unitIds) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        try (PreparedStatement ps =
                c.prepareStatement("select split_part(path, '/', 2)::bigint from admin_unit where id = ?")) {
            for (Long id : unitIds) {
                if (Objects.isNull(id)) {
                    continue;
                }
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
        }
        return out;
    }
}
