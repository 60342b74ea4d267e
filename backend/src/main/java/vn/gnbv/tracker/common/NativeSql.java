package vn.gnbv.tracker.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/** Native statements built with positional parameters ({@code ?1}, {@code ?2}, …) collected in a list as they go. */
public final class NativeSql {
    private NativeSql() {}

    /** Adds one value for a {@code ?n} the caller writes: the number it takes. */
    public static int bind(List<Object> args, Object value) {
        args.add(value);
        return args.size();
    }

    /** Runs {@code sql} with {@code args} bound in order. */
    public static List<?> list(EntityManager em, String sql, List<Object> args) {
        return query(em, sql, args).getResultList();
    }

    /** The one row of {@code sql} with {@code args} bound in order, its columns. */
    public static Object[] one(EntityManager em, String sql, List<Object> args) {
        return (Object[]) query(em, sql, args).getSingleResult();
    }

    /** The xmin of this transaction's snapshot: the sync token of a pull that starts now (V083). */
    public static long snapshotXmin(EntityManager em) {
        return ((Number) em.createNativeQuery("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
                        .getSingleResult())
                .longValue();
    }

    private static Query query(EntityManager em, String sql, List<Object> args) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        return q;
    }
}
