package vn.gnbv.tracker.program;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import vn.gnbv.tracker.common.ApiException;

/** What every write of this feature shares: a body is required, and the database's guards become answers. */
final class Writes {
    private Writes() {}

    /** A JSON body is required; without one Jackson hands us null. */
    static <T> T requireBody(T body) {
        if (body == null) {
            throw new ApiException(400, "MALFORMED_REQUEST", "A JSON request body is required");
        }
        return body;
    }

    /**
     * Flushes, so a unique-key race surfaces here as 409 DUPLICATE_KEY (the pre-check catches the common case), a
     * deleted row still referenced (by a child, a funding line, a local project: the foreign keys) as 409 IN_USE, and
     * the version and timestamps the response shows are the stored ones.
     */
    static void flush(EntityManager em, String duplicate, String inUse) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            String state = sqlState(e);
            if ("23505".equals(state) && duplicate != null) {
                throw ApiException.conflict("DUPLICATE_KEY", duplicate);
            }
            if ("23503".equals(state) && inUse != null) {
                throw ApiException.conflict("IN_USE", inUse);
            }
            throw e;
        }
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
