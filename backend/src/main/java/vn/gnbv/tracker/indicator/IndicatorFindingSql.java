package vn.gnbv.tracker.indicator;

/**
 * The indicator rules of docs/findings.md as statements over the current values of some provinces (parameter: their
 * unit ids), each writing its findings into finding_candidate.
 */
final class IndicatorFindingSql {
    private IndicatorFindingSql() {}

    /**
     * The current values of the provinces (parameter: their unit ids) with their positions, as a temporary table
     * {@code finding_value}, analysed, read by every indicator rule of one recomputation: as a CTE in each statement
     * its row estimates were far off, and a join of it with itself became a nested loop over every pair of values.
     * Only what the rules compare is kept: a value's unit code and locator are read for the findings only
     * ({@link #SUBJECT}, {@link #figure}); with them the table was a fifth wider, and every rule scans it.
     */
    static final String VALUES = """
        create temp table finding_value on commit drop as
        select iv.id, iv.indicator_id, iv.unit_id, u.parent_id as upar,
               pu.parent_id as gpar, split_part(u.path, '/', 2)::bigint as prov, iv.period, iv.period_start, iv.period_end, iv.kind,
               iv.category, coalesce(iv.category, '') as cat, iv.value, iv.report_id, iv.comparator
          from indicator_value iv join admin_unit u on u.id = iv.unit_id
          left join admin_unit pu on pu.id = u.parent_id
         where iv.current and u.path like any (select '/' || x || '/%' from unnest(?::bigint[]) x)""";

    /** The values ({@code v}, {@link #VALUES}) and the indicator rule settings ({@code rules}). */
    static final String BASE = """
        with v as not materialized (select * from finding_value),
        rules as (select * from finding_rule_effective where enabled and program_id is null)""";

    /** The subject of a finding on value {@code t} of indicator {@code i}. */
    static final String SUBJECT = """
        jsonb_build_object('dataset', 'indicator-values', 'indicator', i.code,
          'unit', (select code from admin_unit where id = t.unit_id),
          'period', t.period, 'kind', t.kind, 'category', t.category)""";

    static String fingerprint(String rule) {
        return "'" + rule + "|indicator|' || t.indicator_id || '|' || t.unit_id || '|' || t.period || '|' || t.kind"
                + " || '|' || t.cat";
    }

    static String figure(String alias, String role) {
        return "finding_figure('indicator-values', " + alias + ".id, '" + role + "', " + alias + ".value, " + alias
                + ".report_id, (select locator from indicator_value where id = " + alias + ".id))";
    }

    /**
     * Whether a period is one whole year ({@code 2023}): its length is tested first, since a regular expression
     * over every value cost more than the rest of a rule (0.37 s of a 0.4 s scan of 800,000 values).
     */
    static String isYear(String period) {
        // A leading space: a text block drops the space before its closing quotes.
        return " (case when length(" + period + ") = 4 then " + period + " ~ '^\\d{4}$' end)";
    }

    /** Whether a period is a range of whole years ({@code 2021/2025}), tested as {@link #isYear} is. */
    static String isYears(String period) {
        return " (case when length(" + period + ") = 9 then " + period + " ~ '^\\d{4}/\\d{4}$' end)";
    }

    /** A stated rate against its numerator ÷ denominator, allowing the rounding of its last printed decimal. */
    static final String RATES = BASE + """

        insert into finding_candidate
        select 'RATE_VS_COUNTS', """ + fingerprint("RATE_VS_COUNTS") + """
               , t.prov, t.unit_id, null, t.indicator_id, null, t.period, r.severity, """ + SUBJECT + """
               , 'a stated rate = numerator ÷ denominator', n.value / d.value * i.scale, t.value,
               t.value - n.value / d.value * i.scale,
               jsonb_build_array(""" + figure("t", "rate")
            + ", " + figure("n", "numerator") + ", "
            + figure("d", "denominator") + """
               ),
               array(select distinct x from unnest(array[t.report_id, n.report_id, d.report_id]) x
                      where x is not null order by 1)
          from v t join indicator i on i.id = t.indicator_id and i.aggregation = 'RATIO'
          join v n on n.indicator_id = i.numerator_id and n.unit_id = t.unit_id and n.period = t.period
           and n.kind = t.kind and n.cat = t.cat
          join v d on d.indicator_id = i.denominator_id and d.unit_id = t.unit_id and d.period = t.period
           and d.kind = t.kind and d.cat = t.cat
          join rules r on r.rule = 'RATE_VS_COUNTS'
         -- Implied by the joins, but stated: without them every value was probed against the numerators' hash as a
         -- possible denominator (0.85 s over 800,000 values; 0.33 s with them).
         where n.indicator_id in (select numerator_id from indicator where aggregation = 'RATIO')
           and d.indicator_id in (select denominator_id from indicator where aggregation = 'RATIO')
           and d.value <> 0
           and abs(t.value - n.value / d.value * i.scale) >= 10::numeric ^ (-scale(t.value)) + r.tolerance""";

