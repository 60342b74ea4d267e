package vn.gnbv.tracker.funding;

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

    private static final List<String> MEASURES = CellSql.MEASURES;

    /**
     * The lines of a summary's subtree: the units under its path and the pre-reform units mapped in, as one set of unit
     * ids, so the lines are read by the unit index rather than every line being tested. As
     * {@code u.path like :path or f.unit_id = any(cast(:mapped as bigint[]))} the bound text was parsed into an array
     * again for every line (a province after the reform maps ~570 old units in: 30 s at 800,000 lines; 1.2 s with the
     * cast once; 0.7 s as a set).
     */
    static final String UNIT_SUBTREE =
            "f.unit_id in (select id from admin_unit where path like :path union select unnest(cast(:mapped as bigint[])))";

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
     * One cell per node × fiscal year (× group) and per node over the whole range ({@code cy} null), with the next
     * year's carry-in for the carry-over check (read even past {@code yearTo}). Over a range, flows are summed and the
     * stocks are those of its ends: carried in to the first year, carried out of the last (see {@link CellSql}).
     * Nodes: the components of the root's subtree (LEAF), its projects (PROJECT), or the root alone (totals); the
     * root is the {@code component} filter, else the program (node 0).
     */
    static String aggregate(
            FundingSummaryService.SummaryQuery q, List<String> extra, boolean byComponent, String inScope) {
        StringBuilder sql = new StringBuilder(nodes(q, byComponent));
        sql.append("lines as (select ")
                .append(CellSql.LINE_COLUMNS)
                .append(
                        " from funding_line f join admin_unit u on u.id = f.unit_id left join tree t on t.id = f.component_id")
                .append(" where f.program_id = :program and ")
                .append(q.own() ? "f.unit_id = :unit" : UNIT_SUBTREE)
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
        sql.append(
                        "),\npairs as (select n.id as node, l.fy as cy, (l.unit_id = :unit and l.comp_id = n.id) as at_cell, l.*")
                .append(" from lines l " + NODES_OF_LINE + " where l.fy is not null")
                .append(
                        "\n  union all select n.id, null, (l.unit_id = :unit and l.comp_id = n.id and l.fy is null), l.*")
                .append(" from lines l " + NODES_OF_LINE)
                .append(" where (l.fy is null or l.fy between :first and :last)")
                .append(" and (l.measure <> 'CARRIED_IN' or l.fy is null or l.fy = :first)")
                .append(" and (l.measure <> 'CARRIED_OUT' or l.fy is null or l.fy = :last)),\n")
                .append(CellSql.COVERAGE)
                .append(",\nagg as (select node, cy");
        for (String k : extra) {
            sql.append(", ").append(k);
        }
        sql.append(", ").append(CellSql.sums()).append(" from flagged l group by node, cy");
        for (String k : extra) {
            sql.append(", ").append(k);
        }
        sql.append(")\n").append(select(extra, byComponent));
        return sql.toString();
    }

    /**
     * Opens a summary's WITH list: the component {@code tree}, the summary's {@code root} (the component asked for,
     * else the program, node 0) and its {@code nodes} (the root's components at the level asked, or the root alone).
     */
    static String nodes(FundingSummaryService.SummaryQuery q, boolean byComponent) {
        StringBuilder sql =
                new StringBuilder("with recursive ").append(CellSql.TREE).append(",\n");
        sql.append(
                q.component() == null
                        ? "root as (select 0::bigint as id, '/'::text as cpath, 0 as depth),\n"
                        : "root as (select t.id, t.cpath, t.depth from tree t join program_component c on c.id = t.id"
                                + " where c.program_id = :program and c.code = :component),\n");
        String nodes = !byComponent
                ? "select id, cpath from root"
                : "select t.id, t.cpath from tree t, root r where t.cpath like r.cpath || '%'"
                        + (q.level() == FundingSummary.ComponentLevel.PROJECT
                                ? " and t.depth = greatest(r.depth, 1)"
                                : "");
        sql.append("nodes as (").append(nodes).append("),\n");
        return sql.toString();
    }

    /**
     * The rows of a summary from its CTEs {@code tree} and {@code agg} (one row per node × year or range, with the
     * columns of {@link CellSql#sums}): the figures, the next year's carry-in beside each cell, the stated columns.
     */
    static String select(List<String> extra, boolean byComponent) {
        StringBuilder sql = new StringBuilder("select ");
        if (byComponent) {
            sql.append("c.id, c.code, c.kind, c.name_vi, ");
        }
        sql.append("a.cy");
        for (String k : extra) {
            sql.append(", a.").append(k);
        }
        sql.append(", ")
                .append(figures("a", "n.carried_in", "coalesce(n.has_carried_in, false)"))
                .append(",\n  ")
                .append(CellSql.statedColumns("a"))
                .append("\nfrom agg a left join agg n on n.node = a.node and n.cy = coalesce(a.cy, :last) + 1");
        for (String k : extra) {
            sql.append(" and n.").append(k).append(" = a.").append(k);
        }
        if (byComponent) {
            sql.append(" join program_component c on c.id = a.node join tree t on t.id = a.node");
        }
        sql.append(" where (a.cy is null or a.cy <= :last) order by ")
                .append(byComponent ? "t.sort_key, " : "")
                .append("a.cy nulls last");
        for (String k : extra) {
            sql.append(", a.").append(k);
        }
        return sql.toString();
    }

    /**
     * The reports cited by the lines {@link #aggregate} counts (report, count), oldest first: the same lines, within
     * the range of years (the whole phase's own lines too when no range is given), without the next year it reads
     * for the carry-over check.
     */
    static String sources(FundingSummaryService.SummaryQuery q, String inScope) {
        return "select r.id, r.number, r.issued_on, r.title, count(*) from funding_line f"
                + " join admin_unit u on u.id = f.unit_id left join report r on r.id = f.report_id"
                + " where f.program_id = :program and "
                + (q.own() ? "f.unit_id = :unit" : UNIT_SUBTREE)
                + " and " + inScope + q.lines().sql()
                + " and (f.fiscal_year between :first and :last or (f.fiscal_year is null and :whole))"
                + (q.component() == null ? "" : " and " + COMPONENT_SUBTREE)
                + " group by r.id, r.number, r.issued_on, r.title order by r.issued_on nulls first, r.id";
    }

    /**
     * The summary's nodes holding line {@code l}: those on its component path (its component's ancestors-or-self, by
     * id) and node 0, the program itself. An equi-join: matching every line against every node's path prefix (LIKE,
     * a nested loop) took 10 of a national summary's 22 s at 800,000 lines.
     */
    private static final String NODES_OF_LINE = "cross join lateral unnest(string_to_array(trim(both '/' from l.cpath),"
            + " '/')::bigint[] || 0::bigint) na(id) join nodes n on n.id = na.id";

    /**
     * One fiscal year of a unit over its children (part 0, one row per child), its own lines (part 1) and the total
     * (part 2), each a cell of {@link CellSql}: the child's subtree, the lines on the unit itself, the whole subtree.
     * Lines of pre-reform units wholly inside count toward the child holding all their successors, or, when they spread
     * over several children, toward `own` (recorded at this level, attributable to no single child).
     */
    static String children(boolean byComponent, String inScope) {
        String lines = "select " + CellSql.LINE_COLUMNS + ", m.old_id is not null as mapped, k.id as kid"
                + " from funding_line f join admin_unit u on u.id = f.unit_id left join tree t on t.id = f.component_id"
                + " left join reform_map m on m.old_id = f.unit_id"
                + " left join kids k on u.path like k.path || '%' or m.child_id = k.id"
                + " where f.program_id = :program and f.unit_id in (select id from admin_unit where path like :path"
                + " union select old_id from reform_map)"
                // Old units mapped in are within the scope of whoever may see the target; the condition makes sure.
                + " and " + inScope
                + " and f.fiscal_year in (:year, :next)"
                + (byComponent ? " and " + COMPONENT_SUBTREE : "");
        String root = byComponent
                ? "select id from program_component where program_id = :program and code = :component"
                : "select 0::bigint as id";
        String pairs = "select l.kid as node, l.fy as cy, (l.unit_id = l.kid and l.comp_id = r.id) as at_cell, l.*"
                + " from lines l, root r where l.kid is not null"
                + "\n  union all select -1, l.fy, (l.unit_id = :unit and l.comp_id = r.id), l.* from lines l, root r"
                + " where l.unit_id = :unit or (l.mapped and l.kid is null)"
                + "\n  union all select -2, l.fy, (l.unit_id = :unit and l.comp_id = r.id), l.* from lines l, root r";
        return "with recursive " + CellSql.TREE + ",\n"
                + "root as (" + root + "),\n"
                + "kids as (select id, code, name, level, path from admin_unit"
                + " where (parent_id = :unit or (:unit = 0 and parent_id is null))"
                + " and valid_from <= :asOf and (valid_to is null or valid_to >= :asOf)),\n"
                + "reform_map as (select * from unnest(cast(:oldIds as bigint[]), cast(:childIds as bigint[]))"
                + " as t(old_id, child_id)),\n"
                + "lines as (" + lines + "),\n"
                + "pairs as (" + pairs + "),\n"
                + CellSql.COVERAGE + ",\n"
                + "cells as (select id as node, 0 as part from kids union all select -1, 1 union all select -2, 2),\n"
                + "agg as (select c.node, c.part, " + CellSql.sums()
                + " from cells c left join flagged l on l.node = c.node and l.cy = :year group by c.node, c.part),\n"
                + "nxt as (select l.node, " + sums("not l.cov_at and not l.cov_below")
                + " from flagged l where l.cy = :next group by l.node)\n"
                + "select a.part, k.id, k.code, k.name, k.level, "
                + figures("a", "n.carried_in", "coalesce(n.has_carried_in, false)")
                + ",\n  " + CellSql.statedColumns("a")
                + "\nfrom agg a left join nxt n on n.node = a.node left join kids k on k.id = a.node"
                + " order by a.part, k.code";
    }

    /** Lines per unit among the given ids (reform units split between the target and elsewhere). */
    static String partialUnits(String unitCondition) {
        return "select u.id, u.code, u.name, u.level, count(*)"
                + " from funding_line f join admin_unit u on u.id = f.unit_id where f.program_id = ?1"
                + " and f.unit_id in (select unnest(cast(?2 as bigint[]))) and " + unitCondition
                + " group by u.id, u.code, u.name, u.level order by u.code";
    }
}
