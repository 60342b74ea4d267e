package vn.gnbv.tracker.indicator;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.SqlStates;

/** Flushes so a unique-key race with a concurrent writer answers 409 DUPLICATE_KEY, not 500. */
final class Flush {
    private Flush() {}

    static void unique(EntityManager em, String detail) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlStates.duplicate(e)) {
                throw ApiException.conflict(ErrorCode.DUPLICATE_KEY, detail);
            }
            throw e;
        }
    }
}
