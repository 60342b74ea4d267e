package vn.gnbv.tracker.funding;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stated totals beside their parts, in SQL. A cell is a node (a component, or a child unit in a drill-down) in a fiscal
 * year or over a whole range of years. A line <em>covers</em> another when it states the same measure, source,
 * capital type, implementing body and origin year at a position at or above it on every hierarchical axis — its unit
 * an ancestor-or-self (a district above its communes), its component an ancestor-or-self (a project above its
 * sub-projects, the program above its projects), its fiscal year the same or the whole phase — and differs on one.
 * Within a cell, a line counts when no other line of the cell covers it; so a parent's line is never added to its
 * children's. Per cell: {@code reported} sums the counted lines stated exactly at the cell, {@code computed} the
 * lines below it that count when the cell's own lines are left out, the figures the lines that count, and the
 * difference between the stated lines that cover parts and those parts.
 *
 * <p>The caller builds a CTE {@code pairs}: one row per (cell, line of the cell's region) with columns {@code node},
 * {@code cy} (the cell's year, null for the range), {@code at_cell} and the line's {@code id, path, cpath, fy, ckey,
 * measure, amount_vnd, ppath, gpath} (plus any grouping columns). Coverage is found by equi-joins on the line's own,
 * parent and grandparent unit paths against the lines that can cover anything there, so the work grows with the
 * lines, not with their square.
 */
final class CellSql {
    private CellSql() {}

    // A stated AVAILABLE is checked (findings), never summed: the available figure is carried in + assigned.
    static final List<String> MEASURES = Arrays.stream(FundingMeasure.values())
            .filter(m -> m != FundingMeasure.AVAILABLE)
            .map(m -> m.name().toLowerCase(Locale.ROOT))
            .toList();

    /** The key a covering line must share: everything but the hierarchical position and the amount. */
    static final String KEY = "f.measure || '|' || f.source || '|' || f.capital_type || '|'"
            + " || coalesce(f.implementing_body_key, '') || '|' || coalesce(f.origin_year::text, '')";

    /**
     * Which line of each cell covers which (CTE {@code cv}); per line whether a line at the cell or below it covers it
     * ({@code cov}), and whether a line at the cell covers any line below it, its parts ({@code parts}); each pair
     * with these flags (CTE {@code flagged}).
     */
    static final String COVERAGE = """
        -- A covering line sits at the line's own unit, its parent or its grandparent (units are at most three levels
        -- deep): three equi-joins against the few lines that can cover anything there, the component and the year
        -- checked on each match. Expanding every pair by all its unit and component prefixes and years first (some
        -- fifty rows per line in a national summary by component) ran past 30 s at a million lines.
        above as materialized (select * from pairs
          where path in (select ppath from lines union select gpath from lines)),
        here as materialized (select * from pairs where fy is null or comp_id = 0
          or comp_id in (select parent_id from program_component where parent_id is not null)),
        cvr as (
          select a.node, a.cy, a.id as lid, q.id as qid, a.at_cell as l_at, q.at_cell as q_at
            from pairs a join above q on q.node = a.node and coalesce(q.cy, -1) = coalesce(a.cy, -1)
             and q.ckey = a.ckey and q.path = a.ppath
           where q.id <> a.id and a.cpath like q.cpath || '%' and (q.fy is null or q.fy = a.fy)
          union all
          select a.node, a.cy, a.id, q.id, a.at_cell, q.at_cell
            from pairs a join above q on q.node = a.node and coalesce(q.cy, -1) = coalesce(a.cy, -1)
             and q.ckey = a.ckey and q.path = a.gpath
           where q.id <> a.id and a.cpath like q.cpath || '%' and (q.fy is null or q.fy = a.fy)
          union all
          select a.node, a.cy, a.id, q.id, a.at_cell, q.at_cell
            from pairs a join here q on q.node = a.node and coalesce(q.cy, -1) = coalesce(a.cy, -1)
             and q.ckey = a.ckey and q.path = a.path
           where q.id <> a.id and a.cpath like q.cpath || '%' and (q.fy is null or q.fy = a.fy)),
        cv as (select distinct node, coalesce(cy, -1) as cy, lid, qid, l_at, q_at from cvr),
        cov as (select node, cy, lid, bool_or(q_at) as cov_at, bool_or(not q_at) as cov_below
          from cv group by node, cy, lid),
        parts as (select distinct node, cy, qid from cv where q_at and not l_at),
        flagged as (select l.*, coalesce(c.cov_at, false) as cov_at, coalesce(c.cov_below, false) as cov_below,
            p.qid is not null as has_parts
          from pairs l left join cov c on c.node = l.node and c.cy = coalesce(l.cy, -1) and c.lid = l.id
            left join parts p on p.node = l.node and p.cy = coalesce(l.cy, -1) and p.qid = l.id)""";

    /**
     * Planner settings for the summaries' statements, local to the transaction: a national summary joins millions of
     * (cell, line) pairs, which the default 4 MB of work_mem sorted on disk for merge joins (38 s at 800,000 lines;
     * 22 s hashed in 64 MB).
     */
    static final String SETTINGS = "select set_config('work_mem', '64MB', true), set_config('enable_mergejoin', 'off',"
            + " true), set_config('jit', 'off', true)";

    /** The aggregates of a cell over {@code flagged l}: the counted sums and flags, then reported and computed. */
    static String sums() {
        return FundingSummarySql.sums("not l.cov_at and not l.cov_below")
                + ",\n  " + stated("rep", "l.at_cell and not l.cov_at")
                + ",\n  " + stated("cmp", "not l.at_cell and not l.cov_below")
                + ",\n  " + stated("rwp", "l.at_cell and not l.cov_at and l.has_parts")
                + ",\n  " + stated("pof", "not l.at_cell and not l.cov_below and l.cov_at");
    }

    /** Per measure, the sum of the lines matching {@code cond}, null when there is none. */
    private static String stated(String prefix, String cond) {
        return MEASURES.stream()
                .map(m -> "sum(l.amount_vnd) filter (where " + cond + " and l.measure = '" + m.toUpperCase(Locale.ROOT)
                        + "') as " + prefix + "_" + m)
                .collect(Collectors.joining(",\n  "));
    }

    /**
     * The columns after the figures of aggregate {@code a}: reported, computed, and the difference between the reported
     * lines that have parts and the parts they cover (lines of other keys are not comparable: no difference).
     */
    static String statedColumns(String a) {
        return MEASURES.stream().map(m -> a + ".rep_" + m).collect(Collectors.joining(", "))
                + ",\n  " + MEASURES.stream().map(m -> a + ".cmp_" + m).collect(Collectors.joining(", "))
                + ",\n  "
                + MEASURES.stream()
                        .map(m -> a + ".rwp_" + m + " - " + a + ".pof_" + m)
                        .collect(Collectors.joining(", "));
    }

    /**
     * The components of the program as a tree with their id paths ({@code cpath}, '/' for the program itself, node 0)
     * and sort keys.
     */
    static final String TREE = """
        tree as (
          select id, '/' || id || '/' as cpath, 1 as depth, lpad(sort_order::text, 6, '0') || code as sort_key
            from program_component where program_id = :program and parent_id is null
          union all
          select c.id, t.cpath || c.id || '/', t.depth + 1, t.sort_key || '/' || lpad(c.sort_order::text, 6, '0') || c.code
            from program_component c join tree t on c.parent_id = t.id)""";

    /** The line columns every pair carries, over funding_line {@code f}, admin_unit {@code u} and tree {@code t}. */
    static final String LINE_COLUMNS = "f.id, f.unit_id, u.path, coalesce(f.component_id, 0) as comp_id,"
            + " coalesce(t.cpath, '/') as cpath, f.fiscal_year as fy, " + KEY + " as ckey, f.source, f.capital_type,"
            + " f.measure, f.amount_vnd, regexp_replace(u.path, '[^/]+/$', '') as ppath,"
            // A province's parent path is '/', its grandparent's too: no unit has that path.
            + " regexp_replace(regexp_replace(u.path, '[^/]+/$', ''), '[^/]+/$', '') as gpath";
}
