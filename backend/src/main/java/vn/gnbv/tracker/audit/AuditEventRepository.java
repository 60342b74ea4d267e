package vn.gnbv.tracker.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The trail's reads: the events of {@code audit_event} and, one event each, the rows of every history table
 * ({@link HistoryTable}, V075), newest first by id (events and history rows share one sequence, so this is the order
 * they were recorded), keyset-paged. A page is found first (ids only, every filter applied in each source, see
 * {@link #list}), then its events are built, so the JSON of a history row is made only for the rows shown. Events
 * are written only by {@link AuditWriter}; there is no entity, as nothing ever loads one event to change it.
 */
@ApplicationScoped
public class AuditEventRepository {
    /** Resolved filters; null means no filter. {@code scope} gives CallerScope's condition on a unit path column. */
    public record Filter(
            String actor,
            String resourceType,
            String resourceId,
            String operation,
            String unitPath,
            OffsetDateTime from,
            OffsetDateTime to,
            UnaryOperator<String> scope) {}

    private static final String EVENT_COLUMNS = "e.id, e.occurred_at, e.actor_subject, e.actor_username,"
            + " e.actor_client_id, e.operation, e.resource_type, e.resource_id, e.resource_key, e.unit_id,"
            + " e.before::text, e.after::text, e.request_id, e.created_ids::text";

    @Inject
    DataSource ds;

    @Inject
    ObjectMapper json;

    @Inject
    @Any
    Instance<HistoryTable.Source> sources;

    /** The history tables, ordered by table name so that every page's statement is built alike. */
    private List<HistoryTable> histories() {
        return sources.stream()
                .map(HistoryTable.Source::history)
                .distinct()
                .sorted(Comparator.comparing(HistoryTable::table))
                .toList();
    }

    /** A statement fragment and its parameters. */
    private record Sql(StringBuilder text, List<Object> args) {
        Sql(String start) {
            this(new StringBuilder(start), new ArrayList<>());
        }

        Sql and(String cond, Object value) {
            if (value != null) {
                text.append(" and ").append(cond);
                args.add(value);
            }
            return this;
        }
    }

    /** The first window of ids a page is looked for in; each further one is {@link #WIDER} times as wide. */
    private static final long WINDOW = 4096;

    private static final int WIDER = 8;

    /**
     * The page: the {@code fetch} newest events with an id below {@code before}. History tables index their ids
     * with BRIN (V075: a B-tree per table would cost a fifth of their size), which finds a range of ids but cannot
     * read them newest first, so the page is looked for in a window of ids below {@code before}, widened until it
     * holds the page or reaches the first id: a few small range scans, however long the trail.
     */
    List<AuditEventView> list(Filter f, Long before, int fetch) {
        List<HistoryTable> histories = histories();
        try (Connection c = ds.getConnection()) {
            long hi = before != null ? before : lastId(c) + 1;
            List<long[]> page;
            long width = WINDOW;
            while (true) {
                long lo = Math.max(0, hi - width);
                page = page(c, f, histories, hi, lo, fetch);
                if (page.size() >= fetch || lo == 0) {
                    break;
                }
                width = width > Long.MAX_VALUE / WIDER ? Long.MAX_VALUE : width * WIDER;
            }
            return build(c, page, histories);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read audit events", e);
        }
    }

    /** The newest id given out so far, to events or history rows. */
    private static long lastId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select last_value from audit_event_id_seq");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The page's ids and sources (0: audit_event, i: the i-th history table) among ids in [lo, hi). */
    private static List<long[]> page(Connection c, Filter f, List<HistoryTable> histories, long hi, long lo, int fetch)
            throws SQLException {
        List<Sql> parts = new ArrayList<>();
        parts.add(events(f, hi, lo, histories));
        for (int i = 0; i < histories.size(); i++) {
            Sql h = history(f, hi, lo, histories.get(i), i + 1);
            if (h != null) {
                parts.add(h);
            }
        }
        StringBuilder sql = new StringBuilder("select id, src from (");
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            sql.append(i == 0 ? "" : " union all ").append(parts.get(i).text());
            args.addAll(parts.get(i).args());
        }
        sql.append(") page order by id desc limit ?");
        args.add(fetch);
        List<long[]> page = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    page.add(new long[] {rs.getLong(1), rs.getInt(2)});
                }
            }
        }
        return page;
    }

    /** The page's ids from audit_event. */
    private static Sql events(Filter f, long hi, long lo, List<HistoryTable> histories) {
        Sql q = new Sql(
                "select e.id, 0 as src from audit_event e where " + f.scope().apply("e.unit_path"));
        if (f.actor() != null) {
            q.text().append(" and (e.actor_username = ? or e.actor_subject = ?)");
            q.args().add(f.actor());
            q.args().add(f.actor());
        }
        String dataset = histories.stream()
                .filter(h -> h.resourceType().equals(f.resourceType()) && h.dataset() != null)
                .map(HistoryTable::dataset)
                .findFirst()
                .orElse(null);
        if (dataset != null && rowId(f.resourceId()) != null) {
            // The row's own events, and the bulk upload that created it (V061).
            q.text()
                    .append(" and ((e.resource_type = ? and e.resource_id = ?) or (e.operation = 'UPLOAD'"
                            + " and e.created_ids @> ?::bigint and e.after->>'dataset' = ?))");
            q.args().addAll(List.of(f.resourceType(), f.resourceId(), rowId(f.resourceId()), dataset));
        } else {
            q.and("e.resource_type = ?", f.resourceType()).and("e.resource_id = ?", f.resourceId());
        }
        return q.and("e.operation = ?", f.operation())
                .and("e.unit_path like ?", f.unitPath() == null ? null : f.unitPath() + "%")
                .and("e.occurred_at >= ?", f.from())
                .and("e.occurred_at < ?", f.to())
                .and("e.id < ?", hi)
                .and("e.id >= ?", lo);
    }

    /**
     * The page's ids from one history table (source {@code src}), or null when the filters exclude its rows: they
     * are UPDATE and DELETE events of its resource type, with a numeric id. Who and when are the carrying event's;
     * the unit is the row's, its path as the units table has it.
     */
    private static Sql history(Filter f, long hi, long lo, HistoryTable h, int src) {
        if ((f.resourceType() != null && !f.resourceType().equals(h.resourceType()))
                || (f.resourceId() != null && rowId(f.resourceId()) == null)
                || (f.operation() != null && !List.of("UPDATE", "DELETE").contains(f.operation()))) {
            return null;
        }
        Sql q = new Sql("select h.audit_id, " + src + " from " + h.table()
                + " h join audit_event ev on ev.id = h.event_id left join admin_unit u on u.id = h.unit_id where "
                + f.scope().apply("u.path"));
        if (f.actor() != null) {
            q.text().append(" and (ev.actor_username = ? or ev.actor_subject = ?)");
            q.args().add(f.actor());
            q.args().add(f.actor());
        }
        return q.and("h.id = ?", rowId(f.resourceId()))
                .and(
                        "h.deleted = ?",
                        f.operation() == null ? null : f.operation().equals("DELETE"))
                .and("u.path like ?", f.unitPath() == null ? null : f.unitPath() + "%")
                .and("ev.occurred_at >= ?", f.from())
                .and("ev.occurred_at < ?", f.to())
                .and("h.audit_id < ?", hi)
                .and("h.audit_id >= ?", lo);
    }

    /** The page's events, in the page's order: each source's rows read by id. */
    private List<AuditEventView> build(Connection c, List<long[]> page, List<HistoryTable> histories)
            throws SQLException {
        List<AuditEventView> out = new ArrayList<>();
        for (int src = 0; src <= histories.size(); src++) {
            final int s = src;
            Long[] ids = page.stream().filter(p -> p[1] == s).map(p -> p[0]).toArray(Long[]::new);
            if (ids.length == 0) {
                continue;
            }
            String sql = src == 0
                    ? "select " + EVENT_COLUMNS + " from audit_event e where e.id = any(?)"
                    : rowEvents(histories.get(src - 1));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, c.createArrayOf("bigint", ids));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
            }
        }
        out.sort(Comparator.comparingLong(AuditEventView::id).reversed());
        return out;
    }

    /**
     * History rows as events: before is the row's image; after, for an UPDATE, the row's next version (same id,
     * version + 1) — the row itself when that is still its version, else the before-image of its next change, kept
     * either in the history or, for a single write, in its audit event. A DELETE has no after.
     */
    static String rowEvents(HistoryTable h) {
        String next = "coalesce((select " + h.image("nx") + " from " + h.base() + " nx where nx.id = h.id"
                + " and nx.version = h.version + 1), (select " + h.image("hn") + " from " + h.table() + " hn"
                + " where hn.id = h.id and hn.version = h.version + 1 order by hn.audit_id limit 1),"
                + " (select ae.before from audit_event ae where ae.resource_type = '" + h.resourceType() + "'"
                + " and ae.resource_id = h.id::text and (ae.before->>'version')::bigint = h.version + 1"
                + " order by ae.id limit 1))";
        return "select h.audit_id, ev.occurred_at, ev.actor_subject, ev.actor_username, ev.actor_client_id,"
                + " case when h.deleted then 'DELETE' else 'UPDATE' end, '" + h.resourceType() + "', h.id::text, "
                + h.resourceKey("h") + ", h.unit_id, "
                + h.image("h") + "::text, case when not h.deleted then " + next + " end::text,"
                + " ev.request_id, null from " + h.table() + " h join audit_event ev on ev.id = h.event_id"
                + " left join admin_unit u on u.id = h.unit_id " + h.joins("h") + " where h.audit_id = any(?)";
    }

    /** The number of a row's id filter, or null when it is not one. */
    private static Long rowId(String resourceId) {
        return resourceId != null && resourceId.matches("[0-9]{1,18}") ? Long.parseLong(resourceId) : null;
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
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
}
