package vn.gnbv.tracker.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.gnbv.tracker.common.NativeSql;
import vn.gnbv.tracker.common.Period;
import vn.gnbv.tracker.common.PointRead;
import vn.gnbv.tracker.common.SqlWhere;
import vn.gnbv.tracker.geo.UnitLevel;
import vn.gnbv.tracker.geo.UnitRef;
import vn.gnbv.tracker.indicator.IndicatorDtos.ValueView;

/**
 * The indicator_value table: values as entities through Panache, and the table's set-based statements beside them
 * (the listing as the API shows it, the values a roll-up reads, the bulk-load description).
 */
@ApplicationScoped
public class IndicatorValueRepository implements PanacheRepository<IndicatorValue> {
    @Inject
    Pool pg;

    /**
     * List filters, parsed and resolved; null means "not filtered". {@code provinces}: per province the filter's
     * unit or the caller's scope lies in, the condition on u.path there (CallerScope.provinceConditions).
     */
    record Filter(
            Long indicatorId,
            String unitPath,
            Map<Long, String> provinces,
            LocalDate endsFrom,
            LocalDate startsTo,
            String period,
            ValueKind kind,
            String category,
            Long reportId,
            boolean alternatives,
            Long afterId,
            String scopeCondition) {}

    /** The columns of a value as the API shows it ({@link #map}), over v, i and u. */
    static final String COLUMNS = "v.id, i.code as indicator_code, u.id as unit_id, u.code as unit_code,"
            + " u.name, u.level, v.period, v.period_start, v.period_end, v.kind, v.category, v.value, v.note, v.version,"
            + " v.report_id, v.locator, v.current, v.comparator";

    /** Left joins on non-null keys, so that PostgreSQL drops the ones a statement does not read (see funding's). */
    static final String FROM = " from indicator_value v left join indicator i on i.id = v.indicator_id"
            + " left join admin_unit u on u.id = v.unit_id";

    private static final String SELECT = "select " + COLUMNS + FROM;

    /** The id of the value with this natural key, or null. */
    /** The value with this natural key (the report is part of it: V071), if any. */
    Long findIdByKey(long indicatorId, long unitId, String period, ValueKind kind, String category, Long reportId) {
        StringBuilder q = new StringBuilder("indicatorId = :i and unitId = :u and period = :p and kind = :k");
        Parameters p = Parameters.with("i", indicatorId)
                .and("u", unitId)
                .and("p", period)
                .and("k", kind);
        // An absent category or report is a key value that matches only itself.
        q.append(category == null ? " and category is null" : " and category = :c");
        if (category != null) {
            p.and("c", category);
        }
        q.append(reportId == null ? " and reportId is null" : " and reportId = :r");
        if (reportId != null) {
            p.and("r", reportId);
        }
        return find(q.toString(), p).firstResultOptional().map(x -> x.id).orElse(null);
    }

    boolean anyOf(long indicatorId) {
        return exists("select 1 from indicator_value where indicator_id = ?1", indicatorId);
    }

    boolean anyNotWhole(long indicatorId) {
        return exists(
                "select 1 from indicator_value where indicator_id = ?1 and (value < 0 or value <> trunc(value))",
                indicatorId);
    }

    private boolean exists(String sql, long id) {
        return !getEntityManager()
                .createNativeQuery(sql + " limit 1")
                .setParameter(1, id)
                .getResultList()
                .isEmpty();
    }

    /** One value as the API shows it, if its unit satisfies {@code scopeCondition} (over {@code u.path}): PointRead. */
    Uni<Optional<ValueView>> view(long id, String scopeCondition) {
        return PointRead.one(pg, SELECT + " where v.id = $1 and " + scopeCondition, id)
                .map(row -> row.map(IndicatorValueRepository::map));
    }

    /** As FundingLinePullQueries.changes: the values changed since a sync token (V083), tombstones included. */
    List<Object[]> changes(Filter f, String goneScope, long since, int limit) {
        SqlWhere where = new SqlWhere("true");
        String sql = IndicatorValuePullSql.changes(where, f, goneScope, since) + " limit " + limit;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = (List<Object[]>) NativeSql.list(getEntityManager(), sql, where.args());
        return rows;
    }

    /** The one row of an {@link IndicatorValuePullSql#fingerprint} statement. */
    Object[] fingerprint(String sql, List<Object> args) {
        return NativeSql.one(getEntityManager(), sql, args);
    }

    /** The xmin of this transaction's snapshot: the sync token of a pull that starts now (V083). */
    long snapshotXmin() {
        return NativeSql.snapshotXmin(getEntityManager());
    }

