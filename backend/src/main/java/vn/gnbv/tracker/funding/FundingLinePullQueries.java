package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import vn.gnbv.tracker.common.NativeSql;
import vn.gnbv.tracker.common.SqlWhere;

/**
 * The listing's and the pull's statements over funding_line that run in the caller's transaction (their SQL text is
 * {@link FundingLinePullSql}'s): the changes since a sync token, a page's fingerprint, the snapshot's xmin.
 */
@ApplicationScoped
public class FundingLinePullQueries {
    @Inject
    EntityManager em;

    /**
     * List filters, already parsed and resolved to ids; null means "not filtered". {@code provinces}: per province the
     * filter's unit or the caller's scope lies in, the condition on u.path there (CallerScope.provinceConditions).
     */
    public record Filter(
            Long programId,
            String componentCode,
            String unitPath,
            Map<Long, String> provinces,
            Integer yearFrom,
            Integer yearTo,
            FundingSource source,
            CapitalType capitalType,
            FundingMeasure measure,
            Long reportId,
            boolean alternatives,
            String scopeCondition) {}

    /**
     * The lines changed by transactions with an id at or above {@code since} (V083), by row id after {@code afterId}:
     * each line that still exists and matches the filters but the one on {@code current} (its current flag is the
     * last column but one), or the id of a line deleted since (a tombstone: every other column null); the last column
     * is the row id.
     */
    List<Object[]> changes(Filter f, String goneScope, long since, Long afterId, int limit) {
        SqlWhere where = new SqlWhere("true");
        String sql = FundingLinePullSql.changes(where, f, goneScope, since, afterId == null ? 0L : afterId) + " limit "
                + limit;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = (List<Object[]>) NativeSql.list(em, sql, where.args());
        return rows;
    }

    /** The one row of a {@link FundingLinePullSql#fingerprint} statement. */
    Object[] fingerprint(String sql, List<Object> args) {
        return NativeSql.one(em, sql, args);
    }

    /** The xmin of this transaction's snapshot: the sync token of a pull that starts now (V083). */
    long snapshotXmin() {
        return NativeSql.snapshotXmin(em);
    }
}
