package vn.gnbv.tracker.funding;

/**
 * Rule TOTAL_VS_PARTS over funding lines (docs/findings.md): a line stated at a parent position against the lines it
 * covers. Coverage is CellSql's (its key, {@code ckey}, is CellSql.KEY's: same measure, source, capital type, body and origin; at or above on unit, component
 * and year, above on one), found by equi-joins on a line's parent, grandparent and own unit; the parts of a total are the
 * covered lines no other covered line covers (a sub-project's line when its project states none). Parts above the
 * total are always a finding; parts below when they are every child on one axis, or fall short by less than the
 * rule's threshold share of the total (a slip rather than an omitted part).
 */
final class FundingTotalsSql {
    private FundingTotalsSql() {}

    /**
     * The current lines of the provinces (parameter: their unit ids) with their positions, as a temporary table
     * {@code finding_line} (analysed, so every rule's plan knows how many lines there are: an upload has just written
     * them, before autovacuum saw them), read by every funding rule of one recomputation. Only what the rules compare
     * is kept: a line's names, code and locator are read from funding_line for the findings only (a narrower table is
     * written and scanned faster). The units' columns are computed once per unit, not per line, and the tree's few
     * rows are hashed rather than the lines. {@code ukids}: the line's unit has children (a total over units can sit
     * there); {@code here}: the line can be a total at its own unit (over the phase, without a component, or at a
     * component with children).
     */
    static final String LINES = """
        create temp table finding_line on commit drop as
        with recursive tree as (
          select id, '/' || id || '/' as cpath, '/'::text as cparent
            from program_component where parent_id is null
          union all
          select c.id, t.cpath || c.id || '/', t.cpath
            from program_component c join tree t on c.parent_id = t.id),
        units as materialized (
          select u.id, u.parent_id as upar, pu.parent_id as gpar, split_part(u.path, '/', 2)::bigint as prov,
                 exists (select 1 from admin_unit k where k.parent_id = u.id) as ukids
            from admin_unit u left join admin_unit pu on pu.id = u.parent_id
           where u.path like any (select '/' || x || '/%' from unnest(?::bigint[]) x))
        select f.id, f.program_id, f.unit_id, u.upar, u.gpar, u.prov, f.component_id, coalesce(t.cpath, '/') as cpath,
               coalesce(t.cparent, '') as cparent, f.fiscal_year as fy, f.source, f.capital_type, f.measure,
               coalesce(f.implementing_body_key, '') as b, f.origin_year,
               f.measure || '|' || f.source || '|' || f.capital_type || '|' || coalesce(f.implementing_body_key, '')
                 || '|' || coalesce(f.origin_year::text, '') as ckey,
               f.amount_vnd as a, f.report_id, u.ukids,
               f.fiscal_year is null or f.component_id is null
                 or f.component_id in (select parent_id from program_component where parent_id is not null) as here
          from units u join funding_line f on f.unit_id = u.id
          left join tree t on t.id = f.component_id
         where f.current""";

    /**
     * The columns of {@link #LINES} that the rules within one unit read (FundingFlowChecks: sources and capital types
     * against their total, the flows), as the temporary table {@code finding_flow_line}: without the positions on
     * the unit and component trees it is a third narrower and written in 60 % of the time (one province's 142,000
     * lines: 0.14 s against 0.23 s), and that session's rules read it faster. On a session that built
     * {@link #LINES} already, those rules read that instead ({@link #onLines}).
     */
    static final String FLOW_LINES = """
        create temp table finding_flow_line on commit drop as
        with units as materialized (
          select id, split_part(path, '/', 2)::bigint as prov from admin_unit
           where path like any (select '/' || x || '/%' from unnest(?::bigint[]) x))
        select f.id, f.program_id, f.unit_id, u.prov, f.component_id, f.fiscal_year as fy, f.source, f.capital_type,
               f.measure, coalesce(f.implementing_body_key, '') as b, f.origin_year, f.amount_vnd as a, f.report_id
          from units u join funding_line f on f.unit_id = u.id
         where f.current""";

    /** The lines {@code l} and the settings {@code rules}: opens every rule's WITH list. */
    static final String BASE = """
        with l as not materialized (select * from finding_line),
        rules as (select * from finding_rule_effective where enabled and program_id is not null)""";

