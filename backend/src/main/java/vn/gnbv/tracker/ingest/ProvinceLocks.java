package vn.gnbv.tracker.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The provinces of a staged batch, locked: uploads are serialised per province (ascending, so two uploads never
 * deadlock). {@code ids} are the provinces locked, whose findings the upload recomputes; {@code single} the one
 * province every row lies in (null when several), which the upload's event belongs to. One pass over the staged rows
 * answers all three: a second pass over a million rows would cost 0.5 s.
 */
record ProvinceLocks(Set<Long> ids, Long single) {
    private static final String SQL = "select coalesce(array_agg(province_id), '{}'), case when min(province_id)"
            + " = max(province_id) then min(province_id) end from (select province_id,"
            + " pg_advisory_xact_lock(4, province_id::int) from (select distinct province_id from stage_row"
            + " order by 1) d) p";

    /** Locks these provinces (ascending), known without a staging table ({@link DirectInsert}). */
    static ProvinceLocks take(Connection c, Set<Long> provinces) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(4, ?)")) {
            for (long p : new java.util.TreeSet<>(provinces)) {
                ps.setInt(1, Math.toIntExact(p));
                ps.executeQuery().close();
            }
        }
        return new ProvinceLocks(
                provinces, provinces.size() == 1 ? provinces.iterator().next() : null);
    }

    static ProvinceLocks take(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery(SQL)) {
            rs.next();
            Set<Long> ids = new LinkedHashSet<>();
            for (Object id : (Object[]) rs.getArray(1).getArray()) {
                ids.add(((Number) id).longValue());
            }
            long one = rs.getLong(2);
            return new ProvinceLocks(ids, rs.wasNull() ? null : one);
        }
    }
}
