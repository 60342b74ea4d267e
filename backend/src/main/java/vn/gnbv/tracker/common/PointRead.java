package vn.gnbv.tracker.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One row by id over plain JDBC, for the pull API's GET by id: one statement on an autocommit connection, without a
 * JTA transaction or Hibernate's native-query machinery around it (together most of a point read's cost when
 * profiled). Only for reads that need not see the caller's unflushed entity changes — a write path reads back
 * through Hibernate, which flushes first.
 */
public final class PointRead {
    private PointRead() {}

    /** The row {@code sql} (one {@code ?}, the id) answers, its columns as JDBC gives them; empty when none. */
    public static Optional<Object[]> one(DataSource ds, String sql, long id) {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Object[] row = new Object[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                return Optional.of(row);
            }
        } catch (SQLException e) {
            // ProblemMappers turns a lost connection (SQLState 08…) in the cause chain into 503.
            throw new IllegalStateException("point read failed: " + e.getMessage(), e);
        }
    }
}
