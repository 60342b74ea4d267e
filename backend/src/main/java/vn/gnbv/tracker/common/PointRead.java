package vn.gnbv.tracker.common;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import java.util.Optional;

/**
 * One row by id, for the pull API's GET by id and a write's read-back: one statement, without a JTA transaction or
 * Hibernate's native-query machinery around it (together most of a point read's cost when profiled). Only for reads
 * that need not see the caller's unflushed entity changes — a write path reads back after its transaction.
 */
public final class PointRead {
    private PointRead() {}

    /**
     * The row {@code sql} answers, over Vert.x's PostgreSQL client on the calling event loop: a GET by id then never
     * leaves it (the worker hand-over there and back cost more CPU than the statement). {@code sql} takes the id as
     * {@code $1}; empty when no row; the columns come as JDBC's would for the mappers ({@link Numeric} as
     * BigDecimal), a failure as {@link SqlStates} reads it (a lost or refused connection → 503).
     */
    public static Uni<Optional<Object[]>> one(Pool pool, String sql, long id) {
        return pool.preparedQuery(sql).execute(Tuple.of(id)).map(rows -> {
            RowIterator<Row> it = rows.iterator();
            if (!it.hasNext()) {
                return Optional.<Object[]>empty();
            }
            Row r = it.next();
            Object[] row = new Object[r.size()];
            for (int i = 0; i < row.length; i++) {
                Object v = r.getValue(i);
                row[i] = v instanceof Numeric n ? n.bigDecimalValue() : v;
            }
            return Optional.of(row);
        });
    }
}
