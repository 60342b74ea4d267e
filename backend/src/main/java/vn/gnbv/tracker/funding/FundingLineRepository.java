package vn.gnbv.tracker.funding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gnbv.tracker.common.PointRead;
import vn.gnbv.tracker.funding.FundingSummaryService.SummaryQuery;
import vn.gnbv.tracker.geo.UnitLevel;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.geo.UnitRef;

/**
 * The funding_line table: lines as entities through Panache, and the table's set-based statements beside them (a
 * line as the API shows it, the summaries); the listing's and the pull's statements are {@link FundingLinePullQueries}.
 */
@ApplicationScoped
public class FundingLineRepository implements PanacheRepository<FundingLine> {
    @Inject
    Pool pg;

    /** The columns of a line as the API shows it ({@link FundingLineView#fromRow}), over f, p, c and u. */
    static final String COLUMNS = """
      f.id, p.code, f.program_id, c.code, f.component_id, u.id, u.code, u.name, u.level, f.fiscal_year,
      f.source, f.capital_type, f.measure, f.implementing_body, f.origin_year, f.amount_vnd, f.reference,
      f.note, f.version, f.created_at, f.updated_at, f.report_id, f.locator, f.current""";

    /**
     * Left joins though program and unit are never null: PostgreSQL drops a left join to a unique key whose columns a
     * statement does not read (a CSV page's fingerprint: 1.25 -> 0.75 ms), never an inner one.
     */
    static final String FROM = """
       from funding_line f
       left join program p on p.id = f.program_id
       left join program_component c on c.id = f.component_id
       left join admin_unit u on u.id = f.unit_id
      """;

    private static final String SELECT = "select " + COLUMNS + FROM;

    /** The line with this natural key (funding_line_natural_key), if any. */
    Optional<FundingLine> findByKey(FundingLineRules.Resolved r) {
        StringBuilder q = new StringBuilder(
                "programId = :program and unitId = :unit and source = :source and capitalType = :capital"
                        + " and measure = :measure");
        Parameters p = Parameters.with("program", r.program().id())
                .and("unit", r.unit().id())
                .and("source", r.source())
                .and("capital", r.capitalType())
                .and("measure", r.measure());
        // An unspecified component, year, body or origin year is a key value that matches only itself.
        keyPart(
                q,
                p,
                "componentId",
                r.component() == null ? null : r.component().id());
        keyPart(
                q,
                p,
                "fiscalYear",
                r.fiscalYear() == null ? null : r.fiscalYear().shortValue());
        keyPart(q, p, "implementingBodyKey", r.implementingBodyKey());
        keyPart(
                q,
                p,
                "originYear",
                r.originYear() == null ? null : r.originYear().shortValue());
        keyPart(q, p, "reportId", r.report() == null ? null : r.report().id());
        return find(q.toString(), p).firstResultOptional();
    }

    private static void keyPart(StringBuilder q, Parameters p, String field, Object value) {
        if (value == null) {
            q.append(" and ").append(field).append(" is null");
        } else {
            q.append(" and ").append(field).append(" = :").append(field);
            p.and(field, value);
        }
    }

