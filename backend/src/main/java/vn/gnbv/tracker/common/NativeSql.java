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
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        return q.getResultList();
    }
}
