package vn.gnbv.tracker.program;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.gnbv.tracker.common.ApiException;
import vn.gnbv.tracker.common.ErrorCode;
import vn.gnbv.tracker.common.SqlStates;

/** Small JDBC-shaped helpers shared by this feature's services and native queries. */
final class Rows {
    private Rows() {}

    static long toLong(Object o) {
        return ((Number) o).longValue();
    }

    static int toInt(Object o) {
        return ((Number) o).intValue();
    }

    static LocalDate toDate(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    static Instant toInstant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return (Instant) o;
    }

    static boolean exists(EntityManager em, String sql, Object param) {
        return !em.createNativeQuery(sql)
                .setParameter(1, param)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * Flushes so a unique-key race surfaces here as 409 DUPLICATE_KEY (the pre-check already catches the common case)
     * and so the version and timestamps the response shows are the stored ones.
     */
    static void flush(EntityManager em, String duplicateDetail) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlStates.duplicate(e)) {
                throw ApiException.conflict(ErrorCode.DUPLICATE_KEY, duplicateDetail);
            }
            throw e;
        }
    }

    /** Path ids arrive as strings so "abc" is a 400 naming the parameter, not the framework's 404. */
    static long pathId(String raw) {
        return vn.gnbv.tracker.common.Params.longOrNull("id", raw);
    }

    /** A JSON body is required; without one Jackson hands us null. */
    static <T> T requireBody(T body) {
        if (body == null) {
            throw new ApiException(ErrorCode.MALFORMED_REQUEST, "A JSON request body is required");
        }
        return body;
    }
}
