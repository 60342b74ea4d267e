package vn.gnbv.tracker.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gnbv.tracker.audit.AuditWriter;
import vn.gnbv.tracker.ingest.Dataset;

/**
 * Recomputes the findings of some provinces, within the caller's transaction: every check of the changed dataset
 * writes what its rules find now, and the merge keeps each finding's identity and status (see
 * {@link FindingMerge}). A province is the unit of recomputation because every rule compares figures within one
 * province's subtree; an upload touching one province never recomputes another.
 */
@ApplicationScoped
public class FindingEngine {
    /** A finding the recomputation opened, reopened or resolved, with the ids of the figures involved. */
    public record Change(
            long findingId,
            String rule,
            String change,
            String severity,
            String relation,
            String dataset,
            String subject,
            List<Long> figureIds,
            BigDecimal expected,
            BigDecimal actual,
            String statusBefore) {
        /** One line for an upload's warnings: what changed, the relation, the key, the numbers. */
        public String message() {
            return change.toLowerCase(java.util.Locale.ROOT) + ": " + relation + " — " + subject + "; expected "
                    + plain(expected) + ", stated " + plain(actual);
        }

        private static String plain(BigDecimal d) {
            return d == null ? "none" : d.stripTrailingZeros().toPlainString();
        }
    }

    /** What a recomputation changed: the first {@link Dataset.Found#LISTED} changes by finding id, and how many. */
    public record Changes(List<Change> listed, long count) {
        public static final Changes NONE = new Changes(List.of(), 0);
    }

    @Inject
    @Any
    Instance<FindingCheck> checks;

    /** The datasets whose checks decide any of these rules. */
    public Set<String> datasets(Set<String> rules) {
        Set<String> out = new LinkedHashSet<>();
        for (FindingCheck ch : checks) {
            if (ch.rules().stream().anyMatch(rules::contains)) {
                out.add(ch.dataset());
            }
        }
        return out;
    }

    /**
     * Recomputes, for these provinces (unit ids), the rules of the checks following {@code dataset}, in the caller's
     * transaction; answers what changed. A province id that is not a province (the nation, a deleted unit) is
     * ignored. The provinces' findings are locked for the transaction: recomputations of one province never overlap.
     */
    public Changes refresh(Connection c, String dataset, Collection<Long> provinceIds, AuditWriter.Who who)
            throws SQLException {
        List<FindingCheck> run = checks(dataset);
        if (run.isEmpty() || provinceIds.isEmpty()) {
            return Changes.NONE;
        }
        Long[] provinces = provinceIds.toArray(Long[]::new);
        lock(c, provinces, "pg_advisory_xact_lock");
        collect(c, run, provinces);
        return merge(c, dataset, run, provinces, who);
    }

    /**
     * The checks following {@code dataset}, those that write first: on one session the others then find the tables
     * of figures those built (FundingFlowChecks reads FundingChecks' lines rather than building its own).
     */
    List<FindingCheck> checks(String dataset) {
        List<FindingCheck> run = new ArrayList<>();
        for (FindingCheck ch : checks) {
            if (ch.dataset().equals(dataset)) {
                run.add(ch);
            }
        }
        run.sort(Comparator.comparing(ch -> !ch.writes()));
        return run;
    }

    /**
     * Locks the provinces' findings with {@code function} (the transaction's or the session's advisory lock), in
     * ascending order so that two recomputations never deadlock.
     */
    static void lock(Connection c, Long[] provinces, String function) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + function
                + "(5, p::int) from (select distinct p from unnest(?::bigint[]) p order by p) x")) {
            ps.setArray(1, c.createArrayOf("bigint", provinces));
            ps.executeQuery().close();
        }
    }

    /** Runs the checks on this session into a fresh candidates table, their base tables shared. */
    static void collect(Connection c, List<FindingCheck> run, Long[] provinces) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(Candidates.CREATE);
            st.execute("truncate " + Candidates.TABLE);
        }
        Map<String, String> before = RuleSettings.apply(c);
        Set<String> built = new HashSet<>();
        Set<String> enabled = FindingCheck.enabledRules(c);
        for (FindingCheck ch : run) {
            if (ch.writes() || !Collections.disjoint(ch.rules(), enabled)) {
                ch.collect(c, provinces, built);
            }
        }
        RuleSettings.restore(c, before);
    }

    /**
     * Merges the candidates of these checks into the findings and audits what changed, both in SQL; answers the
     * first changes and how many there were.
     */
    static Changes merge(Connection c, String dataset, List<FindingCheck> run, Long[] provinces, AuditWriter.Who who)
            throws SQLException {
        Set<String> rules = new LinkedHashSet<>();
        run.forEach(ch -> rules.addAll(ch.rules()));
        try (Statement st = c.createStatement()) {
            st.execute(FindingMerge.CHANGES);
            st.execute("truncate finding_change");
        }
        long count;
        try (PreparedStatement ps = c.prepareStatement(FindingMerge.SQL)) {
            ps.setArray(1, c.createArrayOf("bigint", provinces));
            ps.setArray(2, c.createArrayOf("text", rules.toArray()));
            ps.setString(3, dataset);
            ps.setString(4, dataset);
            count = ps.executeUpdate();
        }
        if (count == 0) {
            return Changes.NONE;
        }
        audit(c, who);
        List<Change> listed = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(FindingMerge.LIST)) {
            while (rs.next()) {
                listed.add(new Change(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        dataset,
                        rs.getString(6),
                        FindingMerge.ids(rs.getArray(7)),
                        rs.getBigDecimal(8),
                        rs.getBigDecimal(9),
                        rs.getString(10)));
            }
        }
        return new Changes(listed, count);
    }

    /**
     * The engine's own changes of findings, audited like a manager's: a finding opened (CREATE), reopened or resolved
     * (UPDATE, status before and after), one event each, under {@code who} made the write that caused them.
     */
    private static void audit(Connection c, AuditWriter.Who who) throws SQLException {
        AuditWriter.events(c, who, "FINDING", """
                select case x.change when 'OPENED' then 'CREATE' else 'UPDATE' end, f.id::text,
                       concat_ws(' ', f.rule, u.code, '#' || f.id), f.unit_id,
                       case when x.before is not null then jsonb_build_object('status', x.before) end,
                       jsonb_build_object('status', f.status, 'change', x.change, 'relation', f.relation,
                                          'expected', f.expected, 'actual', f.actual)
                  from finding_change x join finding f on f.id = x.id left join admin_unit u on u.id = f.unit_id""");
    }
}
