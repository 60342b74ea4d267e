package vn.gnbv.tracker.funding;

/**
 * The funding rules between measures of one key, over {@link FundingTotalsSql#BASE} (docs/findings.md): available
 * vs carried in + assigned, disbursed / allocated / returned within what was available, the carry-over chain from
 * one year to the next, magnitude, and two reports disagreeing. A flow key is a line's key without measure and
 * origin year (origins are summed); a relation is compared only when the figures it needs are stated.
 */
final class FundingFlowsSql {
    private FundingFlowsSql() {}

    private static final String FLOW_KEYS = """
        ,
        fk as (
          select min(id) as id, program_id, unit_id, min(unit_code) as unit_code, prov, component_id, fy, source,
                 capital_type, b, min(implementing_body) as implementing_body, null::smallint as origin_year,
                 null::text as measure,
                 sum(a) filter (where measure = 'ASSIGNED') as assigned,
                 sum(a) filter (where measure = 'ALLOCATED') as allocated,
                 sum(a) filter (where measure = 'DISBURSED') as disbursed,
                 sum(a) filter (where measure = 'CARRIED_IN') as carried_in,
                 sum(a) filter (where measure = 'CARRIED_OUT') as carried_out,
                 sum(a) filter (where measure = 'RETURNED') as returned,
                 sum(a) filter (where measure = 'AVAILABLE') as available,
                 jsonb_agg(finding_figure('funding-lines', id, measure, a, report_id, locator) order by id)
                   filter (where measure in ('ASSIGNED', 'ALLOCATED', 'DISBURSED', 'CARRIED_IN', 'CARRIED_OUT',
                                             'RETURNED', 'AVAILABLE')) as figs,
                 array_agg(distinct report_id) filter (where report_id is not null) as reps
            from l group by program_id, unit_id, prov, component_id, fy, source, capital_type, b),
        rel as (""";

    private static final String EMIT = """
        )
        insert into finding_candidate
        select x.rule, x.rule || '|funding|' || t.program_id || '|' || t.unit_id || '|' || coalesce(t.component_id, 0)
                 || '|' || coalesce(t.fy, 0) || '|' || t.source || '|' || t.capital_type || '|' || t.b,
               t.prov, t.unit_id, t.program_id, null, t.fy, null, r.severity,
               """ + FundingTotalsSql.SUBJECT + """
               , x.relation, x.expected, x.actual, x.actual - x.expected, x.figs, coalesce(t.reps, '{}')
          from rel x join fk t on t.id = x.id
          join rules r on r.program_id = t.program_id and r.rule = x.rule
         where case x.bound
                 when 'EQ' then abs(x.actual - x.expected) > finding_print_tolerance(x.actual, r.tolerance)
                 else x.actual > x.expected + finding_print_tolerance(x.actual, r.tolerance) end""";

    /**
     * One row per relation to judge: the flow key's id, rule, relation, expected, actual, bound (EQ: must equal;
     * LE: actual must not exceed expected) and the figures.
     */
    static final String FLOWS = FundingTotalsSql.BASE + FLOW_KEYS + """
          select id, 'AVAILABLE_VS_FLOWS' as rule, 'available = carried in + assigned' as relation,
                 coalesce(carried_in, 0) + assigned as expected, available as actual, 'EQ' as bound, figs
            from fk where available is not null and assigned is not null
             and (carried_in is not null or available < assigned)
          union all
          select id, 'DISBURSED_OVER_AVAILABLE', 'disbursed ≤ carried in + assigned',
                 greatest(coalesce(carried_in, 0) + coalesce(assigned, 0), coalesce(available, 0)), disbursed, 'LE', figs
            from fk where disbursed is not null and (assigned is not null or available is not null)
          union all
          select id, 'ALLOCATED_OVER_ASSIGNED', 'allocated ≤ carried in + assigned',
                 coalesce(carried_in, 0) + assigned, allocated, 'LE', figs
            from fk where allocated is not null and assigned is not null
          union all
          select id, 'RETURNED_OVER_CARRIED_IN', 'returned ≤ carried in + assigned',
                 coalesce(carried_in, 0) + coalesce(assigned, 0), returned, 'LE', figs
            from fk where returned is not null and (carried_in is not null or assigned is not null)
          union all
          select o.id, 'CARRY_OVER_CHAIN', 'carried out of the year = carried into the next', i.carried_in,
                 o.carried_out, 'EQ', o.figs || i.figs
            from fk o join fk i on i.program_id = o.program_id and i.unit_id = o.unit_id
             and coalesce(i.component_id, 0) = coalesce(o.component_id, 0) and i.fy = o.fy + 1
             and i.source = o.source and i.capital_type = o.capital_type and i.b = o.b
           where o.carried_out is not null and i.carried_in is not null""" + EMIT;

