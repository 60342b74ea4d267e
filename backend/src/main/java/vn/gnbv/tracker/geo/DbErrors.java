package vn.gnbv.tracker.geo;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import vn.gnbv.tracker.common.ApiException;

/**
 * Turns the database's own guards into API answers, for the races the service's checks cannot close: an overlapping
 * version (exclusion constraint) or a duplicate key → 409 DUPLICATE_KEY, a row still referenced → 409 IN_USE.
 */
final class DbErrors {
    private DbErrors() {}

    static RuntimeException translate(PersistenceException e, String what) {
        String state = sqlState(e);
        if ("23P01".equals(state) || "23505".equals(state)) {
            return ApiException.conflict("DUPLICATE_KEY", what + " overlaps or duplicates an existing one");
        }
        if ("23503".equals(state)) {
            return ApiException.conflict("IN_USE", what + " is still referenced");
        }
        return e;
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return null;
    }
}