    /** A percentage that is a share, outside [0, 100]. */
    static final String SHARES =
            BASE + """

        insert into finding_candidate
        select 'SHARE_OUT_OF_RANGE', """ + fingerprint("SHARE_OUT_OF_RANGE") + """
               , t.prov, t.unit_id, null, t.indicator_id, null, t.period, r.severity, """ + SUBJECT + """
               , 'a share lies between 0 and 100 %', case when t.value < 0 then 0 else 100 end, t.value,
               t.value - case when t.value < 0 then 0 else 100 end,
               jsonb_build_array(""" + figure("t", "figure") + """
               ), case when t.report_id is null then '{}' else array[t.report_id] end
          from v t join indicator i on i.id = t.indicator_id and i.unit_of_measure = 'PERCENT'
          join rules r on r.rule = 'SHARE_OUT_OF_RANGE'
         where t.value < 0 or t.value > 100""";

    /**
     * The covering pairs of the unit axis (tid's unit is an ancestor of pid's, same indicator, period, kind and
     * category) as a temporary table {@code finding_value_cover}, analysed before TOTALS reads it: estimated inside
     * one statement they looked like one row, and the self-join keeping the maximal parts became a nested loop.
     * Joined by unit first, not by key alone (joined by key first, 123,000 values made 22M pairs).
     */
    static final String COVER = "create temp table finding_value_cover on commit drop as\n" + BASE + """
        ,
        -- A total is a summable indicator's value at the parent or grandparent unit (units are at most three levels
        -- deep): a hash of the values at units with children, probed twice by every value. Expanding every value by
        -- its ancestor units (three rows each) cost more than twice as much. The probing side's keys are
        -- expressions (+ 0, || ''), which hide the table's statistics: with them the planner judged the values'
        -- keys well spread and the totals' (a CTE, none) not, and hashed all 800,000 values twice to probe with
        -- 42,000 totals (0.85 s; 0.66 s the right way round).
        above as materialized (
          select v.id, v.unit_id, v.indicator_id, v.period, v.kind, v.cat
            from v join indicator i on i.id = v.indicator_id and i.aggregation = 'SUM'
           where v.unit_id in (select parent_id from admin_unit where parent_id is not null))
        select t.id as tid, x.id as pid
          from v x join above t on t.unit_id = x.upar + 0 and t.indicator_id = x.indicator_id + 0
           and t.period = x.period || '' and t.kind = x.kind || '' and t.cat = x.cat || ''
        union all
        select t.id, x.id
          from v x join above t on t.unit_id = x.gpar + 0 and t.indicator_id = x.indicator_id + 0
           and t.period = x.period || '' and t.kind = x.kind || '' and t.cat = x.cat || ''""";

