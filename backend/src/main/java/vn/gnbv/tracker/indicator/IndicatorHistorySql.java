package vn.gnbv.tracker.indicator;

import static vn.gnbv.tracker.indicator.IndicatorFindingSql.BASE;
import static vn.gnbv.tracker.indicator.IndicatorFindingSql.SUBJECT;
import static vn.gnbv.tracker.indicator.IndicatorFindingSql.figure;
import static vn.gnbv.tracker.indicator.IndicatorFindingSql.fingerprint;
import static vn.gnbv.tracker.indicator.IndicatorFindingSql.isYear;
import static vn.gnbv.tracker.indicator.IndicatorPartsSql.printed;

/**
 * The indicator rules of docs/findings.md that compare one key over time: a stated change against the two levels it
 * compares, a value against its own other periods, and a year against the year before. Each is one statement over
 * the current values of some provinces (parameter: their unit ids). The two history rules read quantities (counts,
 * amounts, kilograms), not percentages: a percentage's slips are a share out of range or a rate against its counts,
 * and a small rate may well grow tenfold.
 */
final class IndicatorHistorySql {
    private IndicatorHistorySql() {}

    /**
     * A stated change (V081 indicator.change_of_id) against its level at the end of the year before its period (an
     * ACTUAL, else the BASELINE of a period starting with it) and its level at the end of its period (same kind):
     * their difference, or over several years their yearly average, within the levels' and the change's printed
     * decimals plus the rule's tolerance. Bounds (a comparator) are not levels.
     */
    static final String CHANGES = BASE + """
        ,
        ch as materialized (
          select t.*, i.change_of_id, i.change_direction, i.unit_of_measure as uom,
                 case when t.period ~ '^\\d{4}/\\d{4}$'
                      then extract(year from t.period_end)::int - extract(year from t.period_start)::int + 1
                      else 1 end as years
            from v t join indicator i on i.id = t.indicator_id and i.change_of_id is not null
           where t.comparator is null),
        lv as (
          select t.*, s.id as s_id, s.value as s_value, s.report_id as s_report_id, s.locator as s_locator,
                 s.period as s_period, e.id as e_id, e.value as e_value, e.report_id as e_report_id,
                 e.locator as e_locator, e.period as e_period
            from ch t
            cross join lateral (
              select l.id, l.value, l.report_id, l.locator, l.period from indicator_value l
               where l.indicator_id = t.change_of_id and l.unit_id = t.unit_id and coalesce(l.category, '') = t.cat
                 and l.current and l.comparator is null
                 and ((l.kind = 'ACTUAL' and l.period_end = t.period_start - 1)
                      or (l.kind = 'BASELINE' and l.period_start = t.period_start))
               order by l.kind = 'ACTUAL' desc, l.period_start desc, l.id limit 1) s
            cross join lateral (
              select l.id, l.value, l.report_id, l.locator, l.period from indicator_value l
               where l.indicator_id = t.change_of_id and l.unit_id = t.unit_id and coalesce(l.category, '') = t.cat
                 and l.current and l.comparator is null and l.kind = t.kind and l.kind <> 'BASELINE'
                 and l.period_end = t.period_end
               order by l.period_start desc, l.id limit 1) e),
        cmp as (
          select t.*, d.diff, d.diff / t.years as mean, r.severity,
                 """ + printed("t.value", "t.uom") + " + " + printed("t.s_value", "t.uom")
            + " + " + printed("t.e_value", "t.uom")
            + """
                  + r.tolerance as tol,
                 10::numeric ^ (-scale(t.value)) + (""" + printed("t.s_value", "t.uom") + " + "
            + printed("t.e_value", "t.uom") + """
                 ) / t.years + r.tolerance as mean_tol
            from lv t join rules r on r.rule = 'CHANGE_VS_LEVELS'
            cross join lateral (select case when t.change_direction = 'DECREASE' then t.s_value - t.e_value
                                            else t.e_value - t.s_value end as diff) d)
        insert into finding_candidate
        select 'CHANGE_VS_LEVELS', """ + fingerprint("CHANGE_VS_LEVELS") + """
               , t.prov, t.unit_id, null, t.indicator_id, null, t.period, t.severity, """ + SUBJECT + """
                || jsonb_build_object('level', l.code, 'direction', t.change_direction, 'from', t.s_period,
                                      'to', t.e_period),
               case when t.years > 1 then 'a stated change is the difference of the two levels it compares, or its'
                                          || ' yearly average'
                    else 'a stated change is the difference of the two levels it compares' end,
               x.expected, t.value, t.value - x.expected,
               jsonb_build_array("""
            + figure("t", "change")
            + ", finding_figure('indicator-values', t.s_id, 'start', t.s_value, t.s_report_id, t.s_locator),"
            + " finding_figure('indicator-values', t.e_id, 'end', t.e_value, t.e_report_id, t.e_locator)" + """
               ),
               array(select distinct x from unnest(array[t.report_id, t.s_report_id, t.e_report_id]) x
                      where x is not null order by 1)
          from cmp t join indicator i on i.id = t.indicator_id join indicator l on l.id = t.change_of_id
          cross join lateral (select case when t.years > 1 and abs(t.value - t.mean) < abs(t.value - t.diff)
                                          then t.mean else t.diff end as expected) x
         where abs(t.value - t.diff) > t.tol and (t.years = 1 or abs(t.value - t.mean) > t.mean_tol)""";

