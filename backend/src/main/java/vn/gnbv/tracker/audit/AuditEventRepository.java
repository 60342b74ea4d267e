package vn.gnbv.tracker.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The {@code audit_event} table's reads: newest first (by id, the order they were recorded), keyset-paged. Events are
 * written only by {@link AuditWriter}; there is no entity, as nothing ever loads one event to change it.
 */
@ApplicationScoped
public class AuditEventRepository {
    /** Resolved filters; null means no filter. {@code scopeSql} is CallerScope's condition on e.unit_path. */
    public record Filter(
            String actor,
            String resourceType,
            String resourceId,
            String operation,
            String unitPath,
            OffsetDateTime from,
            OffsetDateTime to,
            String scopeSql) {}

    @Inject
    DataSource ds;

    @Inject
    ObjectMapper json;

    List<AuditEventView> list(Filter f, Long before, int fetch) {
        StringBuilder sql = new StringBuilder("""
        select e.id, e.occurred_at, e.actor_subject, e.actor_username, e.actor_client_id, e.operation,
               e.resource_type, e.resource_id, e.resource_key, e.unit_id, e.before::text, e.after::text, e.request_id,
               e.created_ids::text
          from audit_event e
         where\s""").append(f.scopeSql());
        List<Object> args = new ArrayList<>();
        if (f.actor() != null) {
            sql.append(" and (e.actor_username = ? or e.actor_subject = ?)");
            args.add(f.actor());
            args.add(f.actor());
        }
        String dataset = f.resourceType() == null
                ? null
                : switch (f.resourceType()) {
                    case "FUNDING_LINE" -> "funding-lines";
                    case "INDICATOR_VALUE" -> "indicator-values";
                    case "LOCAL_PROJECT" -> "local-projects";
                    default -> null;
                };
        if (dataset != null && f.resourceId() != null && f.resourceId().matches("[0-9]{1,18}")) {
            // The row's own events, and the bulk upload that created it (V061).
            sql.append(" and ((e.resource_type = ? and e.resource_id = ?) or (e.operation = 'UPLOAD'"
                    + " and e.created_ids @> ?::bigint and e.after->>'dataset' = ?))");
            args.addAll(List.of(f.resourceType(), f.resourceId(), Long.parseLong(f.resourceId()), dataset));
        } else {
            add(sql, args, " and e.resource_type = ?", f.resourceType());
            add(sql, args, " and e.resource_id = ?", f.resourceId());
        }
        add(sql, args, " and e.operation = ?", f.operation());
        add(sql, args, " and e.unit_path like ?", f.unitPath() == null ? null : f.unitPath() + "%");
        add(sql, args, " and e.occurred_at >= ?", f.from());
        add(sql, args, " and e.occurred_at < ?", f.to());
        add(sql, args, " and e.id < ?", before);
        sql.append(" order by e.id desc limit ?");
        args.add(fetch);
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<AuditEventView> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read audit events", e);
        }
    }

    private AuditEventView map(ResultSet rs) throws SQLException {
        long unitId = rs.getLong(10);
        Long unit = rs.wasNull() ? null : unitId;
        return new AuditEventView(
                rs.getLong(1),
                rs.getObject(2, OffsetDateTime.class),
                new AuditEventView.Actor(rs.getString(3), rs.getString(4), rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                unit,
                parse(rs.getString(11)),
                parse(rs.getString(12)),
                rs.getString(13),
                rs.getString(14));
    }

    private JsonNode parse(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_event holds invalid JSON", e);
        }
    }

    private static void add(StringBuilder sql, List<Object> args, String cond, Object value) {
        if (value != null) {
            sql.append(cond);
            args.add(value);
        }
    }
}
