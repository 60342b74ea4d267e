package vn.gnbv.tracker.reading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.gnbv.tracker.reading.ReadingDtos.Citation;
import vn.gnbv.tracker.reading.ReadingDtos.Fields;
import vn.gnbv.tracker.reading.ReadingDtos.ProposalView;
import vn.gnbv.tracker.reading.ReadingDtos.ReasonView;
import vn.gnbv.tracker.reading.ReadingDtos.Status;

/** The table report_proposal: a report's proposed figures, set-based where a reading or a bulk decision needs it. */
@ApplicationScoped
class ProposalRepository {
    private static final String COLUMNS = "p.id, p.report_id, p.reading_id, p.dataset, p.status, p.confidence,"
            + " p.reasons::text, p.quote, p.citations::text, p.fields::text, p.proposed::text, p.edited,"
            + " p.decided_by, p.decided_at, p.version, p.created_at, p.updated_at, p.first_offset";

    /** A new reading's proposal, ready to store. */
    record NewRow(
            String dataset,
            String identity,
            double confidence,
            List<ReasonView> reasons,
            String quote,
            List<Citation> citations,
            Fields proposed) {}

    /** The filters of a listing; null: any. {@code maxConfidence} is exclusive. */
    record Filter(String dataset, Status status, Double minConfidence, Double maxConfidence) {}

    @Inject
    ObjectMapper json;

