package vn.gnbv.tracker.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.hibernate.exception.ConstraintViolationException;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;

/** Flushes so a unique-key race with a concurrent writer answers 409 DUPLICATE_KEY, not 500. */
final class Flush {
    private Flush() {}

    static void unique(PanacheRepositoryBase<?, ?> repository, String detail) {
        try {
            repository.flush();
        } catch (ConstraintViolationException e) {
            if (e.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                throw ApiException.conflict(ErrorCode.DUPLICATE_KEY, detail);
            }
            throw e;
        }
    }
}
