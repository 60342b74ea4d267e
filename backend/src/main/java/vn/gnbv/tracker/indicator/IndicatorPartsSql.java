package vn.gnbv.tracker.indicator;

import static vn.gnbv.tracker.indicator.IndicatorFindingSql.BASE;
import static vn.gnbv.tracker.indicator.IndicatorFindingSql.SUBJECT;
import static vn.gnbv.tracker.indicator.IndicatorFindingSql.figure;
import static vn.gnbv.tracker.indicator.IndicatorFindingSql.fingerprint;
import static vn.gnbv.tracker.indicator.IndicatorFindingSql.isYear;
import static vn.gnbv.tracker.indicator.IndicatorFindingSql.isYears;

/**
 * The indicator rules of docs/findings.md that add figures of one unit up: categories to their total, years to their
 * period. Each is one statement over the current values of some provinces (parameter: their unit ids).
 */
final class IndicatorPartsSql {
    private IndicatorPartsSql() {}

    /**
     * The rounding a printed figure {@code value} may carry, by its unit of measure {@code uom}: one unit of its last
     * printed decimal for percentages and kilograms (a report may truncate), none for counts, which are exact.
     */
    static String printed(String value, String uom) {
        return "(case when " + uom + " in ('PERCENT', 'KILOGRAM') then 10::numeric ^ (-scale(" + value
                + ")) else 0 end)";
    }

    /**
     * A stated total against the categories of one of its partitions (V081 indicator_category.partition): parts above
     * it always a finding, parts below only when every category of the partition is stated.
     */
    static final String CATEGORIES = BASE + """
        ,
        parts as (
          select p.indicator_id, p.unit_id, p.period, p.kind, c.partition, sum(p.value) as parts, count(*) as n,
                 jsonb_agg(""" + figure("p", "part") + """
                   order by p.category) as figs,
                 jsonb_agg(p.category order by p.category) as cats,
                 array_agg(distinct p.report_id) filter (where p.report_id is not null) as reps
            from v p join indicator_category c on c.indicator_id = p.indicator_id and c.code = p.category
           where c.partition is not null
           group by p.indicator_id, p.unit_id, p.period, p.kind, c.partition),
        size as (
          select indicator_id, partition, count(*) as members from indicator_category
           where partition is not null group by indicator_id, partition)
        insert into finding_candidate
        select 'CATEGORIES_VS_TOTAL', """ + fingerprint("CATEGORIES_VS_TOTAL") + """
                || '|' || o.partition, t.prov, t.unit_id, null, t.indicator_id, null, t.period, r.severity, """
            + SUBJECT + """
                || jsonb_build_object('partition', o.partition, 'categories', o.cats, 'complete', o.n = z.members),
               case when o.parts > t.value then 'the categories of a partition add up to at most their total'
                    else 'the categories of a partition add up to their total' end,
               o.parts, t.value, t.value - o.parts,
               jsonb_build_array(""" + figure("t", "total") + """
               ) || o.figs,
               array(select distinct x from unnest(coalesce(o.reps, '{}') || t.report_id) x where x is not null
                     order by 1)
          from parts o
          join v t on t.indicator_id = o.indicator_id and t.unit_id = o.unit_id and t.period = o.period
           and t.kind = o.kind and t.category is null
          join indicator i on i.id = t.indicator_id and i.aggregation = 'SUM'
          join size z on z.indicator_id = o.indicator_id and z.partition = o.partition
          join rules r on r.rule = 'CATEGORIES_VS_TOTAL'
          cross join lateral (select case when i.unit_of_measure = 'VND'
                                          then finding_print_tolerance(t.value, r.tolerance)
                                          else """ + printed("t.value", "i.unit_of_measure") + """
                                           end as tol) x
         where o.parts > t.value + x.tol or (o.n = z.members and o.parts < t.value - x.tol)""";

    /**
     * An actual value over several whole years of an indicator that adds over time against its years' values: parts
     * above it always a finding, parts below only when every year is stated; a change (it states the decrease of a
     * level) is compared only when every year is stated, and may be their sum or their yearly average.
     */
    static final String YEARS = BASE + """
        ,
        tot as materialized (
          select t.*, i.change_of_id is not null as is_change, i.unit_of_measure as uom,
                 extract(year from t.period_end)::int - extract(year from t.period_start)::int + 1 as years
            from v t join indicator i on i.id = t.indicator_id and i.adds_over_time
           where t.kind = 'ACTUAL' and t.comparator is null and """ + isYears("t.period") + """
          ),
        sums as (
          select t.id as tid, sum(p.value) as parts, count(*) as n,
                 sum(""" + printed("p.value", "t.uom") + """
                 ) as prt,
                 jsonb_agg("""
            + figure("p", "part") + """
                   order by p.period) as figs,
                 jsonb_agg(p.period order by p.period) as periods,
                 array_agg(distinct p.report_id) filter (where p.report_id is not null) as reps
            from tot t
            join v p on p.indicator_id = t.indicator_id and p.unit_id = t.unit_id and p.kind = t.kind
             and p.cat = t.cat and """ + isYear("p.period") + """
             and p.period_start >= t.period_start
             and p.period_end <= t.period_end
           group by t.id),
        cmp as (
          select t.*, s.parts, s.n, s.figs, s.periods, s.reps, s.parts / s.n as mean, r.severity,
                 case when t.uom = 'VND' then finding_print_tolerance(t.value, r.tolerance)
                      else """
            + printed("t.value", "t.uom") + """
                       + s.prt end as tol,
                 10::numeric ^ (-scale(t.value)) + s.prt / s.n as mean_tol
            from tot t join sums s on s.tid = t.id join rules r on r.rule = 'YEARS_VS_PERIOD')
        insert into finding_candidate
        select 'YEARS_VS_PERIOD', """
            + fingerprint("YEARS_VS_PERIOD") + """
               , t.prov, t.unit_id, null, t.indicator_id, null, t.period, t.severity, """ + SUBJECT + """
                || jsonb_build_object('years', t.periods, 'complete', t.n = t.years),
               case when t.is_change then 'a change over years is the sum or the yearly average of its years'' changes'
                    when t.parts > t.value then 'a period''s value is at least the sum of its years'''
                    else 'a period''s value equals the sum of all its years''' end,
               e.expected, t.value, t.value - e.expected,
               jsonb_build_array(""" + figure("t", "total") + """
               ) || t.figs,
               array(select distinct x from unnest(coalesce(t.reps, '{}') || t.report_id) x where x is not null
                     order by 1)
          from cmp t join indicator i on i.id = t.indicator_id
          cross join lateral (select case when t.is_change and abs(t.value - t.mean) < abs(t.value - t.parts)
                                          then t.mean else t.parts end as expected) e
         where case when t.is_change
                    then t.n = t.years and abs(t.value - t.parts) > t.tol and abs(t.value - t.mean) > t.mean_tol
                    else t.parts > t.value + t.tol or (t.n = t.years and t.parts < t.value - t.tol) end""";
}
