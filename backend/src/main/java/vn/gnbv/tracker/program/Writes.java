package vn.gnbv.tracker.program;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.PersistenceException;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.SqlStates;

/** What every write of this feature shares: a body is required, and the database's guards become answers. */
final class Writes {
    private Writes() {}

    /** A JSON body is required; without one Jackson hands us null. */
    static <T> T requireBody(T body) {
        if (body == null) {
            throw new ApiException(ErrorCode.MALFORMED_REQUEST, "A JSON request body is required");
        }
        return body;
    }

    /**
     * Flushes, so a unique-key race surfaces here as 409 DUPLICATE_KEY (the pre-check catches the common case), a
     * deleted row still referenced (by a child, a funding line, a local project: the foreign keys) as 409 IN_USE, and
     * the version and timestamps the response shows are the stored ones.
     */
    static void flush(PanacheRepositoryBase<?, ?> repository, String duplicate, String inUse) {
        try {
            repository.flush();
        } catch (PersistenceException e) {
            String state = SqlStates.of(e);
            if (SqlStates.UNIQUE_VIOLATION.equals(state) && duplicate != null) {
                throw ApiException.conflict(ErrorCode.DUPLICATE_KEY, duplicate);
            }
            if (SqlStates.FOREIGN_KEY_VIOLATION.equals(state) && inUse != null) {
                throw ApiException.conflict(ErrorCode.IN_USE, inUse);
            }
            throw e;
        }
    }
}