    /** {@link #BASE} over {@link #FLOW_LINES}. */
    static final String FLOW_BASE = BASE.replace("finding_line", "finding_flow_line");

    /** A statement over {@link #FLOW_LINES} made to read {@link #LINES}, which has every column it has. */
    static String onLines(String sql) {
        return sql.replace("finding_flow_line", "finding_line");
    }

    /** The subject of a finding on funding line {@code t}: its key in codes. */
    static final String SUBJECT = """
        jsonb_build_object('dataset', 'funding-lines', 'program', (select code from program where id = t.program_id),
          'unit', t.unit_code, 'component', (select code from program_component where id = t.component_id),
          'fiscalYear', t.fy, 'source', t.source, 'capitalType', t.capital_type, 'measure', t.measure,
          'implementingBody', t.implementing_body, 'originYear', t.origin_year)""";

    /**
     * The end of both TOTAL_VS_PARTS statements: the expected relation, the numbers, the figures (the total's, then its
     * parts' read from funding_line with their reports) of each judged total whose parts do not add up to it.
     */
    static final String VERDICT = """
               case when t.parts > t.a then 'a stated total is at least the sum of its parts'
                    else 'a stated total equals the sum of all its parts' end,
               t.parts, t.a, t.a - t.parts,
               jsonb_build_array(finding_figure('funding-lines', t.id, 'total', t.a, t.report_id, t.locator)) || t.figs,
               array(select distinct x from unnest(coalesce(t.reps, '{}') || t.report_id) x where x is not null
                     order by 1)
          from judged j
          join admin_unit u on u.id = j.unit_id join funding_line f on f.id = j.id
          cross join lateral (
            select jsonb_agg(finding_figure('funding-lines', p.id, 'part', p.amount_vnd, p.report_id, p.locator)
                             order by p.id) as figs,
                   array_agg(distinct p.report_id) filter (where p.report_id is not null) as reps
              from funding_line p where p.id = any(j.pids)) g
          cross join lateral (select j.*, u.code as unit_code, f.implementing_body, f.locator, g.figs, g.reps) t
         where j.parts <> j.a and (j.parts > j.a + j.tol
            or (j.parts < j.a - j.tol and (j.complete or j.a - j.parts < j.a * coalesce(j.threshold, 0))))""";

    /**
     * The covering pairs (tid covers pid, with the depth of tid's component, whether it is the whole phase's and whether
     * on the province itself, for FundingNodeTotals) as a temporary table {@code finding_cover}, analysed before TOTALS reads
     * it: estimated inside one statement they looked like one row, and the self-join that keeps the maximal parts
     * became a nested loop over every pair of pairs. A total sits at the line's parent or grandparent unit (units are
     * at most three levels deep: province, district, commune), or at its own unit higher on the component tree or
     * over the phase: each side is a hash of the few lines that can be totals there, probed by every line. Expanding
     * every line by its ancestor units instead (3 rows per line, then a join on all of them) took 2.7 times as long.
     * The probing lines are a CTE, the lines at units with children another: the planner estimates a filtered
     * table's distinct keys as shrinking with the filter, so it hashed all the lines (three times) and probed with
     * the few, unless neither side has statistics, when it hashes the smaller.
     */
    static final String COVER = """
        create temp table finding_cover on commit drop as
        with x as materialized (select id, program_id, ckey, upar, gpar, unit_id, cpath, fy from finding_line),
        above as materialized (select id, program_id, ckey, unit_id, cpath, fy, prov from finding_line where ukids)
        select t.id as tid, x.id as pid, length(t.cpath) - length(replace(t.cpath, '/', '')) - 1 as tdepth,
               t.fy is null as twhole, t.unit_id = t.prov as tprov
          from x join above t on t.program_id = x.program_id and t.ckey = x.ckey and t.unit_id = x.upar
         where x.cpath like t.cpath || '%' and (t.fy is null or t.fy = x.fy)
        union all
        select t.id, x.id, length(t.cpath) - length(replace(t.cpath, '/', '')) - 1, t.fy is null,
               t.unit_id = t.prov
          from x join above t on t.program_id = x.program_id and t.ckey = x.ckey and t.unit_id = x.gpar
         where x.cpath like t.cpath || '%' and (t.fy is null or t.fy = x.fy)
        union all
        select t.id, x.id, length(t.cpath) - length(replace(t.cpath, '/', '')) - 1, t.fy is null,
               t.unit_id = t.prov
          from x join finding_line t on t.program_id = x.program_id and t.ckey = x.ckey and t.unit_id = x.unit_id
         where t.here and t.id <> x.id and x.cpath like t.cpath || '%' and (t.fy is null or t.fy = x.fy)""";

