package vn.gnbv.tracker.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Holds {@code LOCK TABLE ... IN SHARE MODE} in an open transaction: reads go on, but every INSERT or UPDATE of
 * the table waits. An upload therefore stays in flight (RUNNING, its Idempotency-Key in use) exactly until the test
 * lets go, which replaces guessing with sleeps. The lock dies with the connection (also when the database stops).
 */
final class TableLock implements AutoCloseable {
    private final DataSource ds;
    private final Connection c;

    TableLock(DataSource ds, String table) throws SQLException {
        this.ds = ds;
        c = ds.getConnection();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("lock table " + table + " in share mode");
        }
    }

    /**
     * Waits until at least {@code n} other sessions of this database wait for a lock (this table's or, for an
     * implementation that serialises uploads with an advisory lock, that one). False when that did not happen within
     * {@code seconds}: the caller decides whether that is a failure.
     */
    boolean awaitWaiters(int n, int seconds) throws SQLException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        try (Connection probe = ds.getConnection();
                PreparedStatement ps = probe.prepareStatement("select count(distinct pid) from pg_locks"
                        + " where not granted and (database = (select oid from pg_database where datname = current_database())"
                        + " or database is null) and pid <> pg_backend_pid()")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) >= n) {
                        return true;
                    }
                }
                UploadFixtures.pause(50);
            }
        }
        return false;
    }

    /** Lets the waiting writers go on. */
    @Override
    public void close() {
        try {
            c.rollback();
            c.close();
        } catch (SQLException e) {
            // The database was stopped under the lock: the connection is already gone, and with it the lock.
        }
    }
}