    /**
     * The values a roll-up reads: indicator id → unit id → value, for these units, one period, kind and category. By
     * unit id, so the natural-key index (indicator_id, unit_id, period, ...) answers it however many values the
     * indicator has nationwide; the id list is a few hundred units.
     */
    Map<Long, Map<Long, BigDecimal>> series(
            List<Long> unitIds, Collection<Long> indicatorIds, Period period, ValueKind kind, String category) {
        String ids = unitIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        var q = getEntityManager()
                .createNativeQuery("select v.indicator_id, v.unit_id, v.value from indicator_value v"
                        + " where v.current and v.indicator_id in (:indicators) and v.unit_id = any(cast(:units as bigint[]))"
                        + " and v.period = :period and v.kind = :kind"
                        + " and v.category is not distinct from cast(:category as text)")
                .setParameter("indicators", indicatorIds)
                .setParameter("units", ids)
                .setParameter("period", period.id())
                .setParameter("kind", kind.name())
                .setParameter("category", category);
        Map<Long, Map<Long, BigDecimal>> values = new HashMap<>();
        for (Object r : q.getResultList()) {
            Object[] row = (Object[]) r;
            values.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                    .put(((Number) row[1]).longValue(), (BigDecimal) row[2]);
        }
        return values;
    }

    /**
     * The (indicator code, period) pairs with a current total ACTUAL / TARGET value under {@code path} whose period
     * lies within [from, to]: which rows and columns an indicator table has figures for.
     */
    List<Object[]> statedCells(String path, LocalDate from, LocalDate to, String scopeCondition) {
        @SuppressWarnings("unchecked")
        List<Object[]> cells = getEntityManager()
                .createNativeQuery("select distinct i.code, v.period" + FROM
                        + " where v.current and v.category is null and v.kind in ('ACTUAL', 'TARGET')"
                        + " and v.period_start >= :from and v.period_end <= :to and u.path like :path and "
                        + scopeCondition)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("path", path + "%")
                .getResultList();
        return cells;
    }

    /** A unit's current TARGET: its value and the bound it states. */
    record Target(BigDecimal value, TargetComparator comparator) {}

    /** The current TARGET values of one indicator, period and category on these units, by unit id. */
    Map<Long, Target> targets(Collection<Long> unitIds, long indicatorId, Period period, String category) {
        String ids = unitIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        var q = getEntityManager()
                .createNativeQuery("select v.unit_id, v.value, v.comparator from indicator_value v"
                        + " where v.current and v.indicator_id = :indicator and v.unit_id = any(cast(:units as bigint[]))"
                        + " and v.period = :period and v.kind = 'TARGET'"
                        + " and v.category is not distinct from cast(:category as text)")
                .setParameter("indicator", indicatorId)
                .setParameter("units", ids)
                .setParameter("period", period.id())
                .setParameter("category", category);
        Map<Long, Target> out = new HashMap<>();
        for (Object r : q.getResultList()) {
            Object[] row = (Object[]) r;
            out.put(
                    ((Number) row[0]).longValue(),
                    new Target((BigDecimal) row[1], row[2] == null ? null : TargetComparator.valueOf((String) row[2])));
        }
        return out;
    }

    static ValueView map(Object[] r) {
        return new ValueView(
                ((Number) r[0]).longValue(),
                (String) r[1],
                new UnitRef(
                        ((Number) r[2]).longValue(), (String) r[3], (String) r[4], UnitLevel.valueOf((String) r[5])),
                (String) r[6],
                date(r[7]),
                date(r[8]),
                ValueKind.valueOf((String) r[9]),
                (String) r[10],
                ((BigDecimal) r[11]).toPlainString(),
                (String) r[12],
                ((Number) r[13]).intValue(),
                r[14] == null ? null : ((Number) r[14]).longValue(),
                (String) r[15],
                (Boolean) r[16],
                r[17] == null ? null : TargetComparator.valueOf((String) r[17]));
    }

    static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    /** The children of a unit with values of exactly this period in their subtrees. */
    public List<Long> childrenWithValues(long parentId, String period) {
        return getEntityManager()
                .createNativeQuery("select c.id from admin_unit c where c.parent_id = ?1 and exists (select 1"
                        + " from admin_unit u join indicator_value v on v.unit_id = u.id where u.path like c.path || '%'"
                        + " and v.period = ?2) order by c.id")
                .setParameter(1, parentId)
                .setParameter(2, period)
                .getResultList()
                .stream()
                .map(o -> ((Number) o).longValue())
                .toList();
    }
}