    /** One line as the API shows it (codes and unit joined in). */
    Optional<FundingLineView> view(long id) {
        List<?> rows = getEntityManager()
                .createNativeQuery(SELECT + " where f.id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(FundingLineView.fromRow((Object[]) rows.get(0)));
    }

    /**
     * One line if its unit meets {@code scopeCondition} (SQL over u.path we built): one statement on the event loop
     * (PointRead), for a GET by id outside any transaction.
     */
    Uni<Optional<FundingLineView>> read(long id, String scopeCondition) {
        return PointRead.one(pg, SELECT + " where f.id = $1 and " + scopeCondition, id)
                .map(row -> row.map(FundingLineView::fromRow));
    }

    /**
     * Where a summary reads: the program, the unit (its id and path, the pre-reform units mapped in), the years, and
     * whether from the maintained national cells (FundingNodeTotals) rather than the lines.
     */
    record Region(long programId, long unitId, String unitPath, String mappedIds, int first, int last, boolean kept) {}

    /** Figures per component × fiscal year (× the extra groups) of the lines under a unit and its mapped history. */
    List<FundingSummary.Row> summaryRows(SummaryQuery q, List<String> extra, Region region, String inScope) {
        List<FundingSummary.Row> out = new ArrayList<>();
        String sql = region.kept()
                ? FundingNodeTotals.aggregate(q, true)
                : FundingSummarySql.aggregate(q, extra, true, inScope);
        for (Object o : summary(sql, q, region)) {
            Object[] r = (Object[]) o;
            int i = 5;
            FundingSource source = extra.contains("source") ? FundingSource.valueOf((String) r[i++]) : null;
            CapitalType capital = extra.contains("capital_type") ? CapitalType.valueOf((String) r[i++]) : null;
            var component = new FundingSummary.ComponentRef(num(r[0]), (String) r[1], (String) r[2], (String) r[3]);
            out.add(new FundingSummary.Row(
                    component,
                    year(r[4]),
                    source,
                    capital,
                    FundingFigures.fromRow(r, i),
                    FundingSummary.Stated.fromRow(r, i + FundingSummarySql.FIGURE_COLUMNS)));
        }
        return out;
    }

    /** The same lines' figures per fiscal year (and over the range: a null year), at the root of the summary. */
    List<FundingSummary.YearTotal> summaryTotals(SummaryQuery q, Region region, String inScope) {
        List<FundingSummary.YearTotal> years = new ArrayList<>();
        String sql = region.kept()
                ? FundingNodeTotals.aggregate(q, false)
                : FundingSummarySql.aggregate(q, List.of(), false, inScope);
        for (Object o : summary(sql, q, region)) {
            Object[] r = (Object[]) o;
            years.add(new FundingSummary.YearTotal(
                    year(r[0]),
                    FundingFigures.fromRow(r, 1),
                    FundingSummary.Stated.fromRow(r, 1 + FundingSummarySql.FIGURE_COLUMNS)));
        }
        return years;
    }

    private List<?> summary(String sql, SummaryQuery q, Region region) {
        getEntityManager().createNativeQuery(CellSql.SETTINGS).getSingleResult();
        Query query = getEntityManager()
                .createNativeQuery(sql)
                .setParameter("program", region.programId())
                .setParameter("first", region.first())
                .setParameter("last", region.last());
        if (region.kept()) {
            bindYears(query, q);
            return query.getResultList();
        }
        query.setParameter("unit", region.unitId());
        if (!q.own()) {
            query.setParameter("path", region.unitPath() + "%").setParameter("mapped", region.mappedIds());
        }
        bindYears(query, q);
        q.lines().bind(query);
        return query.getResultList();
    }

    private static void bindYears(Query query, SummaryQuery q) {
        if (q.yearFrom() != null) {
            query.setParameter("yearFrom", q.yearFrom());
        }
        if (q.yearTo() != null) {
            query.setParameter("yearTo", q.yearTo());
        }
        if (q.component() != null) {
            query.setParameter("component", q.component());
        }
    }

    /** The reports cited by the lines {@link #summaryRows} counts, with their line counts. */
    List<FundingSummaryService.Source> sources(SummaryQuery q, Region region, String inScope) {
        Query query = getEntityManager()
                .createNativeQuery(FundingSummarySql.sources(q, inScope))
                .setParameter("program", region.programId())
                .setParameter("first", region.first())
                .setParameter("last", region.last())
                .setParameter("whole", q.yearFrom() == null && q.yearTo() == null);
        if (q.own()) {
            query.setParameter("unit", region.unitId());
        } else {
            query.setParameter("path", region.unitPath() + "%").setParameter("mapped", region.mappedIds());
        }
        if (q.component() != null) {
            query.setParameter("component", q.component());
        }
        q.lines().bind(query);
        List<FundingSummaryService.Source> out = new ArrayList<>();
        for (Object o : query.getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new FundingSummaryService.Source(
                    r[0] == null ? null : num(r[0]),
                    (String) r[1],
                    r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2],
                    (String) r[3],
                    num(r[4])));
        }
        return out;
    }

    /** One fiscal year of a unit: the figures of each child unit, of its own lines, and in total. */
    record ChildFigures(List<FundingSummary.Child> children, FundingSummary.Cell own, FundingSummary.Cell total) {}

    /** @param oldIds, childIds the pre-reform units mapped in and the child each falls into (null: several) */
    ChildFigures children(
            long programId,
            UnitLookup.Unit unit,
            LocalDate asOf,
            int year,
            String component,
            String oldIds,
            String childIds,
            String inScope,
            LineFilter filter) {
        getEntityManager().createNativeQuery(CellSql.SETTINGS).getSingleResult();
        Query query = getEntityManager()
                .createNativeQuery(FundingSummarySql.children(component != null, inScope + filter.sql()))
                .setParameter("program", programId)
                .setParameter("path", unit.path() + "%")
                .setParameter("year", year)
                .setParameter("next", year + 1)
                .setParameter("unit", unit.id())
                .setParameter("asOf", asOf)
                .setParameter("oldIds", oldIds)
                .setParameter("childIds", childIds);
        if (component != null) {
            query.setParameter("component", component);
        }
        filter.bind(query);
        return childFigures(query.getResultList());
    }

    /** The rows of a drill-down statement: part 0 a child, 1 the unit's own lines, 2 the total. */
    static ChildFigures childFigures(List<?> rows) {
        List<FundingSummary.Child> kids = new ArrayList<>();
        FundingSummary.Cell own = null;
        FundingSummary.Cell total = null;
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            var cell = new FundingSummary.Cell(
                    FundingFigures.fromRow(r, 5),
                    FundingSummary.Stated.fromRow(r, 5 + FundingSummarySql.FIGURE_COLUMNS));
            switch (((Number) r[0]).intValue()) {
                case 0 -> kids.add(new FundingSummary.Child(unitRef(r, 1), cell.figures(), cell.stated()));
                case 1 -> own = cell;
                default -> total = cell;
            }
        }
        return new ChildFigures(kids, own, total);
    }

    /** How many lines each of these units has (the reform's split units), among units {@code unitCondition} allows. */
    List<FundingReform.PartialUnit> partialUnits(long programId, String unitIds, String unitCondition) {
        List<FundingReform.PartialUnit> out = new ArrayList<>();
        for (Object o : getEntityManager()
                .createNativeQuery(FundingSummarySql.partialUnits(unitCondition))
                .setParameter(1, programId)
                .setParameter(2, unitIds)
                .getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new FundingReform.PartialUnit(unitRef(r, 0), num(r[4])));
        }
        return out;
    }

    /** The children of a unit with lines of the program in the fiscal year (null: the phase) in their subtrees. */
    public List<Long> childrenWithLines(long parentId, long programId, Integer fiscalYear) {
        return getEntityManager()
                .createNativeQuery("select c.id from admin_unit c where c.parent_id = ?1 and exists (select 1"
                        + " from admin_unit u join funding_line f on f.unit_id = u.id where u.path like c.path || '%'"
                        + " and f.program_id = ?2 and coalesce(f.fiscal_year, 0) = ?3) order by c.id")
                .setParameter(1, parentId)
                .setParameter(2, programId)
                .setParameter(3, fiscalYear == null ? 0 : fiscalYear)
                .getResultList()
                .stream()
                .map(o -> num(o))
                .toList();
    }

    static UnitRef unitRef(Object[] r, int o) {
        return new UnitRef(num(r[o]), (String) r[o + 1], (String) r[o + 2], UnitLevel.valueOf((String) r[o + 3]));
    }

    private static Integer year(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }
}
