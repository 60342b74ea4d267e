-- Ranking `current` (V071, V090) only where it can change something: a key whose only row counts keeps it whatever the
-- ranking says, so only keys with two rows or more, or with a row that does not count (its rival was just deleted),
-- are ranked, their rows read again through the natural key's index. An upload of 100,000 new lines of which 17
-- keys had a rival sorted and windowed all 100,000 rows and looked each up again for the update (0.68 s by hand);
-- now it counts the rows per key once and ranks the 17 keys' 34 rows (0.39 s). work_mem: the touched keys and
-- their count (100,000 of them) hash and sort in memory instead of spilling to disk. The rule itself is V071's.
create or replace function funding_line_refresh_current() returns trigger language plpgsql
set work_mem = '64MB' as $$
begin
  if current_setting('gnbv.refreshing', true) = 'on' then
    return null;
  end if;
  perform set_config('gnbv.refreshing', 'on', true);
  with keys as (
    select distinct program_id, coalesce(component_id, 0) c, unit_id, coalesce(fiscal_year, 0) y, source,
           capital_type, measure, coalesce(implementing_body_key, '') b, coalesce(origin_year, 0) o
      from touched),
  competing as materialized (
    select k.* from keys k
      join funding_line f on k.program_id = f.program_id and k.c = coalesce(f.component_id, 0)
       and k.unit_id = f.unit_id and k.y = coalesce(f.fiscal_year, 0) and k.source = f.source
       and k.capital_type = f.capital_type and k.measure = f.measure and k.b = coalesce(f.implementing_body_key, '')
       and k.o = coalesce(f.origin_year, 0)
     group by k.program_id, k.c, k.unit_id, k.y, k.source, k.capital_type, k.measure, k.b, k.o
    having count(*) > 1 or not bool_and(f.current)),
  ranked as (
    select f.id, row_number() over (
             partition by f.program_id, coalesce(f.component_id, 0), f.unit_id, coalesce(f.fiscal_year, 0),
                          f.source, f.capital_type, f.measure, coalesce(f.implementing_body_key, ''),
                          coalesce(f.origin_year, 0)
             order by coalesce(r.issued_on, f.updated_at::date) desc, (f.report_id is not null) desc,
                      f.report_id desc nulls last, f.id desc) = 1 as cur
      from competing k
      join funding_line f on k.program_id = f.program_id and k.c = coalesce(f.component_id, 0)
       and k.unit_id = f.unit_id and k.y = coalesce(f.fiscal_year, 0) and k.source = f.source
       and k.capital_type = f.capital_type and k.measure = f.measure and k.b = coalesce(f.implementing_body_key, '')
       and k.o = coalesce(f.origin_year, 0)
      left join report r on r.id = f.report_id)
  update funding_line f set current = ranked.cur, version = f.version + 1 from ranked where f.id = ranked.id and f.current <> ranked.cur;
  perform set_config('gnbv.refreshing', 'off', true);
  return null;
end $$;

create or replace function indicator_value_refresh_current() returns trigger language plpgsql
set work_mem = '64MB' as $$
begin
  if current_setting('gnbv.refreshing', true) = 'on' then
    return null;
  end if;
  perform set_config('gnbv.refreshing', 'on', true);
  with keys as (
    select distinct indicator_id, unit_id, period, kind, coalesce(category, '') c from touched),
  competing as materialized (
    select k.* from keys k
      join indicator_value v on k.indicator_id = v.indicator_id and k.unit_id = v.unit_id and k.period = v.period
       and k.kind = v.kind and k.c = coalesce(v.category, '')
     group by k.indicator_id, k.unit_id, k.period, k.kind, k.c
    having count(*) > 1 or not bool_and(v.current)),
  ranked as (
    select v.id, row_number() over (
             partition by v.indicator_id, v.unit_id, v.period, v.kind, coalesce(v.category, '')
             order by coalesce(r.issued_on, v.updated_at::date) desc, (v.report_id is not null) desc,
                      v.report_id desc nulls last, v.id desc) = 1 as cur
      from competing k
      join indicator_value v on k.indicator_id = v.indicator_id and k.unit_id = v.unit_id and k.period = v.period
       and k.kind = v.kind and k.c = coalesce(v.category, '')
      left join report r on r.id = v.report_id)
  update indicator_value v set current = ranked.cur, version = v.version + 1 from ranked where v.id = ranked.id and v.current <> ranked.cur;
  perform set_config('gnbv.refreshing', 'off', true);
  return null;
end $$;