    static final String TOTALS = BASE + """
        ,
        cov as (select tid, pid from finding_cover),
        -- The lines of the pairs, before the joins that need their columns: hashing every line twice cost more.
        lc as materialized (select * from l where id in (select tid from finding_cover union select pid from finding_cover)),
        -- The covered lines no other covered line covers; as a set difference (hash joins), since a correlated
        -- NOT EXISTS over the CTE rescanned it per covering pair.
        maxi as (
          select tid, pid from cov
          except
          select c3.tid, c2.pid from cov c2 join cov c3 on c3.pid = c2.tid),
        parts as (
          select m.tid, p.*,
                 case when p.unit_id <> t.unit_id and p.cpath = t.cpath and p.fy is not distinct from t.fy then
                        case when p.upar = t.unit_id then 'UNIT' end
                      when p.unit_id = t.unit_id and p.cpath <> t.cpath and p.fy is not distinct from t.fy then
                        case when p.cparent = t.cpath then 'COMPONENT' end
                      when p.unit_id = t.unit_id and p.cpath = t.cpath and t.fy is null then 'YEAR' end as axis
            from maxi m join lc p on p.id = m.pid join lc t on t.id = m.tid),
        tot as (
          select tid, sum(a) as parts, min(axis) as axis, count(*) filter (where axis is null) as off_axis,
                 count(distinct axis) as axes, count(distinct unit_id) as units, count(distinct cpath) as comps,
                 count(distinct fy) as years,
                 array_agg(id) as pids
            from parts group by tid),
        judged as (
          select t.*, o.parts, o.axis, o.pids, r.severity, r.threshold,
                 finding_print_tolerance(t.a, r.tolerance) as tol,
                 o.off_axis = 0 and o.axes = 1 and case o.axis
                   when 'UNIT' then o.units = (select count(*) from admin_unit k join program g on g.id = t.program_id
                       where k.parent_id = t.unit_id
                         and k.valid_from <= make_date(coalesce(t.fy, g.end_year), 12, 31)
                         and (k.valid_to is null or k.valid_to >= make_date(coalesce(t.fy, g.start_year), 1, 1)))
                   when 'COMPONENT' then o.comps = (select count(*) from program_component k
                       where k.program_id = t.program_id and k.parent_id is not distinct from t.component_id)
                   when 'YEAR' then o.years = (select end_year - start_year + 1 from program where id = t.program_id)
                   else false end as complete
            from tot o join lc t on t.id = o.tid
            join rules r on r.program_id = t.program_id and r.rule = 'TOTAL_VS_PARTS')
        insert into finding_candidate
        select 'TOTAL_VS_PARTS', 'TOTAL_VS_PARTS|funding|' || t.program_id || '|' || t.unit_id || '|'
                 || coalesce(t.component_id, 0) || '|' || coalesce(t.fy, 0) || '|' || t.ckey,
               t.prov, t.unit_id, t.program_id, null, t.fy, null, t.severity,
               """ + SUBJECT + """
                 || jsonb_build_object('axis', coalesce(t.axis, 'MIXED'), 'complete', t.complete),
        """ + VERDICT;