    /** MAGNITUDE: a line far above the median of its program's lines at its unit. */
    static final String MAGNITUDE = FundingTotalsSql.BASE + """
        ,
        med as (
          select program_id, unit_id, count(*) as n, percentile_cont(0.5) within group (order by a) as median
            from l where a > 0 group by program_id, unit_id)
        insert into finding_candidate
        select 'MAGNITUDE', 'MAGNITUDE|funding|' || t.id, t.prov, t.unit_id, t.program_id, null, t.fy, null,
               r.severity, """ + FundingTotalsSql.SUBJECT + """
               , 'an amount below ' || r.threshold || ' times the median of its unit''s amounts',
               round(m.median::numeric), t.a, t.a - round(m.median::numeric),
               jsonb_build_array(finding_figure('funding-lines', t.id, 'figure', t.a, t.report_id, t.locator)),
               case when t.report_id is null then '{}' else array[t.report_id] end
          from l t join med m on m.program_id = t.program_id and m.unit_id = t.unit_id
          join rules r on r.program_id = t.program_id and r.rule = 'MAGNITUDE'
         where m.n >= 6 and t.a >= r.threshold * m.median""";

    /** REPORTS_DISAGREE: one key stated with different amounts, over every line (not only the current ones). */
    static final String DISAGREE = """
        with k as (
          select f.program_id, f.unit_id, min(u.code) as unit_code, split_part(min(u.path), '/', 2)::bigint as prov,
                 f.component_id, f.fiscal_year as fy, f.source, f.capital_type, f.measure,
                 min(f.implementing_body) as implementing_body, coalesce(f.implementing_body_key, '') as b, f.origin_year,
                 min(f.amount_vnd) as lo, max(f.amount_vnd) as hi,
                 max(f.amount_vnd) filter (where f.current) as cur,
                 jsonb_agg(finding_figure('funding-lines', f.id, case when f.current then 'current' else 'other' end,
                           f.amount_vnd, f.report_id, f.locator) order by f.id) as figs,
                 array_agg(distinct f.report_id order by f.report_id) filter (where f.report_id is not null) as reps
            from funding_line f join admin_unit u on u.id = f.unit_id
           where u.path like any (select '/' || x || '/%' from unnest(?::bigint[]) x)
           group by f.program_id, f.unit_id, f.component_id, f.fiscal_year, f.source, f.capital_type, f.measure,
                    coalesce(f.implementing_body_key, ''), f.origin_year
          having count(*) > 1 and min(f.amount_vnd) <> max(f.amount_vnd))
        insert into finding_candidate
        select 'REPORTS_DISAGREE', 'REPORTS_DISAGREE|funding|' || t.program_id || '|' || t.unit_id || '|'
                 || coalesce(t.component_id, 0) || '|' || coalesce(t.fy, 0) || '|' || t.source || '|' || t.capital_type
                 || '|' || t.measure || '|' || t.b || '|' || coalesce(t.origin_year, 0),
               t.prov, t.unit_id, t.program_id, null, t.fy, null, r.severity,
               """ + FundingTotalsSql.SUBJECT + """
               , 'every report states the same amount for a key', t.lo, t.hi, t.hi - t.lo, t.figs,
               coalesce(t.reps, '{}')
          from k t join finding_rule_effective r on r.program_id = t.program_id and r.rule = 'REPORTS_DISAGREE'
           and r.enabled""";
}
