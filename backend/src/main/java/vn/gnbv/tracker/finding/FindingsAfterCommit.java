package vn.gnbv.tracker.finding;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
    public FindingEngine.Changes run(Connection c, String dataset, Collection<Long> provinceIds, AuditWriter.Who who)
            throws SQLException {
        return run(c, dataset, provinceIds, who, false);
    }

    /**
     * {@link #run(Connection, String, Collection, AuditWriter.Who)}; {@code onlyDue}: only the provinces still due once
     * their locks are held (the sweep: an upload's own findings, which it waited for, may have answered them).
     */
    FindingEngine.Changes run(
            Connection c, String dataset, Collection<Long> provinceIds, AuditWriter.Who who, boolean onlyDue)
            throws SQLException {
        List<FindingCheck> checks = engine.checks(dataset);
        Long[] locked = provinceIds.toArray(Long[]::new);
        c.setAutoCommit(true);
        FindingEngine.lock(c, locked, "pg_advisory_lock");
        try {
            Long[] provinces = onlyDue ? FindingDue.provinces(c, dataset, locked) : locked;
            if (provinces.length == 0) {
                return FindingEngine.Changes.NONE;
            }
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
            unlock(c, locked);
        }
    }

    /**
     * {@link #run} of the provinces still due, on a connection of its own and a thread without a transaction (a
     * committed one's synchronisation cannot open connections of its own on its thread).
     */
    Future<FindingEngine.Changes> runApart(String dataset, Collection<Long> provinceIds, AuditWriter.Who who) {
        return alongside.submit(() -> {
            try (Connection c = ds.getConnection()) {
                return run(c, dataset, provinceIds, who, true);
            }
        });
    }

    private FindingEngine.Changes once(
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
        Future<Path> other = theirs.isEmpty() ? null : alongside.submit(() -> candidates(snapshot, theirs, provinces));
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
            deleteQuietly(awaitQuietly(other));
        }
        FindingEngine.Changes changes = FindingEngine.merge(c, dataset, checks, provinces, who);
        FindingDue.delete(c, due);
        c.commit();
        return changes;
    }

    /**
     * On a second session, in the merging session's snapshot: these checks' candidates, as COPY's binary bytes in a
     * temporary file (a report restating a million figures differently gives a million candidates: not in memory).
     */
    private Path candidates(String snapshot, List<FindingCheck> run, Long[] provinces) throws SQLException {
        try (Connection b = ds.getConnection()) {
            b.setAutoCommit(false);
            try (Statement st = b.createStatement()) {
                st.execute("set transaction isolation level repeatable read");
                try (PreparedStatement ps =
                        b.prepareStatement("set transaction snapshot '" + snapshot.replace("'", "") + "'")) {
                    ps.execute();
                }
                FindingEngine.collect(b, run, provinces);
                Path file = Files.createTempFile("gnbv-findings-", ".copy");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    b.unwrap(PGConnection.class)
                            .getCopyAPI()
                            .copyOut("copy " + Candidates.TABLE + " to stdout (format binary)", out);
                } catch (IOException | SQLException | RuntimeException e) {
                    deleteQuietly(file);
                    throw e;
                }
                return file;
            } catch (IOException e) {
                throw new SQLException(e);
            } finally {
                rollbackQuietly(b);
            }
        }
    }

    private static void copyIn(Connection c, Path rows) throws SQLException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(rows))) {
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + Candidates.TABLE + " from stdin (format binary)", in);
        } catch (IOException e) {
            throw new SQLException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debugf("Findings' candidates file %s left behind: %s", file, e.getMessage());
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

    /** The second session's file, once it is done (null when it failed or was not asked). */
    private static Path awaitQuietly(Future<Path> f) {
        if (f == null) {
            return null;
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException ignored) {
            // Reported by the caller, which got it first.
        }
        return null;
    }

    static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection is broken; the server rolls back what it had.
        }
    }
}