    /**
     * TOTAL_VS_PARTS on the source and capital-type axes, at one position (unit, component, year, measure, body,
     * origin): a line without a source (UNSPECIFIED) over the sources stated beside it, LOCAL over the province,
     * district and commune budgets, a line without a capital type over investment and recurrent — one axis at a
     * time, the other equal. MOBILIZED is "other lawful mobilised sources", a sibling of the named mobilisers, not
     * their total (the seeds state it beside them: 000 l.63, 002 l.119). Positions on the source and capital-type
     * trees are paths ({@code sp}, {@code kp}); the parts are the covered lines no other covered line covers.
     * Complete when the parts are every child of the total's source (the ten top-level sources; LOCAL's three
     * levels) or both capital types. Its fingerprint names its axis: the same total line may also be a total on
     * another axis. This statement writes the covering pairs, as the temporary table {@code finding_source_cover}.
     */
    static final String SOURCE_COVER = "create temp table finding_source_cover on commit drop as " + FLOW_BASE + """
        ,
        sp as not materialized (
          select id, program_id, unit_id, component_id, fy, measure, b, origin_year, a, report_id, source,
                 capital_type,
                 case when source = 'UNSPECIFIED' then '/'
                      when source like 'LOCAL\\_%' then '/LOCAL/' || source || '/'
                      else '/' || source || '/' end as sp,
                 case when capital_type = 'UNSPECIFIED' then '/' else '/' || capital_type || '/' end as kp
            from l)
        -- The pairs carry what the parts' sums and figures need: the lines are not read again. A total is a line
        -- at sp '/' or '/LOCAL/' or kp '/', chosen on its columns before its paths are written.
          select t.id as tid, t.sp as tsp, x.id as pid, x.a, x.report_id,
                 case when x.kp = t.kp then 'SOURCE' else 'CAPITAL_TYPE' end as axis,
                 x.sp ~ ('^' || t.sp || '[A-Z_]+/$') as direct
            from sp t join sp x on x.program_id = t.program_id and x.unit_id = t.unit_id
             and coalesce(x.component_id, 0) = coalesce(t.component_id, 0) and coalesce(x.fy, 0) = coalesce(t.fy, 0)
             and x.measure = t.measure and x.b = t.b and coalesce(x.origin_year, 0) = coalesce(t.origin_year, 0)
           where (t.source in ('UNSPECIFIED', 'LOCAL') or t.capital_type = 'UNSPECIFIED') and x.id <> t.id
             and x.sp like t.sp || '%' and x.kp like t.kp || '%' and (x.sp = t.sp) <> (x.kp = t.kp)""";

    /** Judges {@link #SOURCE_COVER}'s pairs, analysed first (as {@link #COVER}'s are for {@link #TOTALS}). */
    static final String SOURCES = FLOW_BASE + """
        ,
        cov as (select * from finding_source_cover),
        maxi as (
          select tid, pid, axis from cov
          except
          select c3.tid, c2.pid, c3.axis from cov c2 join cov c3 on c3.pid = c2.tid and c3.axis = c2.axis),
        tot as (
          select c.tid, c.axis, min(c.tsp) as tsp, sum(c.a) as parts,
                 bool_and(c.axis = 'CAPITAL_TYPE' or c.direct) as direct, count(*) as n,
                 array_agg(c.pid) as pids
            from maxi m join cov c on c.tid = m.tid and c.pid = m.pid and c.axis = m.axis group by c.tid, c.axis),
        judged as (
          select t.*, o.axis, o.parts, o.pids, r.severity, r.threshold,
                 finding_print_tolerance(t.a, r.tolerance) as tol,
                 o.direct and o.n = case when o.axis = 'CAPITAL_TYPE' then 2 when o.tsp = '/LOCAL/' then 3 else 10 end
                   as complete
            from tot o join l t on t.id = o.tid
            join rules r on r.program_id = t.program_id and r.rule = 'TOTAL_VS_PARTS')
        insert into finding_candidate
        select 'TOTAL_VS_PARTS', 'TOTAL_VS_PARTS|funding|' || t.program_id || '|' || t.unit_id || '|'
                 || coalesce(t.component_id, 0) || '|' || coalesce(t.fy, 0) || '|' || t.measure || '|' || t.source
                 || '|' || t.capital_type || '|' || t.b || '|' || coalesce(t.origin_year::text, '') || '|' || t.axis,
               t.prov, t.unit_id, t.program_id, null, t.fy, null, t.severity,
               """ + SUBJECT + """
                 || jsonb_build_object('axis', t.axis, 'complete', t.complete),
        """ + VERDICT;
}
