package vn.gnbv.tracker.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import javax.sql.DataSource;
import vn.gnbv.tracker.common.Auditable;
import vn.gnbv.tracker.security.CallerScope;

/**
 * The one writer of {@code audit_event}: an event per entity write (from {@link AuditListener}), and set-based events
 * for bulk loads, which embed {@link #insertEvents} in their merge statement and record the load itself with
 * {@link #upload}. Every path writes on the connection of the write it describes, so both commit or neither does.
 */
public final class AuditWriter {

    /** The columns every event fills; a bulk statement's four parameters bind the first four. */
    private static final String WHO = "actor_subject, actor_username, actor_client_id, request_id";

    private static final String EVENT = "operation, resource_type, resource_id, resource_key, unit_id, unit_path";

    // The unit's path as the database has it now; the entity's own for a unit deleted by this very write.
    private static final String INSERT_ONE = "insert into audit_event (" + WHO + ", " + EVENT + ", before, after)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce((select path from admin_unit where id = ?), ?),"
            + " ?::jsonb, ?::jsonb)";

    private static final String INSERT_UPLOAD = "insert into audit_event (" + WHO + ", " + EVENT
            + ", after, created_ids) select ?, ?, ?, ?, 'UPLOAD', 'UPLOAD_JOB', ?, ?, u.id, u.path, ?::jsonb,"
            + " ?::int8multirange from (select 1) one left join admin_unit u on u.id = ?";

    /** A bulk load as its UPLOAD event shows it; {@code unitId} is its province when all rows lie in one. */
    public record Upload(
            CallerScope.Actor owner,
            String requestId,
            String jobId,
            String key,
            Map<String, Object> summary,
            String createdIds,
            Long unitId) {}

    private AuditWriter() {}

    /**
     * One event per row of {@code events}, as SQL to embed in a bulk statement (a data-modifying CTE, so the rows
     * and their history are written by one statement). {@code events} names its columns operation, resource_type,
     * resource_id, resource_key, unit_id, unit_path (the unit's path), before and after (jsonb). The statement's
     * first four parameters are then the actor and request id: bind them with {@link #bindWho}.
     */
    public static String insertEvents(String events) {
        return "insert into audit_event (" + WHO + ", " + EVENT + ", before, after) select ?, ?, ?, ?, e.operation,"
                + " e.resource_type, e.resource_id, e.resource_key, e.unit_id, e.unit_path, e.before, e.after"
                + " from (" + events + ") e";
    }

    /** Binds the parameters of {@link #insertEvents} from position {@code at}; answers the next position. */
    public static int bindWho(PreparedStatement ps, int at, CallerScope.Actor actor, String requestId)
            throws SQLException {
        ps.setString(at, actor.subject());
        ps.setString(at + 1, actor.username());
        ps.setString(at + 2, actor.clientId());
        ps.setString(at + 3, requestId);
        return at + 4;
    }

    /** The load itself (operation UPLOAD), beside the events of its rows, in the same transaction. */
    public static void upload(Connection c, Upload u) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_UPLOAD)) {
            int at = bindWho(ps, 1, u.owner(), u.requestId());
            ps.setString(at, u.jobId());
            ps.setString(at + 1, u.key());
            ps.setString(at + 2, EntityState.json(u.summary()).toString());
            ps.setString(at + 3, u.createdIds());
            setLong(ps, at + 4, u.unitId());
            ps.executeUpdate();
        }
    }

    /** One entity write, with JDBC on the connection enlisted in the current JTA transaction. */
    static void entity(
            AuditListener.TxState tx,
            Auditable entity,
            String operation,
            Map<String, Object> before,
            Map<String, Object> after) {
        Who who = who(tx);
        // Agroal returns the connection already enlisted in this transaction (the one Hibernate uses); closing the
        // handle does not end or commit anything, the transaction does.
        DataSource ds = Arc.container().instance(DataSource.class).get();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(INSERT_ONE)) {
            String key = entity.auditKey((table, id) -> code(c, table, id));
            int at = bindWho(ps, 1, who.actor(), who.requestId());
            ps.setString(at, operation);
            ps.setString(at + 1, entity.auditType());
            ps.setString(at + 2, entity.auditId());
            ps.setString(at + 3, key);
            setLong(ps, at + 4, entity.auditUnitId());
            setLong(ps, at + 5, entity.auditUnitId());
            ps.setString(at + 6, entity.auditUnitPath());
            ps.setString(
                    at + 7, before == null ? null : EntityState.json(before).toString());
            ps.setString(at + 8, after == null ? null : EntityState.json(after).toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            // Failing the write is the point: a change that cannot be audited must not commit.
            throw new IllegalStateException("Could not record the audit event", e);
        }
    }

    /** The code of a referenced row; a reference that no longer exists reads as #id. */
    private static String code(Connection c, String table, Long id) {
        if (id == null) {
            return null;
        }
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        try (PreparedStatement ps = c.prepareStatement("select code from " + table + " where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "#" + id;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the code of " + table + " " + id, e);
        }
    }

    private record Who(CallerScope.Actor actor, String requestId) {}

    /** The signed-in caller and the request id, or the system with a fresh id outside any request. */
    private static Who who(AuditListener.TxState tx) {
        ManagedContext request = Arc.container().requestContext();
        if (!request.isActive()) {
            return new Who(CallerScope.Actor.SYSTEM, tx.requestId);
        }
        CallerScope.Actor actor =
                Arc.container().instance(CallerScope.class).get().actor();
        boolean anonymous = actor.subject() == null && "anonymous".equals(actor.username());
        return new Who(
                anonymous ? CallerScope.Actor.SYSTEM : actor,
                Arc.container().instance(RequestId.class).get().get());
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }
}