    /**
     * A value at least {@code threshold} times the median of the positive values of its key (indicator, unit, kind,
     * category) in other periods, or at most that median over {@code threshold} with three or more others (the median
     * of two is their mean, which the slip itself may be part of): the "million written as đồng" slip. The median of
     * the others is read off the key's sorted values by rank, so no pair of values is ever formed. The median of the
     * others lies between the key's smallest and largest value, so either kind of slip needs the largest at least
     * {@code threshold} times the smallest: one aggregate finds those keys, and only theirs are ranked (ranking every
     * key's values was 1.6 s of a million-value upload's 3.7 s of findings).
     */
    static final String MAGNITUDE = BASE + """
        ,
        suspect as materialized (
          select v.indicator_id, v.unit_id, v.kind, v.cat
            from v join indicator i on i.id = v.indicator_id and i.unit_of_measure <> 'PERCENT'
           where v.value > 0
           group by v.indicator_id, v.unit_id, v.kind, v.cat
          having count(*) >= 2
             and max(v.value) >= (select r.threshold from rules r where r.rule = 'MAGNITUDE_VS_HISTORY') * min(v.value)),
        pos as materialized (
          select v.id, v.value, v.indicator_id, v.unit_id, v.kind, v.cat,
                 row_number() over (partition by v.indicator_id, v.unit_id, v.kind, v.cat order by v.value, v.id) as k,
                 count(*) over (partition by v.indicator_id, v.unit_id, v.kind, v.cat) as l
            from v join suspect s on s.indicator_id = v.indicator_id and s.unit_id = v.unit_id and s.kind = v.kind
             and s.cat = v.cat
           where v.value > 0),
        ser as (
          select indicator_id, unit_id, kind, cat, array_agg(value order by value, id) as vals
            from pos where l >= 2 group by indicator_id, unit_id, kind, cat),
        med as (
          select p.id, p.l - 1 as n,
                 (s.vals[case when p.l / 2 < p.k then p.l / 2 else p.l / 2 + 1 end]
                  + s.vals[case when (p.l - 1) / 2 + 1 < p.k then (p.l - 1) / 2 + 1 else (p.l - 1) / 2 + 2 end])
                 / 2 as median
            from pos p join ser s using (indicator_id, unit_id, kind, cat)),
        bad as (
          select t.*, m.median, m.n, r.severity,
                 case when t.value >= r.threshold * m.median then r.threshold * m.median
                      else m.median / r.threshold end as bound
            from med m join v t on t.id = m.id join rules r on r.rule = 'MAGNITUDE_VS_HISTORY'
           where t.value >= r.threshold * m.median or (m.n >= 3 and t.value * r.threshold <= m.median)),
        hist as (
          select b.id, jsonb_agg(""" + figure("o", "history") + """
                   order by o.period_start, o.id) as figs,
                 jsonb_agg(o.period order by o.period_start, o.id) as periods,
                 array_agg(distinct o.report_id) filter (where o.report_id is not null) as reps
            from bad b join v o on o.indicator_id = b.indicator_id and o.unit_id = b.unit_id and o.kind = b.kind
             and o.cat = b.cat and o.id <> b.id and o.value > 0
           group by b.id)
        insert into finding_candidate
        select 'MAGNITUDE_VS_HISTORY', """ + fingerprint("MAGNITUDE_VS_HISTORY")
            + """
               , t.prov, t.unit_id, null, t.indicator_id, null, t.period, t.severity, """ + SUBJECT + """
                || jsonb_build_object('history', h.periods, 'median', t.median),
               case when t.value > t.median then 'a value is less than the threshold times the median of its other periods'
                    else 'a value is more than the median of its other periods over the threshold' end,
               t.bound, t.value, t.value - t.bound,
               jsonb_build_array(""" + figure("t", "figure") + """
               ) || h.figs,
               array(select distinct x from unnest(coalesce(h.reps, '{}') || t.report_id) x where x is not null
                     order by 1)
          from bad t join hist h on h.id = t.id join indicator i on i.id = t.indicator_id""";

    /**
     * A whole year's value more than {@code threshold} times the year before's (or less than its {@code threshold}th)
     * on the same key; the finding is on the later year, expected = the bound it crossed.
     */
    static final String JUMPS =
            BASE + """
        ,
        yr as materialized (
          select v.* from v join indicator i on i.id = v.indicator_id and i.unit_of_measure <> 'PERCENT'
           where """ + isYear("v.period") + """
             and v.value > 0)
        insert into finding_candidate
        select 'YEAR_OVER_YEAR_JUMP', """ + fingerprint("YEAR_OVER_YEAR_JUMP") + """
               , t.prov, t.unit_id, null, t.indicator_id, null, t.period, r.severity, """ + SUBJECT + """
                || jsonb_build_object('previous', p.period, 'factor', r.threshold),
               case when t.value > p.value then 'a year''s value is at most the threshold times the year before''s'
                    else 'a year''s value is at least the year before''s over the threshold' end,
               x.bound, t.value, t.value - x.bound,
               jsonb_build_array("""
                    + figure("p", "previous") + ", " + figure("t", "figure") + """
               ),
               array(select distinct x from unnest(array[p.report_id, t.report_id]) x where x is not null order by 1)
          from yr t
          join yr p on p.indicator_id = t.indicator_id and p.unit_id = t.unit_id and p.kind = t.kind and p.cat = t.cat
           and p.period_end = t.period_start - 1
          join indicator i on i.id = t.indicator_id
          join rules r on r.rule = 'YEAR_OVER_YEAR_JUMP'
          cross join lateral (select case when t.value > p.value then p.value * r.threshold
                                          else p.value / r.threshold end as bound) x
         where greatest(t.value, p.value) >= r.threshold * least(t.value, p.value)""";
}
