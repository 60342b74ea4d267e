package vn.gnbv.tracker.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import javax.sql.DataSource;
import vn.gnbv.tracker.security.CallerScope;

/** Inserts one audit row with JDBC on the connection enlisted in the current JTA transaction. */
final class AuditWriter {
    /** Who acts when no one signed in: the startup loaders. */
    static final CallerScope.Actor SYSTEM = new CallerScope.Actor(null, "system", null);

    private static final String INSERT = """
      insert into audit_event (actor_subject, actor_username, actor_client_id, operation, resource_type,
                               resource_id, resource_key, unit_id, unit_path, before, after, request_id)
      values (?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, (select path from admin_unit where id = ?)), ?::jsonb, ?::jsonb, ?)
      """;

    private AuditWriter() {}

    static void write(
            AuditListener.TxState tx,
            Object entity,
            String operation,
            Map<String, Object> before,
            Map<String, Object> after,
            String knownPath) {
        Who who = who(tx);
        // Agroal returns the connection already enlisted in this transaction (the one Hibernate uses); closing the
        // handle does not end or commit anything, the transaction does.
        DataSource ds = Arc.container().instance(DataSource.class).get();
        try (Connection c = ds.getConnection()) {
            AuditTarget t =
                    AuditTarget.of(entity, after != null ? after : before, c).withPath(knownPath);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                ps.setString(1, who.actor().subject());
                ps.setString(2, who.actor().username());
                ps.setString(3, who.actor().clientId());
                ps.setString(4, operation);
                ps.setString(5, t.type());
                ps.setString(6, t.id());
                ps.setString(7, t.key());
                setLong(ps, 8, t.unitId());
                ps.setString(9, t.unitPath());
                setLong(ps, 10, t.unitId());
                ps.setString(
                        11, before == null ? null : EntityState.json(before).toString());
                ps.setString(12, after == null ? null : EntityState.json(after).toString());
                ps.setString(13, who.requestId());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            // Failing the write is the point: a change that cannot be audited must not commit.
            throw new IllegalStateException("Could not record the audit event", e);
        }
    }

    private record Who(CallerScope.Actor actor, String requestId) {}

    /** The signed-in caller and the request id, or the system with a fresh id outside any request. */
    private static Who who(AuditListener.TxState tx) {
        ManagedContext request = Arc.container().requestContext();
        if (!request.isActive()) {
            return new Who(SYSTEM, tx.requestId);
        }
        CallerScope.Actor actor =
                Arc.container().instance(CallerScope.class).get().actor();
        boolean anonymous = actor.subject() == null && "anonymous".equals(actor.username());
        return new Who(
                anonymous ? SYSTEM : actor,
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
