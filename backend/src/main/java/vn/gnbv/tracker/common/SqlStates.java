package vn.gnbv.tracker.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.util.PSQLException;

/**
 * The one translation of PostgreSQL SQL states into API answers, for the races that a service's checks cannot close
 * and for a database that is away: a duplicate key or an overlapping version (unique or exclusion constraint) → 409
 * DUPLICATE_KEY, a row still referenced → 409 IN_USE, a lost or refused connection → 503 DATABASE_UNAVAILABLE, and
 * a write touching approved figures, which the lock triggers of V085 refuse with SQLSTATE {@value #PERIOD_LOCKED} and
 * the locked sign-offs as JSON in the error's DETAIL → 409 PERIOD_LOCKED naming them ({@link LockedCell}).
 */
public final class SqlStates {
    public static final String UNIQUE_VIOLATION = "23505";
    public static final String EXCLUSION_VIOLATION = "23P01";
    public static final String FOREIGN_KEY_VIOLATION = "23503";
    /** Raised by the sign-off lock triggers (V085): the statement touched approved figures. */
    public static final String PERIOD_LOCKED = "GNBLK";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<LockedCell>> CELLS = new TypeReference<>() {};

    private SqlStates() {}

    /** The SQL state of the first SQLException (JDBC) or PgException (Vert.x, PointRead) in the cause chain, or null. */
    public static String of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
            if (t instanceof io.vertx.pgclient.PgException p && p.getSqlState() != null) {
                return p.getSqlState();
            }
        }
        return null;
    }

    /** A unique or exclusion constraint refused the write. */
    public static boolean duplicate(Throwable e) {
        String state = of(e);
        return UNIQUE_VIOLATION.equals(state) || EXCLUSION_VIOLATION.equals(state);
    }

    /** A lost or refused connection (class 08), an administrator shutdown (57P0x), too many connections (53300). */
    public static boolean unavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // Refused (JDBC and Vert.x), or a Vert.x connection closed under a statement.
            if (t instanceof java.net.ConnectException || t instanceof io.vertx.sqlclient.ClosedConnectionException) {
                return true;
            }
        }
        String state = of(e);
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"));
    }

    /** A REPEATABLE READ transaction met a change committed after its snapshot (40001), or a deadlock (40P01). */
    public static boolean serializationFailure(Throwable e) {
        String state = of(e);
        return "40001".equals(state) || "40P01".equals(state);
    }

    /** The lock triggers refused the write: it touched approved figures. */
    public static boolean periodLocked(Throwable e) {
        return PERIOD_LOCKED.equals(of(e));
    }

    /** The approved sign-offs a {@link #periodLocked} refusal names (empty when its detail is unreadable). */
    public static List<LockedCell> lockedCells(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException p && PERIOD_LOCKED.equals(p.getSQLState())) {
                String detail = p.getServerErrorMessage() == null
                        ? null
                        : p.getServerErrorMessage().getDetail();
                try {
                    return detail == null ? List.of() : JSON.readValue(detail, CELLS);
                } catch (JsonProcessingException x) {
                    return List.of();
                }
            }
        }
        return List.of();
    }

    /** 409 PERIOD_LOCKED naming the locked cells of a {@link #periodLocked} refusal. */
    public static ApiException periodLockedProblem(Throwable e) {
        return periodLockedProblem(lockedCells(e));
    }

    /** 409 PERIOD_LOCKED naming these cells. */
    public static ApiException periodLockedProblem(List<LockedCell> cells) {
        String which = cells.stream().map(LockedCell::describe).collect(Collectors.joining("; "));
        return new ApiException(
                ErrorCode.PERIOD_LOCKED,
                "The figures are approved and locked (" + which + "); the approving level can reopen them",
                List.of(),
                new LockedCell.Members(cells));
    }

    /** The answer for a database refusal of {@code what} ("Unit 109"), or null when it is not one of ours. */
    public static ApiException problem(Throwable e, String what) {
        if (unavailable(e)) {
            return databaseUnavailable();
        }
        if (periodLocked(e)) {
            return periodLockedProblem(e);
        }
        if (duplicate(e)) {
            return ApiException.conflict(ErrorCode.DUPLICATE_KEY, what + " overlaps or duplicates an existing one");
        }
        if (FOREIGN_KEY_VIOLATION.equals(of(e))) {
            return ApiException.conflict(ErrorCode.IN_USE, what + " is still referenced");
        }
        return null;
    }

    /** {@link #problem} when there is one, else the exception itself. */
    public static RuntimeException translate(RuntimeException e, String what) {
        ApiException p = problem(e, what);
        return p != null ? p : e;
    }

    public static ApiException databaseUnavailable() {
        return new ApiException(
                ErrorCode.DATABASE_UNAVAILABLE, "The database is unavailable; nothing was written. Retry later.");
    }
}