    /** The identities of the report's decided proposals: a reading proposing one of them again keeps it. */
    Set<String> decidedIdentities(Connection c, long report) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select identity from report_proposal where report_id = ? and status <> 'PENDING'")) {
            ps.setLong(1, report);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    int deletePending(Connection c, long report) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("delete from report_proposal where report_id = ? and status = 'PENDING'")) {
            ps.setLong(1, report);
            return ps.executeUpdate();
        }
    }

    /** Inserts a reading's proposals; one already decided keeps its decision and edits, and takes the new reading. */
    void store(Connection c, long report, long reading, List<NewRow> rows) throws SQLException {
        String sql = "insert into report_proposal (report_id, reading_id, dataset, identity, status, confidence,"
                + " reasons, quote, citations, first_offset, proposed, fields) values (?, ?, ?, ?, 'PENDING', ?,"
                + " ?::jsonb, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb) on conflict (report_id, identity) do update set"
                + " reading_id = excluded.reading_id, confidence = excluded.confidence, reasons = excluded.reasons,"
                + " quote = excluded.quote, citations = excluded.citations, first_offset = excluded.first_offset,"
                + " version = report_proposal.version + 1, updated_at = now()";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (NewRow r : rows) {
                String fields = write(r.proposed());
                ps.setLong(1, report);
                ps.setLong(2, reading);
                ps.setString(3, r.dataset());
                ps.setString(4, r.identity());
                ps.setDouble(5, r.confidence());
                ps.setString(6, write(r.reasons()));
                ps.setString(7, r.quote());
                ps.setString(8, write(r.citations()));
                ps.setInt(9, r.citations().isEmpty() ? 0 : r.citations().get(0).start());
                ps.setString(10, fields);
                ps.setString(11, fields);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Per dataset and status, how many proposals the report has. */
    List<long[]> counts(Connection c, long report, List<String> datasets) throws SQLException {
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < datasets.size(); i++) {
            out.add(new long[4]);
        }
        try (PreparedStatement ps = c.prepareStatement("select dataset, status, count(*) from report_proposal"
                + " where report_id = ? group by dataset, status")) {
            ps.setLong(1, report);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int d = datasets.indexOf(rs.getString(1));
                    if (d < 0) {
                        continue;
                    }
                    long n = rs.getLong(3);
                    long[] row = out.get(d);
                    row[0] += n;
                    row[1 + Status.valueOf(rs.getString(2)).ordinal()] += n;
                }
            }
        }
        return out;
    }

    /** One page in document order, after the keyset ({@code afterOffset}, {@code afterId}) when given. */
    List<ProposalView> list(Connection c, long report, Filter f, Integer afterOffset, Long afterId, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from report_proposal p where p.report_id = ?");
        List<Object> params = new ArrayList<>(List.of(report));
        if (f.dataset() != null) {
            sql.append(" and p.dataset = ?");
            params.add(f.dataset());
        }
        if (f.status() != null) {
            sql.append(" and p.status = ?");
            params.add(f.status().name());
        }
        if (f.minConfidence() != null) {
            sql.append(" and p.confidence >= ?");
            params.add(BigDecimal.valueOf(f.minConfidence()));
        }
        if (f.maxConfidence() != null) {
            sql.append(" and p.confidence < ?");
            params.add(BigDecimal.valueOf(f.maxConfidence()));
        }
        if (afterId != null) {
            sql.append(" and (p.first_offset, p.id) > (?, ?)");
            params.add(afterOffset);
            params.add(afterId);
        }
        sql.append(" order by p.first_offset, p.id limit ?");
        params.add(limit);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            return ProposalRows.views(json, ps);
        }
    }

    Optional<ProposalView> byId(Connection c, long id, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select " + COLUMNS + " from report_proposal p where p.id = ?" + (forUpdate ? " for update" : ""))) {
            ps.setLong(1, id);
            return ProposalRows.views(json, ps).stream().findFirst();
        }
    }

    /** One decision: status, the row to load, who; PENDING clears who decided. */
    void decide(Connection c, long id, Status status, Fields fields, boolean edited, String username)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update report_proposal set status = ?, fields = ?::jsonb,"
                + " edited = ?, decided_by = ?, decided_at = case when ? then now() end, version = version + 1,"
                + " updated_at = now() where id = ?")) {
            boolean decided = status != Status.PENDING;
            ps.setString(1, status.name());
            ps.setString(2, write(fields));
            ps.setBoolean(3, edited);
            ps.setString(4, decided ? username : null);
            ps.setBoolean(5, decided);
            ps.setLong(6, id);
            ps.executeUpdate();
        }
    }

    /**
     * A bulk decision over the report's proposals that {@code where} selects (SQL over alias p with
     * {@code params}): only PENDING ones unless {@code overrule}, never one already in that status. Answers the
     * matched count and the changed ids.
     */
    BulkChange bulk(
            Connection c, long report, Status status, String where, List<Object> params, boolean overrule, String who)
            throws SQLException {
        String selected = "select p.id, p.status from report_proposal p where p.report_id = ? and " + where;
        String sql = "with sel as (" + selected + " for update), upd as (update report_proposal t set status = ?,"
                + " decided_by = ?, decided_at = case when ? then now() end, version = t.version + 1,"
                + " updated_at = now() from sel where t.id = sel.id and sel.status <> ? and (? or sel.status ="
                + " 'PENDING') returning t.id) select (select count(*) from sel), (select array_agg(id order by id)"
                + " from upd)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int at = 1;
            ps.setLong(at++, report);
            for (Object p : params) {
                ps.setObject(at++, p);
            }
            boolean decided = status != Status.PENDING;
            ps.setString(at++, status.name());
            ps.setString(at++, decided ? who : null);
            ps.setBoolean(at++, decided);
            ps.setString(at++, status.name());
            ps.setBoolean(at, overrule);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                java.sql.Array ids = rs.getArray(2);
                List<Long> changed = new ArrayList<>();
                if (ids != null) {
                    for (Long id : (Long[]) ids.getArray()) {
                        changed.add(id);
                    }
                }
                return new BulkChange(rs.getLong(1), changed);
            }
        }
    }

    record BulkChange(long matched, List<Long> changed) {}

    /** The ids among {@code ids} that are not proposals of the report. */
    List<Long> foreign(Connection c, long report, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select x from unnest(?::bigint[]) x where not exists"
                + " (select 1 from report_proposal p where p.id = x and p.report_id = ?) order by x")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            ps.setLong(2, report);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        }
    }

    /** The report's ACCEPTED proposals of one dataset, in document order: the rows a commit loads. */
    List<ProposalView> accepted(Connection c, long report, String dataset) throws SQLException {
        return list(c, report, new Filter(dataset, Status.ACCEPTED, null, null), null, null, Integer.MAX_VALUE);
    }

    /** A value's JSON members, without the null ones. */
    Map<String, Object> asMap(Object o) {
        Map<String, Object> m = json.convertValue(o, new TypeReference<LinkedHashMap<String, Object>>() {});
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
