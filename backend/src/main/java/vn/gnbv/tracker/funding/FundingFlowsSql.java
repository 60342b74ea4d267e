package vn.gnbv.tracker.funding;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The funding rules between measures of one key, over {@link FundingTotalsSql#FLOW_BASE} (docs/findings.md): available
 * vs carried in + assigned, disbursed / allocated / returned within what was available, the carry-over chain from
 * one year to the next, magnitude, and two reports disagreeing. A flow key is a line's key without measure and
 * origin year (origins are summed); a relation is compared only when the figures it needs are stated.
 */
final class FundingFlowsSql {
    private FundingFlowsSql() {}

    private static final List<String> FLOW_MEASURES = List.of(
            "ASSIGNED", "ALLOCATED", "DISBURSED", "CARRIED_IN", "CARRIED_OUT", "RETURNED", "AVAILABLE", "MOBILIZED");
    private static final String MEASURE_LIST =
            FLOW_MEASURES.stream().map(m -> "'" + m + "'").collect(Collectors.joining(", "));

    /**
     * The flow keys {@code fk}: per source, and over all sources ({@code source} null) where a report states some
     * measures by source and others without one (UNSPECIFIED: "giải ngân được …" beside "trung ương … địa phương
     * …"). Over all sources a measure stated without a source is its total; else its sources are summed. Only the
     * keys and sums are aggregated; names and figures are read for the relations that do not hold. {@code ms}: the
     * flow measures a key states, one bit each: a key with one measure can only be part of a carry-over chain, and a
     * key with one measure other than carried in or out is in no relation at all. Most keys state one line: the
     * keys are grouped without sums first, a key of one line takes its amount as its measure's sum, and only the
     * lines of the few keys with more are summed (eight sums over every key cost as much as the rest of the rules).
     * The sums over all sources are read from the lines of the keys with an unspecified source.
     */
    private static final String FLOW_KEYS = ("""
        ,
        fq as materialized (
          select * from (
            select program_id, unit_id, prov, component_id, fy, source, capital_type, b,
                   bit_or(case measure $BITS end) as ms, count(*) as n, min(a) as a1
              from l where measure in ($FLOW_MEASURES)
             group by program_id, unit_id, prov, component_id, fy, source, capital_type, b) s
           where ms & (ms - 1) <> 0 or ms & $CARRY <> 0),
        fs as (
          select program_id, unit_id, prov, component_id, fy, source, capital_type, b, $ONE, ms from fq where n = 1
          union all
          select program_id, unit_id, prov, component_id, fy, source, capital_type, b, $SUMS,
                 bit_or(case measure $BITS end)
            from l where measure in ($FLOW_MEASURES)
             and (program_id, unit_id, coalesce(component_id, 0), coalesce(fy, 0), source, capital_type, b) in (
               select program_id, unit_id, coalesce(component_id, 0), coalesce(fy, 0), source, capital_type, b
                 from fq where n > 1)
           group by program_id, unit_id, prov, component_id, fy, source, capital_type, b),
        unspecified as (
          select distinct program_id, unit_id, coalesce(component_id, 0) as c, coalesce(fy, 0) as y, capital_type, b
            from l where source = 'UNSPECIFIED'),
        fa as (
          select s.program_id, s.unit_id, s.prov, s.component_id, s.fy, null::text as source, s.capital_type, s.b,
                 $OVER_SOURCES, bit_or(case s.measure $BITS end) as ms
            from l s join unspecified u on u.program_id = s.program_id and u.unit_id = s.unit_id
             and u.c = coalesce(s.component_id, 0) and u.y = coalesce(s.fy, 0) and u.capital_type = s.capital_type
             and u.b = s.b
           where s.measure in ($FLOW_MEASURES) or s.source = 'UNSPECIFIED'
           group by s.program_id, s.unit_id, s.prov, s.component_id, s.fy, s.capital_type, s.b
          having bool_or(s.source <> 'UNSPECIFIED')),
        fk as (
          select row_number() over () as k, x.* from (select * from fs union all select * from fa) x
           where x.ms & (x.ms - 1) <> 0 or x.ms & $CARRY <> 0),
        rel as (""")
            .replace("$SUMS", each(", ", m -> "sum(a) filter (where measure = '" + m + "') as " + col(m)))
            .replace("$ONE", each(", ", m -> "case when ms = " + bit(m) + " then a1::numeric end as " + col(m)))
            .replace("$BITS", each(" ", m -> "when '" + m + "' then " + bit(m)))
            .replace(
                    "$OVER_SOURCES",
                    each(
                            ", ",
                            m -> "coalesce(sum(s.a) filter (where s.measure = '" + m
                                    + "' and s.source = 'UNSPECIFIED'), sum(s.a) filter (where s.measure = '" + m
                                    + "')) as " + col(m)))
            .replace("$CARRY", String.valueOf(bit("CARRIED_IN") | bit("CARRIED_OUT")))
            .replace("$FLOW_MEASURES", MEASURE_LIST);

    private static String each(String separator, Function<String, String> f) {
        return FLOW_MEASURES.stream().map(f).collect(Collectors.joining(separator));
    }

    private static String col(String measure) {
        return measure.toLowerCase(Locale.ROOT);
    }

    private static int bit(String measure) {
        return 1 << FLOW_MEASURES.indexOf(measure);
    }

    /**
     * The relations that do not hold, with their figures: built only for those (a figure list per flow key would
     * cost more than every rule together). A chain's figures are the carry-out of its year and the next year's
     * carry-in; the others' every flow line of the key in its year.
     */
    private static final String EMIT = ("""
        ),
        -- Materialised twice, so that names and figures are looked up for the failing relations only: the rules
        -- before the keys (a rel row carries its program; joined after, every key met every rule of its program),
        -- then the failing relations' keys.
        failing as materialized (
          select x.k, x.rule, x.relation, x.expected, x.actual, r.severity from rel x
            join rules r on r.program_id = x.program_id and r.rule = x.rule
           -- The tolerance (a function, not inlined) only where the relation does not hold exactly: it is never
           -- negative, so a relation that holds exactly holds within it.
           where case x.bound
                   when 'EQ' then x.actual <> x.expected
                     and abs(x.actual - x.expected) > finding_print_tolerance(x.actual, r.tolerance)
                   else x.actual > x.expected
                     and x.actual > x.expected + finding_print_tolerance(x.actual, r.tolerance) end),
        bad as materialized (select f.*, x.rule, x.relation, x.expected, x.actual, x.severity
                               from failing x join fk f on f.k = x.k),
        -- Names and figures from funding_line through its key index (finding_line has none: building one cost more).
        t as (
          select x.*, u.code as unit_code, n.implementing_body, null::smallint as origin_year, null::text as measure
            from bad x join admin_unit u on u.id = x.unit_id
            left join lateral (
              select f.implementing_body from funding_line f
               where x.b <> '' and f.current and f.program_id = x.program_id
                 and coalesce(f.component_id, 0) = coalesce(x.component_id, 0) and f.unit_id = x.unit_id
                 and coalesce(f.implementing_body_key, '') = x.b limit 1) n on true)
        insert into finding_candidate
        select t.rule, t.rule || '|funding|' || t.program_id || '|' || t.unit_id || '|' || coalesce(t.component_id, 0)
                 || '|' || coalesce(t.fy, 0) || '|' || coalesce(t.source, '*') || '|' || t.capital_type || '|' || t.b,
               t.prov, t.unit_id, t.program_id, null, t.fy, null, t.severity,
               """ + FundingTotalsSql.SUBJECT + """
               , t.relation, t.expected, t.actual, t.actual - t.expected, g.figs, coalesce(g.reps, '{}')
          from t
          cross join lateral (
            select jsonb_agg(finding_figure('funding-lines', f.id, f.measure, f.amount_vnd, f.report_id, f.locator)
                             order by f.id) as figs,
                   array_agg(distinct f.report_id) filter (where f.report_id is not null) as reps
              from funding_line f
             where f.current and f.program_id = t.program_id and f.unit_id = t.unit_id
               and coalesce(f.component_id, 0) = coalesce(t.component_id, 0)
               and coalesce(f.fiscal_year, 0) = any (case when t.rule = 'CARRY_OVER_CHAIN'
                     then array[t.fy, t.fy + 1] else array[coalesce(t.fy, 0)] end)
               and (t.source is null or f.source = t.source) and f.capital_type = t.capital_type
               and coalesce(f.implementing_body_key, '') = t.b
               and case when t.rule = 'CARRY_OVER_CHAIN'
                     then (f.fiscal_year = t.fy and f.measure = 'CARRIED_OUT')
                       or (f.fiscal_year = t.fy + 1 and f.measure = 'CARRIED_IN')
                     else f.measure in ($FLOW_MEASURES) end) g""").replace("$FLOW_MEASURES", MEASURE_LIST);
    ;

    /**
     * One row per relation to judge: the flow key's row ({@code k}) and program, rule, relation, expected, actual and bound (EQ:
     * must equal; LE: actual must not exceed expected).
     */
    static final String FLOWS = FundingTotalsSql.FLOW_BASE + FLOW_KEYS + """
          select k, program_id, 'AVAILABLE_VS_FLOWS' as rule, 'available = carried in + assigned' as relation,
                 coalesce(carried_in, 0) + assigned as expected, available as actual, 'EQ' as bound
            from fk where available is not null and assigned is not null
             and (carried_in is not null or available < assigned)
          union all
          select k, program_id, 'DISBURSED_OVER_AVAILABLE', 'disbursed ≤ carried in + assigned',
                 greatest(coalesce(carried_in, 0) + coalesce(assigned, 0), coalesce(available, 0)), disbursed, 'LE'
            from fk where disbursed is not null and (assigned is not null or available is not null)
          union all
          -- Money raised rather than assigned (the Fatherland Front's and enterprises' mobilisation): what a key
          -- mobilised is what it has to spend when no assignment or availability is stated for it.
          select k, program_id, 'DISBURSED_OVER_AVAILABLE', 'disbursed ≤ carried in + mobilised',
                 coalesce(carried_in, 0) + mobilized, disbursed, 'LE'
            from fk where disbursed is not null and assigned is null and available is null and mobilized is not null
          union all
          select k, program_id, 'ALLOCATED_OVER_ASSIGNED', 'allocated ≤ carried in + assigned',
                 coalesce(carried_in, 0) + assigned, allocated, 'LE'
            from fk where allocated is not null and assigned is not null
          union all
          select k, program_id, 'RETURNED_OVER_CARRIED_IN', 'returned ≤ carried in + assigned',
                 coalesce(carried_in, 0) + coalesce(assigned, 0), returned, 'LE'
            from fk where returned is not null and (carried_in is not null or assigned is not null)
          union all
          select o.k, o.program_id, 'CARRY_OVER_CHAIN', 'carried out of the year = carried into the next', o.carried_out,
                 i.carried_in, 'EQ'
            from fk o join fk i on i.program_id = o.program_id and i.unit_id = o.unit_id
             and coalesce(i.component_id, 0) = coalesce(o.component_id, 0) and i.fy = o.fy + 1
             and i.source is not distinct from o.source and i.capital_type = o.capital_type and i.b = o.b
           where o.carried_out is not null and i.carried_in is not null""" + EMIT;

    /**
     * MAGNITUDE: a line far above the median of the other lines of its program at its unit. The median without the
     * line itself is read off the unit's sorted amounts v (1-based, ties by id): with n − 1 others, position i of the
     * others is position i of v before the line's rank r and i + 1 from it. Removing one amount never lowers a
     * position's value, so v[n / 2] (integer division) bounds every line's median of the others from below: only
     * lines at least the threshold times it are candidates, and only theirs is computed. Before that, a unit is
     * suspect only when its largest amount is at least the threshold times its 40th percentile (position
     * ⌈0.4 n⌉ ≤ n / 2 for n ≥ 6, so never above v[n / 2]): one aggregate over the lines, and the sorted amounts
     * and ranks are built for the suspect units only (every unit's, and every line's rank in them, cost more than
     * the rest of the rule).
     */
    static final String MAGNITUDE = FundingTotalsSql.BASE + """
        ,
        suspect as materialized (
          select s.program_id, s.unit_id from (
            select program_id, unit_id, percentile_disc(0.4) within group (order by a) as lo, max(a) as hi
              from l where a > 0 group by program_id, unit_id having count(*) >= 6) s
          join rules r on r.program_id = s.program_id and r.rule = 'MAGNITUDE'
         where s.hi >= r.threshold * s.lo),
        st as (
          select program_id, unit_id, count(*) as n, array_agg(a order by a, id) as v, array_agg(id order by a, id) as ids
            from l where a > 0 and (program_id, unit_id) in (select program_id, unit_id from suspect)
           group by program_id, unit_id),
        cand as (
          select l.*, s.n, s.v, array_position(s.ids, l.id) as r, r.severity, r.threshold
            from st s join l on l.program_id = s.program_id and l.unit_id = s.unit_id
            join rules r on r.program_id = s.program_id and r.rule = 'MAGNITUDE'
           where l.a >= r.threshold * s.v[s.n / 2]),
        med as (
          select p.*, case when (p.n - 1) % 2 = 1
                 then (case when (p.n) / 2 < p.r then v[p.n / 2] else v[p.n / 2 + 1] end)::numeric
                 else ((case when (p.n - 1) / 2 < p.r then v[(p.n - 1) / 2] else v[(p.n - 1) / 2 + 1] end)
                     + (case when (p.n - 1) / 2 + 1 < p.r then v[(p.n - 1) / 2 + 1] else v[(p.n - 1) / 2 + 2] end))
                     / 2.0 end as median
            from cand p)
        insert into finding_candidate
        select 'MAGNITUDE', 'MAGNITUDE|funding|' || t.program_id || '|' || t.unit_id || '|' || coalesce(t.component_id, 0)
                 || '|' || coalesce(t.fy, 0) || '|' || t.ckey, t.prov,
               t.unit_id, t.program_id, null, t.fy, null,
               t.severity, """ + FundingTotalsSql.SUBJECT + """
               , 'an amount below ' || t.threshold || ' times the median of its unit''s other amounts',
               round(t.threshold * t.median), t.a, t.a - round(t.threshold * t.median),
               jsonb_build_array(finding_figure('funding-lines', t.id, 'figure', t.a, t.report_id, t.locator)),
               case when t.report_id is null then '{}' else array[t.report_id] end
          from med m join admin_unit u on u.id = m.unit_id join funding_line f on f.id = m.id
          cross join lateral (select m.*, u.code as unit_code, f.implementing_body, f.locator) t
         where m.a >= m.threshold * m.median""";

    /**
     * REPORTS_DISAGREE: one key stated with different amounts, over every line (not only the current ones). A key
     * stated twice has a line that is not current (V071): the keys come from those (index V084), their lines and
     * figures only for them.
     */
    static final String DISAGREE = """
        with k as materialized (
          select distinct f.program_id, f.unit_id, coalesce(f.component_id, 0) as c, coalesce(f.fiscal_year, 0) as y,
                 f.source, f.capital_type, f.measure, coalesce(f.implementing_body_key, '') as b,
                 coalesce(f.origin_year, 0) as o
            from funding_line f join admin_unit u on u.id = f.unit_id
           where not f.current and u.path like any (select '/' || x || '/%' from unnest(?::bigint[]) x)),
        t as (
          select f.program_id, f.unit_id, min(u.code) as unit_code, split_part(min(u.path), '/', 2)::bigint as prov,
                 min(f.component_id) as component_id, min(f.fiscal_year) as fy, k.source, k.capital_type, k.measure,
                 min(f.implementing_body) as implementing_body, k.b, min(f.origin_year) as origin_year,
                 min(f.amount_vnd) as lo, max(f.amount_vnd) as hi,
                 jsonb_agg(finding_figure('funding-lines', f.id, case when f.current then 'current' else 'other' end,
                           f.amount_vnd, f.report_id, f.locator) order by f.id) as figs,
                 array_agg(distinct f.report_id order by f.report_id) filter (where f.report_id is not null) as reps
            from k join funding_line f on f.program_id = k.program_id and f.unit_id = k.unit_id
             and coalesce(f.component_id, 0) = k.c and coalesce(f.fiscal_year, 0) = k.y and f.source = k.source
             and f.capital_type = k.capital_type and f.measure = k.measure
             and coalesce(f.implementing_body_key, '') = k.b and coalesce(f.origin_year, 0) = k.o
            join admin_unit u on u.id = f.unit_id
           group by f.program_id, f.unit_id, k.c, k.y, k.source, k.capital_type, k.measure, k.b, k.o
          having min(f.amount_vnd) <> max(f.amount_vnd))
        insert into finding_candidate
        select 'REPORTS_DISAGREE', 'REPORTS_DISAGREE|funding|' || t.program_id || '|' || t.unit_id || '|'
                 || coalesce(t.component_id, 0) || '|' || coalesce(t.fy, 0) || '|' || t.source || '|' || t.capital_type
                 || '|' || t.measure || '|' || t.b || '|' || coalesce(t.origin_year, 0),
               t.prov, t.unit_id, t.program_id, null, t.fy, null, r.severity,
               """ + FundingTotalsSql.SUBJECT + """
               , 'every report states the same amount for a key', t.lo, t.hi, t.hi - t.lo, t.figs,
               coalesce(t.reps, '{}')
          from t join finding_rule_effective r on r.program_id = t.program_id and r.rule = 'REPORTS_DISAGREE'
           and r.enabled""";
}
