package vn.gnbv.tracker.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gnbv.tracker.funding.FundingSummary.ComponentLevel;
import vn.gnbv.tracker.geo.UnitLevel;
import vn.gnbv.tracker.geo.UnitLookup;
import vn.gnbv.tracker.geo.UnitRef;
import vn.gnbv.tracker.program.ProgramLookup;
import vn.gnbv.tracker.program.ProgramLookup.ProgramRef;
import vn.gnbv.tracker.security.CallerScope;

/** Funding summaries of a unit subtree: by component × year, and one year's drill-down into child units. */
@ApplicationScoped
public class FundingSummaryService {
    /** The extra grouping a summary can ask for: API name → column. */
    static final Map<String, String> GROUPS = Map.of("source", "source", "capitalType", "capital_type");

    public record SummaryQuery(
            String program,
            String unit,
            LocalDate asOf,
            Integer yearFrom,
            Integer yearTo,
            String component,
            ComponentLevel level,
            List<String> groupBy) {}

    @Inject
    EntityManager em;

    @Inject
    ProgramLookup programs;

    @Inject
    UnitLookup units;

    @Inject
    FundingReform reform;

    @Inject
    CallerScope callerScope;

    @Transactional
    public FundingSummary summary(SummaryQuery q) {
        ProgramRef program = programs.requireProgram("program", q.program());
        if (q.component() != null) {
            programs.requireComponent("component", program, q.component());
        }
        UnitLookup.Unit unit = units.require("unit", q.unit(), q.asOf());
        callerScope.require(unit, "unit");
        List<String> extra = q.groupBy().stream().map(GROUPS::get).toList();
        FundingReform.Scope scope = reform.scope(unit, q.asOf());

        String inScope = callerScope.sqlCondition("u.path");
        Query rows = bind(em.createNativeQuery(aggregateSql(q, extra, true, inScope)), program, unit, q, scope);
        List<FundingSummary.Row> out = new ArrayList<>();
        for (Object o : rows.getResultList()) {
            Object[] r = (Object[]) o;
            int i = 5;
            FundingSource source = extra.contains("source") ? FundingSource.valueOf((String) r[i++]) : null;
            CapitalType capital = extra.contains("capital_type") ? CapitalType.valueOf((String) r[i++]) : null;
            var component = r[0] == null
                    ? null
                    : new FundingSummary.ComponentRef(
                            ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]);
            out.add(new FundingSummary.Row(component, year(r[4]), source, capital, FundingFigures.fromRow(r, i)));
        }
        Query totals = bind(em.createNativeQuery(aggregateSql(q, List.of(), false, inScope)), program, unit, q, scope);
        List<FundingSummary.YearTotal> years = new ArrayList<>();
        for (Object o : totals.getResultList()) {
            Object[] r = (Object[]) o;
            years.add(new FundingSummary.YearTotal(year(r[0]), FundingFigures.fromRow(r, 1)));
        }
        return new FundingSummary(
                program.code(),
                UnitRef.of(unit),
                q.asOf(),
                q.level(),
                q.groupBy(),
                out,
                years,
                reform.treatment(scope, program.id(), callerScope.sqlCondition("u.path")));
    }

    @Transactional
    public FundingSummary.Children children(
            String programCode, String unitCode, LocalDate asOf, int year, String component) {
        ProgramRef program = programs.requireProgram("program", programCode);
        if (component != null) {
            programs.requireComponent("component", program, component);
        }
        UnitLookup.Unit unit = units.require("unit", unitCode, asOf);
        callerScope.require(unit, "unit");
        FundingReform.Scope scope = reform.scope(unit, asOf);
        // Lines of pre-reform units wholly inside count toward the child holding all their successors, or, when they
        // spread over several children, toward `own` (recorded at this level, attributable to no single child).
        String lines = "select f.unit_id, u.path, f.fiscal_year as fy, f.measure, f.amount_vnd,"
                + " m.old_id is not null as mapped, m.child_id from funding_line f join admin_unit u on u.id = f.unit_id"
                + " left join reform_map m on m.old_id = f.unit_id"
                + " where f.program_id = :program and (u.path like :path or m.old_id is not null)"
                // Old units mapped in are within the scope of whoever may see the target; the condition makes sure.
                + " and " + callerScope.sqlCondition("u.path")
                + " and f.fiscal_year in (:year, :next)"
                + (component == null ? "" : " and " + FundingSummarySql.COMPONENT_SUBTREE);
        String sums = FundingSummarySql.sums("l.fy = :year")
                + ",\n  coalesce(sum(l.amount_vnd) filter (where l.fy = :next and l.measure = 'CARRIED_IN'), 0) as next_in"
                + ",\n  count(*) filter (where l.fy = :next and l.measure = 'CARRIED_IN') > 0 as has_next_in";
        String sql = "with kids as (select id, code, name, level, path from admin_unit where parent_id = :unit"
                + " and valid_from <= :asOf and (valid_to is null or valid_to >= :asOf)),\n"
                + "reform_map as (select * from unnest(cast(:oldIds as bigint[]), cast(:childIds as bigint[]))"
                + " as t(old_id, child_id)),\n"
                + "lines as (" + lines + "),\n"
                + "agg as (\n"
                + "  select 0 as part, k.id, k.code, k.name, k.level, " + sums
                + "\n  from kids k left join lines l on l.path like k.path || '%' or l.child_id = k.id"
                + " group by k.id, k.code, k.name, k.level\n"
                + "  union all select 1, null, null, null, null, " + sums
                + " from lines l where l.unit_id = :unit or (l.mapped and l.child_id is null)\n"
                + "  union all select 2, null, null, null, null, " + sums + " from lines l)\n"
                + "select a.part, a.id, a.code, a.name, a.level, "
                + FundingSummarySql.figures("a", "a.next_in", "a.has_next_in")
                + "\nfrom agg a order by a.part, a.code";
        Query query = em.createNativeQuery(sql)
                .setParameter("program", program.id())
                .setParameter("path", unit.path() + "%")
                .setParameter("year", year)
                .setParameter("next", year + 1)
                .setParameter("unit", unit.id())
                .setParameter("asOf", asOf)
                .setParameter("oldIds", scope.mapOldIds())
                .setParameter("childIds", scope.mapChildIds());
        if (component != null) {
            query.setParameter("component", component);
        }
        List<FundingSummary.Child> kids = new ArrayList<>();
        FundingFigures own = null;
        FundingFigures total = null;
        for (Object o : query.getResultList()) {
            Object[] r = (Object[]) o;
            FundingFigures figures = FundingFigures.fromRow(r, 5);
            switch (((Number) r[0]).intValue()) {
                case 0 ->
                    kids.add(new FundingSummary.Child(
                            new UnitRef(
                                    ((Number) r[1]).longValue(),
                                    (String) r[2],
                                    (String) r[3],
                                    UnitLevel.valueOf((String) r[4])),
                            figures));
                case 1 -> own = figures;
                default -> total = figures;
            }
        }
        return new FundingSummary.Children(
                program.code(),
                UnitRef.of(unit),
                asOf,
                year,
                component,
                kids,
                own,
                total,
                reform.treatment(scope, program.id(), callerScope.sqlCondition("u.path")));
    }

    /**
     * Aggregates lines by group × fiscal year, then joins each group-year to the same group's next year for the
     * carry-over check. The next year is aggregated even past {@code yearTo} so the last year's check has its data.
     */
    private static String aggregateSql(SummaryQuery q, List<String> extra, boolean byComponent, String inScope) {
        List<String> keys = new ArrayList<>();
        if (byComponent) {
            keys.add("comp_id");
        }
        keys.addAll(extra);
        String compExpr = q.level() == ComponentLevel.PROJECT ? "t.project_id" : "t.id";
        StringBuilder sql = new StringBuilder("""
        with recursive tree as (
          select id, id as project_id, lpad(sort_order::text, 6, '0') || code as sort_key
            from program_component where program_id = :program and parent_id is null
          union all
          select c.id, t.project_id, t.sort_key || '/' || lpad(c.sort_order::text, 6, '0') || c.code
            from program_component c join tree t on c.parent_id = t.id),
        """);
        sql.append("lines as (select ")
                .append(compExpr)
                .append(" as comp_id, f.fiscal_year as fy, f.source,")
                .append(" f.capital_type, f.measure, f.amount_vnd from funding_line f")
                .append(" join admin_unit u on u.id = f.unit_id left join tree t on t.id = f.component_id")
                .append(" where f.program_id = :program")
                .append(" and (u.path like :path or f.unit_id = any(cast(:mapped as bigint[])))")
                .append(" and ")
                .append(inScope);
        if (q.yearFrom() != null) {
            sql.append(" and f.fiscal_year >= :yearFrom");
        }
        if (q.yearTo() != null) {
            sql.append(" and f.fiscal_year <= :yearTo + 1");
        }
        if (q.component() != null) {
            sql.append(" and ").append(FundingSummarySql.COMPONENT_SUBTREE);
        }
        String groupCols = String.join(", ", keys);
        sql.append("),\nagg as (select ")
                .append(groupCols)
                .append(keys.isEmpty() ? "" : ", ")
                .append("fy, ")
                .append(FundingSummarySql.sums("true"))
                .append(" from lines l group by ")
                .append(groupCols)
                .append(keys.isEmpty() ? "" : ", ")
                .append("fy)\nselect ");
        if (byComponent) {
            sql.append("c.id, c.code, c.kind, c.name_vi, ");
        }
        sql.append("a.fy");
        for (String k : extra) {
            sql.append(", a.").append(k);
        }
        sql.append(", ")
                .append(FundingSummarySql.figures("a", "n.carried_in", "coalesce(n.has_carried_in, false)"))
                .append("\nfrom agg a left join agg n on n.fy = a.fy + 1");
        for (String k : keys) {
            sql.append(" and n.").append(k).append(" is not distinct from a.").append(k);
        }
        if (byComponent) {
            sql.append(" left join program_component c on c.id = a.comp_id left join tree t on t.id = a.comp_id");
        }
        sql.append(q.yearTo() == null ? "" : " where a.fy <= :yearTo")
                .append(" order by ")
                .append(byComponent ? "t.sort_key nulls first, " : "")
                .append("a.fy");
        for (String k : extra) {
            sql.append(", a.").append(k);
        }
        return sql.toString();
    }

    private static Integer year(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static Query bind(
            Query query, ProgramRef program, UnitLookup.Unit unit, SummaryQuery q, FundingReform.Scope scope) {
        query.setParameter("program", program.id())
                .setParameter("path", unit.path() + "%")
                .setParameter("mapped", scope.wholeIds());
        if (q.yearFrom() != null) {
            query.setParameter("yearFrom", q.yearFrom());
        }
        if (q.yearTo() != null) {
            query.setParameter("yearTo", q.yearTo());
        }
        if (q.component() != null) {
            query.setParameter("component", q.component());
        }
        return query;
    }
}
