package vn.gnbv.tracker.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import vn.gnbv.tracker.common.Auditable;
import vn.gnbv.tracker.security.CallerScope;

/**
 * The one writer of {@code audit_event} and of the history tables ({@link HistoryTable}): an event per entity write
 * (from {@link AuditListener}); for a bulk change one event for the change as a whole (an upload's UPLOAD event, a
 * set-based deletion's DELETE event) and, set-based, one typed history row per row it replaced or deleted, which the
 * change's statement embeds ({@link #historyRows}). Every path writes on the connection of the write it describes, so
 * both commit or neither does.
 */
public final class AuditWriter {

    /** The columns every event fills; {@link #bindWho} binds them. */
    private static final String WHO = "actor_subject, actor_username, actor_client_id, request_id";

    private static final String EVENT = "operation, resource_type, resource_id, resource_key, unit_id, unit_path";

    // The unit's path as the database has it now; the entity's own for a unit deleted by this very write.
    private static final String INSERT_ONE = "insert into audit_event (" + WHO + ", " + EVENT + ", before, after)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce((select path from admin_unit where id = ?), ?),"
            + " ?::jsonb, ?::jsonb)";

    // Events of bulk changes take the id reserved before the change ({@link #reserveEvent}): its history rows name it.
    private static final String INSERT_UPLOAD = "insert into audit_event (id, " + WHO + ", " + EVENT
            + ", after, created_ids) select ?, ?, ?, ?, ?, 'UPLOAD', 'UPLOAD_JOB', ?, ?, u.id, u.path, ?::jsonb,"
            + " ?::int8multirange from (select 1) one left join admin_unit u on u.id = ?";

    private static final String INSERT_BULK_DELETE = "insert into audit_event (id, " + WHO + ", " + EVENT
            + ", before) select ?, ?, ?, ?, ?, 'DELETE', ?, null, ?, u.id, u.path, ?::jsonb"
            + " from (select 1) one left join admin_unit u on u.id = ?";

    /**
     * A bulk load as its UPLOAD event shows it; {@code eventId} is the id reserved for it ({@link #reserveEvent}),
     * {@code unitId} its province when all rows lie in one.
     */
    public record Upload(
            long eventId,
            CallerScope.Actor owner,
            String requestId,
            String jobId,
            String key,
            Map<String, Object> summary,
            String createdIds,
            Long unitId) {}

    private AuditWriter() {}

    /**
     * The id of a bulk change's event, taken before the change so that its history rows can name it; the event
     * itself is written with it once the change is done ({@link #upload}, {@link #deleteWithHistory}). A change that
     * rolls back leaves only a gap in the sequence.
     */
    public static long reserveEvent(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select nextval('audit_event_id_seq')");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * SQL to embed in a bulk statement (a data-modifying CTE): one history row per row of {@code from}, whose image
     * columns are {@code values} (expressions in the order of {@link HistoryTable#columns}). Its one parameter is the
     * reserved event id ({@link #reserveEvent}).
     */
    public static String historyRows(HistoryTable h, String operation, List<String> values, String from) {
        if (!operation.equals("UPDATE") && !operation.equals("DELETE")) {
            throw new IllegalArgumentException(operation);
        }
        if (values.size() != h.columns().size()) {
            throw new IllegalArgumentException("an image has " + h.columns().size() + " columns: " + values);
        }
        return "insert into " + h.table() + " (event_id, deleted, " + String.join(", ", h.columns()) + ") select ?, "
                + operation.equals("DELETE") + ", " + String.join(", ", values) + " from " + from;
    }

    /** The image columns of the row with this alias, for {@link #historyRows}. */
    public static List<String> columnsOf(HistoryTable h, String alias) {
        return h.columns().stream().map(col -> alias + "." + col).toList();
    }

    /**
     * Deletes the base table's rows matching {@code where} (one {@code bigint} parameter) set-based, each with its
     * before-image in the history, and records the deletion as one DELETE event of the rows' resource type (no
     * resource id; {@code key} says what went; its state is {@code summary} and the count, {@code deleted}) under the
     * caller and request of the current transaction, on its connection. Answers how many rows went; none: no event.
     */
    public static long deleteWithHistory(
            Connection c, HistoryTable h, String where, long param, String key, Map<String, Object> summary, Long unit)
            throws SQLException {
        long event = reserveEvent(c);
        long deleted;
        String sql = "with del as (delete from " + h.base() + " r where " + where + " returning r.*), hist as ("
                + historyRows(h, "DELETE", columnsOf(h, "del"), "del") + ") select count(*) from del";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, param);
            ps.setLong(2, event);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                deleted = rs.getLong(1);
            }
        }
        if (deleted == 0) {
            return 0;
        }
        Who who = who(AuditListener.tx(true));
        try (PreparedStatement ps = c.prepareStatement(INSERT_BULK_DELETE)) {
            ps.setLong(1, event);
            int at = bindWho(ps, 2, who.actor(), who.requestId());
            ps.setString(at, h.resourceType());
            ps.setString(at + 1, key);
            Map<String, Object> state = new LinkedHashMap<>(summary);
            state.put("deleted", deleted);
            ps.setString(at + 2, EntityState.json(state).toString());
            setLong(ps, at + 3, unit);
            ps.executeUpdate();
        }
        return deleted;
    }

    /** Binds the actor and request id from position {@code at}; answers the next position. */
    public static int bindWho(PreparedStatement ps, int at, CallerScope.Actor actor, String requestId)
            throws SQLException {
        ps.setString(at, actor.subject());
        ps.setString(at + 1, actor.username());
        ps.setString(at + 2, actor.clientId());
        ps.setString(at + 3, requestId);
        return at + 4;
    }

    /**
     * One event per row of a set-based change that has no history table, in one statement, under {@code who} (bulk
     * writes run on connections of their own, outside the transaction the listener knows). {@code rows} answers
     * (operation, resource_id, resource_key, unit_id, before jsonb, after jsonb); {@code params} its parameters, of
     * types JDBC infers. Answers how many events were written.
     */
    public static int events(Connection c, Who who, String resourceType, String rows, Object... params)
            throws SQLException {
        String sql = "insert into audit_event (" + WHO + ", " + EVENT + ", before, after) select ?, ?, ?, ?,"
                + " r.operation, ?, r.resource_id, r.resource_key, r.unit_id, u.path, r.before, r.after from (" + rows
                + ") r (operation, resource_id, resource_key, unit_id, before, after)"
                + " left join admin_unit u on u.id = r.unit_id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int at = bindWho(ps, 1, who.actor(), who.requestId());
            ps.setString(at++, resourceType);
            for (Object p : params) {
                ps.setObject(at++, p);
            }
            return ps.executeUpdate();
        }
    }

    /** The load itself (operation UPLOAD), beside the events of its rows, in the same transaction. */
    public static void upload(Connection c, Upload u) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_UPLOAD)) {
            ps.setLong(1, u.eventId());
            int at = bindWho(ps, 2, u.owner(), u.requestId());
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

    /** Who an event names: the actor and the request (or job) the change belongs to. */
    public record Who(CallerScope.Actor actor, String requestId) {
        /** The caller and request of the current transaction; the system with a fresh id outside any. */
        public static Who current() {
            AuditListener.TxState tx = AuditListener.tx(false);
            return tx == null
                    ? new Who(CallerScope.Actor.SYSTEM, UUID.randomUUID().toString())
                    : who(tx);
        }
    }

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