    /**
     * A summable indicator's value at a unit against the values below it (the nearest stated units of its subtree):
     * parts above always a finding, parts below only when they are every child unit of the period. The totals are
     * judged on sums and counts, and figures are built for the failing ones only.
     */
    static final String TOTALS = BASE + """
        ,
        cov as (select tid, pid from finding_value_cover),
        -- The values of the pairs, before the joins that need their columns: hashing every value twice cost more.
        vc as materialized (
          select * from v where id in (select tid from finding_value_cover union select pid from finding_value_cover)),
        -- The covered values no other covered value covers; a set difference (hash joins), not a NOT EXISTS that
        -- rescans the pairs per pair.
        maxi as (
          select tid, pid from cov
          except
          select c3.tid, c2.pid from cov c2 join cov c3 on c3.pid = c2.tid),
        tot as (
          select m.tid, sum(p.value) as parts, bool_and(p.upar = t.unit_id) as direct, count(*) as n
            from maxi m join vc p on p.id = m.pid join vc t on t.id = m.tid group by m.tid),
        bad as materialized (
          select o.*, t.value - o.parts as diff from tot o join vc t on t.id = o.tid
            join indicator i on i.id = t.indicator_id and i.aggregation = 'SUM'
            join rules r on r.rule = 'TOTAL_VS_PARTS'
            cross join lateral (select case when i.unit_of_measure = 'VND'
                                       then finding_print_tolerance(t.value, r.tolerance) else 0 end as tol) x
           where o.parts > t.value + x.tol
              or (o.direct and o.parts < t.value - x.tol
                  and o.n = (select count(*) from admin_unit k where k.parent_id = t.unit_id
                              and k.valid_from <= t.period_end
                              and (k.valid_to is null or k.valid_to >= t.period_start)))),
        figs as (
          select b.tid, jsonb_agg(""" + figure("p", "part") + """
                   order by p.id) as figs,
                 array_agg(distinct p.report_id) filter (where p.report_id is not null) as reps
            from bad b join maxi m on m.tid = b.tid join vc p on p.id = m.pid group by b.tid)
        insert into finding_candidate
        select 'TOTAL_VS_PARTS', """ + fingerprint("TOTAL_VS_PARTS") + """
               , t.prov, t.unit_id, null, t.indicator_id, null, t.period, r.severity, """ + SUBJECT
            + """
                 || jsonb_build_object('axis', 'UNIT'),
               case when o.parts > t.value then 'a stated total is at least the sum of its parts'
                    else 'a stated total equals the sum of all its parts' end,
               o.parts, t.value, o.diff,
               jsonb_build_array(""" + figure("t", "total") + """
               ) || g.figs,
               array(select distinct x from unnest(coalesce(g.reps, '{}') || t.report_id) x where x is not null
                     order by 1)
          from bad o join figs g on g.tid = o.tid join vc t on t.id = o.tid
          join indicator i on i.id = t.indicator_id
          join rules r on r.rule = 'TOTAL_VS_PARTS'""";

    /**
     * One key stated with different values (every value, not only the current ones). A key stated twice has a value
     * that is not current (V071): the keys come from those (index V084), their values and figures only for them.
     */
    static final String DISAGREE = """
        with k as materialized (
          select distinct iv.indicator_id, iv.unit_id, iv.period, iv.kind, coalesce(iv.category, '') as cat
            from indicator_value iv join admin_unit u on u.id = iv.unit_id
           where not iv.current and u.path like any (select '/' || x || '/%' from unnest(?::bigint[]) x)),
        t as (
          select iv.indicator_id, iv.unit_id, split_part(min(u.path), '/', 2)::bigint as prov,
                 iv.period, iv.kind, min(iv.category) as category, k.cat,
                 min(iv.value) as lo, max(iv.value) as hi,
                 jsonb_agg(finding_figure('indicator-values', iv.id, case when iv.current then 'current' else 'other' end,
                           iv.value, iv.report_id, iv.locator) order by iv.id) as figs,
                 array_agg(distinct iv.report_id order by iv.report_id) filter (where iv.report_id is not null) as reps
            from k join indicator_value iv on iv.indicator_id = k.indicator_id and iv.unit_id = k.unit_id
             and iv.period = k.period and iv.kind = k.kind and coalesce(iv.category, '') = k.cat
            join admin_unit u on u.id = iv.unit_id
           group by iv.indicator_id, iv.unit_id, iv.period, iv.kind, k.cat
          having min(iv.value) <> max(iv.value))
        insert into finding_candidate
        select 'REPORTS_DISAGREE', """ + fingerprint("REPORTS_DISAGREE") + """
               , t.prov, t.unit_id, null, t.indicator_id, null, t.period, r.severity, """ + SUBJECT + """
               , 'every report states the same value for a key', t.lo, t.hi, t.hi - t.lo, t.figs,
               coalesce(t.reps, '{}')
          from t join indicator i on i.id = t.indicator_id
          join finding_rule_effective r on r.program_id is null and r.rule = 'REPORTS_DISAGREE' and r.enabled""";
}
