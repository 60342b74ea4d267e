package vn.gnbv.tracker.funding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL text of the funding summaries, which {@link FundingLineRepository} runs. Aggregation is one GROUP BY with a
 * FILTER per measure; the derived figures are computed by the same statement, so no figure is ever assembled row by
 * row in Java.
 */
final class FundingSummarySql {
    private FundingSummarySql() {}

    static final int FIGURE_COLUMNS = 16;

    private static final List<String> MEASURES = Arrays.stream(FundingMeasure.values())
            .map(m -> m.name().toLowerCase(java.util.Locale.ROOT))
            .toList();

    /** The component and its descendants, within the program. */
    static final String COMPONENT_SUBTREE = """
      f.component_id in (with recursive d as (
          select id from program_component where program_id = :program and code = :component
          union all select c.id from program_component c join d on c.parent_id = d.id)
        select id from d)""";

    /**
     * One sum per measure (zero when there is none) plus whether any CARRIED_IN / CARRIED_OUT / ALLOCATED / DISBURSED line exists, over the
     * rows of {@code l} matching {@code cond}; the carry-over figures are null when their line is missing.
     */
    static String sums(String cond) {
        String sums = MEASURES.stream()
                .map(m -> "coalesce(sum(l.amount_vnd) filter (where " + cond + " and l.measure = '"
                        + m.toUpperCase(java.util.Locale.ROOT) + "'), 0) as " + m)
                .collect(Collectors.joining(",\n  "));
        return sums + ",\n  count(*) filter (where " + cond + " and l.measure = 'CARRIED_IN') > 0 as has_carried_in"
                + ",\n  count(*) filter (where " + cond + " and l.measure = 'CARRIED_OUT') > 0 as has_carried_out"
                + ",\n  count(*) filter (where " + cond + " and l.measure = 'ALLOCATED') > 0 as has_allocated"
                + ",\n  count(*) filter (where " + cond + " and l.measure = 'DISBURSED') > 0 as has_disbursed";
    }

    /** The {@link #FIGURE_COLUMNS} figure columns of aggregate {@code a}, given the next year's carry-in. */
    static String figures(String a, String nextIn, String hasNextIn) {
        String available = "(" + a + ".carried_in + " + a + ".assigned)";
        String measures = MEASURES.stream().map(m -> a + "." + m).collect(Collectors.joining(", "));
        return measures + ",\n  " + available
                // A figure derived from a measure the report never stated would be invented: null, not 0 or "all".
                + ",\n  case when " + available + " = 0 or not " + a + ".has_disbursed then null else round("
                + a + ".disbursed / " + available + ", 10) end"
                + ",\n  case when " + a + ".has_allocated then " + a + ".assigned - " + a + ".allocated end"
                + ",\n  case when " + hasNextIn + " then " + nextIn + " end"
                + ",\n  case when " + a + ".has_carried_out and " + hasNextIn + " then " + a + ".carried_out - "
                + nextIn
                + " end"
                // What is left to spend of what was available, and the rate on the other base the reports use.
                + ",\n  case when " + a + ".has_disbursed then " + available + " - " + a + ".disbursed end"
                + ",\n  case when not " + a + ".has_allocated or " + a + ".allocated = 0 or not " + a
                + ".has_disbursed then null else round(" + a + ".disbursed / " + a + ".allocated, 10) end";
    }

    /**
     * Aggregates lines by group × fiscal year, then joins each group-year to the same group's next year for the
     * carry-over check. The next year is aggregated even past {@code yearTo} so the last year's check has its data.
     */
    static String aggregate(
            FundingSummaryService.SummaryQuery q, List<String> extra, boolean byComponent, String inScope) {
        List<String> keys = new ArrayList<>();
        if (byComponent) {
            keys.add("comp_id");
        }
        keys.addAll(extra);
        String compExpr = q.level() == FundingSummary.ComponentLevel.PROJECT ? "t.project_id" : "t.id";
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
                .append(inScope)
                .append(q.lines().sql());
        if (q.yearFrom() != null) {
            sql.append(" and f.fiscal_year >= :yearFrom");
        }
        if (q.yearTo() != null) {
            sql.append(" and f.fiscal_year <= :yearTo + 1");
        }
        if (q.component() != null) {
            sql.append(" and ").append(COMPONENT_SUBTREE);
        }
        String groupCols = String.join(", ", keys);
        sql.append("),\nagg as (select ")
                .append(groupCols)
                .append(keys.isEmpty() ? "" : ", ")
                .append("fy, ")
                .append(sums("true"))
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
                .append(figures("a", "n.carried_in", "coalesce(n.has_carried_in, false)"))
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

    /**
     * One fiscal year of a unit over its children (part 0, one row per child), its own lines (part 1) and the total
     * (part 2). Lines of pre-reform units wholly inside count toward the child holding all their successors, or, when
     * they spread over several children, toward `own` (recorded at this level, attributable to no single child).
     */
    static String children(boolean byComponent, String inScope) {
        String lines = "select f.unit_id, u.path, f.fiscal_year as fy, f.measure, f.amount_vnd,"
                + " m.old_id is not null as mapped, m.child_id from funding_line f join admin_unit u on u.id = f.unit_id"
                + " left join reform_map m on m.old_id = f.unit_id"
                + " where f.program_id = :program and (u.path like :path or m.old_id is not null)"
                // Old units mapped in are within the scope of whoever may see the target; the condition makes sure.
                + " and " + inScope
                + " and f.fiscal_year in (:year, :next)"
                + (byComponent ? " and " + COMPONENT_SUBTREE : "");
        String sums = sums("l.fy = :year")
                + ",\n  coalesce(sum(l.amount_vnd) filter (where l.fy = :next and l.measure = 'CARRIED_IN'), 0) as next_in"
                + ",\n  count(*) filter (where l.fy = :next and l.measure = 'CARRIED_IN') > 0 as has_next_in";
        return "with kids as (select id, code, name, level, path from admin_unit where parent_id = :unit"
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
                + figures("a", "a.next_in", "a.has_next_in")
                + "\nfrom agg a order by a.part, a.code";
    }

    /** Lines per unit among the given ids (reform units split between the target and elsewhere). */
    static String partialUnits(String unitCondition) {
        return "select u.id, u.code, u.name, u.level, count(*)"
                + " from funding_line f join admin_unit u on u.id = f.unit_id where f.program_id = ?1"
                + " and f.unit_id = any(cast(?2 as bigint[])) and " + unitCondition
                + " group by u.id, u.code, u.name, u.level order by u.code";
    }
}
