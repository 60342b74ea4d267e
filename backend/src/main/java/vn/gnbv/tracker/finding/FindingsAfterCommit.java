package vn.gnbv.tracker.finding;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import vn.gnbv.tracker.audit.AuditWriter;
import vn.gnbv.tracker.common.SqlStates;

/**
 * An upload's findings after its figures committed, on two database sessions at once: PostgreSQL runs one statement
 * on one core, and a province's checks are independent statements over the same figures (one province's 100,000
 * new lines: 1.5–1.6 s of findings on one session, 0.9–1.1 s on two — each statement slower side by side, the second
 * session's lines narrower; docs/benchmarks.md, 2026-12-06). The merging session locks the
 * provinces' findings (the session's advisory locks, taken before its snapshot so that the snapshot sees every
 * figure committed before them), exports its REPEATABLE READ snapshot, and a second session imports it and runs the
 * checks that write nothing but temporary tables; their candidates are copied over, and the merging session merges,
 * audits, deletes the due rows it answered ({@link FindingDue}) and commits.
 */
@ApplicationScoped
public class FindingsAfterCommit {
    private static final Logger LOG = Logger.getLogger(FindingsAfterCommit.class);
    private static final int ATTEMPTS = 3;

    @Inject
    FindingEngine engine;

    @Inject
    DataSource ds;

    /**
     * 1: uploads find in their transaction (DatasetFindings), and the due findings the server recomputes run on one
     * session (a machine with one core has nothing to gain from a second).
     */
    @ConfigProperty(name = "gnbv.findings.sessions", defaultValue = "2")
    int sessions;

    private final ExecutorService alongside = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "findings-alongside");
        t.setDaemon(true);
        return t;
    });

    int sessions() {
        return sessions;
    }

    @PreDestroy
    void stop() {
        alongside.shutdownNow();
    }

    /**
     * Recomputes the dataset's findings in these provinces on {@code c} (no transaction open) and a second session,
     * and commits them. Retried when a manager's change of a finding collides with the merge (a serialisation failure
     * under REPEATABLE READ; nothing else writes what the merge writes without the provinces' locks, which is also
     * why the caller records anything else, such as its job's success, after the commit). Answers what changed.
     */
    public List<FindingEngine.Change> run(
            Connection c, String dataset, Collection<Long> provinceIds, AuditWriter.Who who) throws SQLException {
        List<FindingCheck> checks = engine.checks(dataset);
        Long[] provinces = provinceIds.toArray(Long[]::new);
        c.setAutoCommit(true);
        FindingEngine.lock(c, provinces, "pg_advisory_lock");
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return once(c, dataset, checks, provinces, who);
                } catch (SQLException e) {
                    rollbackQuietly(c);
                    if (!SqlStates.serializationFailure(e) || attempt == ATTEMPTS) {
                        throw e;
                    }
                    LOG.debugf("Findings of %s collided with another change; again (%d)", dataset, attempt);
                }
            }
        } finally {
            unlock(c, provinces);
        }
    }

    private List<FindingEngine.Change> once(
            Connection c, String dataset, List<FindingCheck> checks, Long[] provinces, AuditWriter.Who who)
            throws SQLException {
        c.setAutoCommit(false);
        String snapshot;
        try (Statement st = c.createStatement()) {
            st.execute("set transaction isolation level repeatable read");
            try (ResultSet rs = st.executeQuery("select pg_export_snapshot()")) {
                rs.next();
                snapshot = rs.getString(1);
            }
        }
        List<Long> due = FindingDue.ids(c, dataset, provinces);
        List<FindingCheck> mine = new ArrayList<>();
        List<FindingCheck> theirs = new ArrayList<>();
        // Those that write run here, as does the first when none writes; the others alongside.
        boolean anyWrites = checks.stream().anyMatch(FindingCheck::writes);
        for (FindingCheck ch : checks) {
            (sessions < 2 || ch.writes() || (!anyWrites && mine.isEmpty()) ? mine : theirs).add(ch);
        }
        Future<byte[]> other =
                theirs.isEmpty() ? null : alongside.submit(() -> candidates(snapshot, theirs, provinces));
        try {
            FindingEngine.collect(c, mine, provinces);
            if (other != null) {
                copyIn(c, other.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while the findings ran", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException s ? s : new SQLException(e.getCause());
        } finally {
            awaitQuietly(other);
        }
        List<FindingEngine.Change> changes = FindingEngine.merge(c, dataset, checks, provinces, who);
        FindingDue.delete(c, due);
        c.commit();
        return changes;
    }

    /** On a second session, in the merging session's snapshot: these checks' candidates, as COPY's binary bytes. */
    private byte[] candidates(String snapshot, List<FindingCheck> run, Long[] provinces) throws SQLException {
        try (Connection b = ds.getConnection()) {
            b.setAutoCommit(false);
            try (Statement st = b.createStatement()) {
                st.execute("set transaction isolation level repeatable read");
                try (PreparedStatement ps =
                        b.prepareStatement("set transaction snapshot '" + snapshot.replace("'", "") + "'")) {
                    ps.execute();
                }
                FindingEngine.collect(b, run, provinces);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                b.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyOut("copy " + Candidates.TABLE + " to stdout (format binary)", out);
                return out.toByteArray();
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            } finally {
                rollbackQuietly(b);
            }
        }
    }

    private static void copyIn(Connection c, byte[] rows) throws SQLException {
        try {
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + Candidates.TABLE + " from stdin (format binary)", new ByteArrayInputStream(rows));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    /** The session's locks go with it back to the pool unless released; a broken connection took them along. */
    private static void unlock(Connection c, Long[] provinces) {
        try {
            c.setAutoCommit(true);
            FindingEngine.lock(c, provinces, "pg_advisory_unlock");
        } catch (SQLException e) {
            LOG.debugf("Findings locks not released on a broken connection: %s", e.getMessage());
        }
    }

    private static void awaitQuietly(Future<?> f) {
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException ignored) {
            // Reported by the caller, which got it first.
        }
    }

    static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection is broken; the server rolls back what it had.
        }
    }
}
