package vn.gnbv.tracker.funding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * The national funding summary from maintained state (V097, table {@code funding_node_total}). A line counts in a
 * cell when no other line of the cell covers it (CellSql). Its covering lines sit at its own unit or above, so in
 * its province, and on its component's path: at node N it is covered iff one of them is at N's depth or deeper (a
 * year's cell holds only lines of that year; the whole phase's cell also the phase's own lines, which cover the
 * years'). So per line two depths — its deepest covering line of the same year, and of any — decide every cell it
 * counts in, and a province's cells are sums kept when its findings are recomputed: the funding checks have just
 * put its current lines and covering pairs in {@code finding_line} and {@code finding_cover}.
 */
final class FundingNodeTotals {
    private FundingNodeTotals() {}

    /** The provinces' rows, recomputed from the findings' temporary tables (parameter: the province ids). */
    static final String REFRESH = """
        insert into funding_node_total
        with recursive tree as (
          select id, '/' || id || '/' as cpath from program_component where parent_id is null
          union all select c.id, t.cpath || c.id || '/' from program_component c join tree t on c.parent_id = t.id),
        -- Per covered line the depth of its deepest covering line: of its year (dy), of any (dr), and of its year
        -- off the province itself (dyn) and on it (dyp).
        d as (
          select pid, max(tdepth) filter (where not twhole) as dy, max(tdepth) as dr,
                 max(tdepth) filter (where not twhole and not tprov) as dyn,
                 max(tdepth) filter (where not twhole and tprov) as dyp
            from finding_cover group by pid),
        t as (select distinct tid from finding_cover),
        -- Lines alike summed before they are spread over their nodes: a province has few positions, many lines.
        g as (
          select l.program_id, l.prov, coalesce(l.component_id, 0) as comp, coalesce(l.fy, 0) as fy, l.measure,
                 coalesce(d.dy, -1) as dy, coalesce(d.dr, -1) as dr, coalesce(d.dyn, -1) as dyn,
                 coalesce(d.dyp, -1) as dyp, l.unit_id = l.prov as atp, t.tid is not null as covers,
                 sum(l.a) as a, count(*) as n
            from finding_line l left join d on d.pid = l.id left join t on t.tid = l.id
           group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
        x as (
          select g.*, k.node, k.depth, g.atp and k.depth = g.dl as at_cell
            from (select g.*, coalesce(tr.cpath, '/') as cpath,
                         length(coalesce(tr.cpath, '/')) - length(replace(coalesce(tr.cpath, '/'), '/', '')) - 1 as dl
                    from g left join tree tr on tr.id = g.comp) g
            cross join lateral (
              select 0::bigint as node, 0::bigint as depth
              union all
              select id::bigint, ord from unnest(string_to_array(trim(both '/' from g.cpath), '/'))
                with ordinality as u (id, ord)) k)
        select program_id, node, fy, measure, prov, sum(n),
               coalesce(sum(a) filter (where fy > 0 and depth > dy), 0),
               coalesce(sum(n) filter (where fy > 0 and depth > dy), 0),
               coalesce(sum(a) filter (where depth > dr), 0), coalesce(sum(n) filter (where depth > dr), 0),
               coalesce(sum(a) filter (where fy > 0 and at_cell), 0),
               coalesce(sum(n) filter (where fy > 0 and at_cell), 0),
               coalesce(sum(a) filter (where fy > 0 and not at_cell and dyn < depth and dyp <= depth), 0),
               coalesce(sum(n) filter (where fy > 0 and not at_cell and dyn < depth and dyp <= depth), 0),
               coalesce(sum(a) filter (where fy > 0 and at_cell and covers), 0),
               coalesce(sum(n) filter (where fy > 0 and at_cell and covers), 0),
               coalesce(sum(a) filter (where fy > 0 and not at_cell and dyn < depth and dyp = depth), 0),
               coalesce(sum(n) filter (where fy > 0 and not at_cell and dyn < depth and dyp = depth), 0)
          from x group by program_id, node, fy, measure, prov""";

    /**
     * After the funding checks of these provinces (their temporary tables are still there): their rows anew, logged
     * for the memoised summaries ({@link FundingCellsChangeLog}).
     */
    static void refresh(Connection c, Long[] provinceIds) throws SQLException {
        for (String sql : List.of(
                "delete from funding_node_total where province_id = any(?)",
                REFRESH,
                "insert into funding_node_total_change (province_id) select unnest(?::bigint[])")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (sql.contains("?")) {
                    ps.setArray(1, c.createArrayOf("bigint", provinceIds));
                }
                ps.executeUpdate();
            }
        }
    }

    /**
     * The national summary's {@code agg} from the kept rows, for {@link FundingSummarySql#select}: year cells, and the
     * range's cell — with no range asked, the phase's (its own lines counted, covering the years'); with one, the
     * years' cells summed, as the live query then reads no line of the whole phase. Carried in counts in the first
     * year only, carried out in the last. Reported figures are none (nothing is stated on the nation); computed
     * ones are the counted lines, as every line sits below the nation.
     */
    static String aggregate(FundingSummaryService.SummaryQuery q, boolean byComponent) {
        boolean whole = q.yearFrom() == null && q.yearTo() == null;
        String from = " from funding_node_total where program_id = :program and node_id in (select id from nodes)";
        String cells = "cells as (select node_id as node, fiscal_year as cy"
                + ", measure, year_amount as cnt_amount, year_lines as cnt_lines" + from + " and fiscal_year > 0"
                + (q.yearFrom() == null ? "" : " and fiscal_year >= :yearFrom")
                + (q.yearTo() == null ? "" : " and fiscal_year <= :yearTo + 1")
                + "\n  union all select node_id, null, measure, "
                + (whole ? "phase_amount, phase_lines" : "year_amount, year_lines") + from
                + " and (fiscal_year between :first and :last" + (whole ? " or fiscal_year = 0" : "") + ")"
                + " and (measure <> 'CARRIED_IN' or fiscal_year in (0, :first))"
                + " and (measure <> 'CARRIED_OUT' or fiscal_year in (0, :last)))";
        String agg =
                "agg as (select node, cy, " + sums("cnt", null, "cnt", null, null) + " from cells group by node, cy)";
        return FundingSummarySql.nodes(q, byComponent) + cells + ",\n" + agg + "\n"
                + FundingSummarySql.select(List.of(), byComponent);
    }

    /**
     * The nation's drill-down into its provinces in one year from the kept cells (parameters program, year, next,
     * asOf, component): the rows of {@link FundingSummarySql#children}, which a province's cell at the root's node
     * holds: its counted lines, those at the cell, those below, the totals with parts and their parts.
     */
    static String children(boolean byComponent) {
        String root = byComponent
                ? "(select id from program_component where program_id = :program and code = :component)"
                : "0";
        String c = "select * from funding_node_total where program_id = :program and node_id = " + root
                + " and fiscal_year in (:year, :next)";
        String next = "coalesce(sum(year_amount) filter (where measure = 'CARRIED_IN'), 0) as carried_in,"
                + " coalesce(sum(year_lines) filter (where measure = 'CARRIED_IN'), 0) > 0 as has_carried_in";
        return "with kids as (select id, code, name, level, path from admin_unit where parent_id is null"
                + " and valid_from <= :asOf and (valid_to is null or valid_to >= :asOf)),\n"
                + "c as (" + c + "),\n"
                + "agg as (select k.id as node, 0 as part, " + sums("year", "at", "below", "totals", "parts")
                + " from kids k left join c on c.province_id = k.id and c.fiscal_year = :year group by k.id"
                + "\n  union all select -1, 1, " + sums("year", null, null, null, null) + " from c where false"
                + "\n  union all select -2, 2, " + sums("year", null, "year", null, null)
                + " from c where c.fiscal_year = :year),\n"
                + "nxt as (select province_id as node, " + next + " from c where fiscal_year = :next"
                + " group by province_id union all select -2, " + next + " from c where fiscal_year = :next)\n"
                + "select a.part, k.id, k.code, k.name, k.level, "
                + FundingSummarySql.figures("a", "n.carried_in", "coalesce(n.has_carried_in, false)")
                + ",\n  " + CellSql.statedColumns("a")
                + "\nfrom agg a left join nxt n on n.node = a.node left join kids k on k.id = a.node"
                + " order by a.part, k.code";
    }

    /**
     * Whether {@link #children} answers for the nation in that year as the lines would: every province with lines
     * then is a child of the nation at {@code asOf} (none was merged away by the reform), so no line needs mapping.
     */
    static final String CHILDREN_KEPT = """
        select not exists (select 1 from funding_node_total c
          where c.program_id = :program and c.node_id = 0 and c.fiscal_year in (:year, :next)
            and not exists (select 1 from admin_unit k where k.id = c.province_id and k.parent_id is null
                             and k.valid_from <= :asOf and (k.valid_to is null or k.valid_to >= :asOf)))""";

    /**
     * CellSql#sums's columns over rows with the columns of funding_node_total: the figures from the lines counted
     * in base {@code counted} ({@code year} → year_amount, year_lines), and reported, computed, totals with parts and
     * their parts from their bases, each none (null) when not given or when no line is there.
     */
    private static String sums(String counted, String rep, String cmp, String rwp, String pof) {
        StringBuilder s = new StringBuilder();
        for (String m : CellSql.MEASURES) {
            s.append("coalesce(sum(")
                    .append(counted)
                    .append("_amount) filter (where ")
                    .append(is(m))
                    .append("), 0) as ")
                    .append(m)
                    .append(",\n  ");
        }
        for (String m : List.of("carried_in", "carried_out", "allocated", "disbursed")) {
            s.append("coalesce(sum(")
                    .append(counted)
                    .append("_lines) filter (where ")
                    .append(is(m))
                    .append("), 0) > 0 as has_")
                    .append(m)
                    .append(",\n  ");
        }
        String[][] stated = {{"rep", rep}, {"cmp", cmp}, {"rwp", rwp}, {"pof", pof}};
        for (String m : CellSql.MEASURES) {
            for (String[] p : stated) {
                s.append(
                                p[1] == null
                                        ? "null::numeric"
                                        : "case when sum(" + p[1] + "_lines) filter (where " + is(m) + ") > 0 then sum("
                                                + p[1] + "_amount) filter (where " + is(m) + ") end")
                        .append(" as ")
                        .append(p[0])
                        .append("_")
                        .append(m)
                        .append(", ");
            }
            s.append("\n  ");
        }
        return s.substring(0, s.length() - 5);
    }

    private static String is(String measure) {
        return "measure = '" + measure.toUpperCase(Locale.ROOT) + "'";
    }
}
