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
        d as (select pid, max(tdepth) filter (where not twhole) as dy, max(tdepth) as dr from finding_cover group by pid),
        -- Lines alike summed before they are spread over their nodes: a province has few positions, many lines.
        g as (
          select l.program_id, l.prov, coalesce(l.component_id, 0) as comp, coalesce(l.fy, 0) as fy, l.measure,
                 coalesce(d.dy, -1) as dy, coalesce(d.dr, -1) as dr, sum(l.a) as a, count(*) as n
            from finding_line l left join d on d.pid = l.id
           group by 1, 2, 3, 4, 5, 6, 7),
        x as (
          select g.*, k.node, k.depth from g left join tree t on t.id = g.comp cross join lateral (
            select 0::bigint as node, 0::bigint as depth
            union all
            select id::bigint, ord from unnest(string_to_array(trim(both '/' from coalesce(t.cpath, '/')), '/'))
              with ordinality as u (id, ord)) k)
        select program_id, node, fy, measure, prov, sum(n),
               coalesce(sum(a) filter (where fy > 0 and depth > dy), 0),
               coalesce(sum(n) filter (where fy > 0 and depth > dy), 0),
               coalesce(sum(a) filter (where depth > dr), 0), coalesce(sum(n) filter (where depth > dr), 0)
          from x group by program_id, node, fy, measure, prov""";

    /** After the funding checks of these provinces (their temporary tables are still there): their rows anew. */
    static void refresh(Connection c, Long[] provinceIds) throws SQLException {
        for (String sql : List.of("delete from funding_node_total where province_id = any(?)", REFRESH)) {
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
                + ", measure, year_amount as a, year_lines as n" + from + " and fiscal_year > 0"
                + (q.yearFrom() == null ? "" : " and fiscal_year >= :yearFrom")
                + (q.yearTo() == null ? "" : " and fiscal_year <= :yearTo + 1")
                + "\n  union all select node_id, null, measure, "
                + (whole ? "phase_amount, phase_lines" : "year_amount, year_lines") + from
                + " and (fiscal_year between :first and :last" + (whole ? " or fiscal_year = 0" : "") + ")"
                + " and (measure <> 'CARRIED_IN' or fiscal_year in (0, :first))"
                + " and (measure <> 'CARRIED_OUT' or fiscal_year in (0, :last)))";
        String agg = "agg as (select node, cy, " + sums() + " from cells group by node, cy)";
        return FundingSummarySql.nodes(q, byComponent) + cells + ",\n" + agg + "\n"
                + FundingSummarySql.select(List.of(), byComponent);
    }

    /** CellSql#sums's columns over {@code cells}: counted sums and flags; computed sums; no reported ones. */
    private static String sums() {
        StringBuilder s = new StringBuilder();
        for (String m : CellSql.MEASURES) {
            String is = "measure = '" + m.toUpperCase(Locale.ROOT) + "'";
            s.append("coalesce(sum(a) filter (where ")
                    .append(is)
                    .append("), 0) as ")
                    .append(m)
                    .append(",\n  ");
        }
        for (String m : List.of("carried_in", "carried_out", "allocated", "disbursed")) {
            s.append("coalesce(sum(n) filter (where measure = '")
                    .append(m.toUpperCase(Locale.ROOT))
                    .append("'), 0) > 0 as has_")
                    .append(m)
                    .append(",\n  ");
        }
        for (String m : CellSql.MEASURES) {
            String is = "measure = '" + m.toUpperCase(Locale.ROOT) + "'";
            s.append("null::numeric as rep_").append(m).append(", ");
            s.append("case when sum(n) filter (where ").append(is).append(") > 0 then sum(a) filter (where ");
            s.append(is).append(") end as cmp_").append(m).append(", ");
            s.append("null::numeric as rwp_")
                    .append(m)
                    .append(", null::numeric as pof_")
                    .append(m)
                    .append(",\n  ");
        }
        return s.substring(0, s.length() - 4);
    }
}
