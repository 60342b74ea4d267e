-- Ranking `current` (V071, V090) only where it can change something: a key with one row, and that row counting, keeps
-- it whatever the ranking says, so only keys with two rows or more, or with a row that does not count (its rival was
-- just deleted), are sorted and compared. An upload of 100,000 new lines of which 17 keys had a rival sorted and
-- windowed all 100,000 rows and looked each up again for the update (0.7–1.2 s of the upload); now it groups them
-- once and ranks the 17 keys' rows. The rule itself is V071's, unchanged.
create or replace function funding_line_refresh_current() returns trigger language plpgsql as $$
begin
  if current_setting('gnbv.refreshing', true) = 'on' then
    return null;
  end if;
  perform set_config('gnbv.refreshing', 'on', true);
  with keys as (
    select distinct program_id, coalesce(component_id, 0) c, unit_id, coalesce(fiscal_year, 0) y, source,
           capital_type, measure, coalesce(implementing_body_key, '') b, coalesce(origin_year, 0) o
      from touched),
  cand as materialized (
    select f.id, f.current, f.report_id, f.updated_at, k.*
      from funding_line f
      join keys k on k.program_id = f.program_id and k.c = coalesce(f.component_id, 0) and k.unit_id = f.unit_id
       and k.y = coalesce(f.fiscal_year, 0) and k.source = f.source and k.capital_type = f.capital_type
       and k.measure = f.measure and k.b = coalesce(f.implementing_body_key, '') and k.o = coalesce(f.origin_year, 0)),
  competing as (
    select program_id, c, unit_id, y, source, capital_type, measure, b, o from cand
     group by program_id, c, unit_id, y, source, capital_type, measure, b, o
    having count(*) > 1 or not bool_and(current)),
  ranked as (
    select f.id, row_number() over (
             partition by f.program_id, f.c, f.unit_id, f.y, f.source, f.capital_type, f.measure, f.b, f.o
             order by coalesce(r.issued_on, f.updated_at::date) desc, (f.report_id is not null) desc,
                      f.report_id desc nulls last, f.id desc) = 1 as cur
      from cand f
      join competing k using (program_id, c, unit_id, y, source, capital_type, measure, b, o)
      left join report r on r.id = f.report_id)
  update funding_line f set current = ranked.cur, version = f.version + 1 from ranked where f.id = ranked.id and f.current <> ranked.cur;
  perform set_config('gnbv.refreshing', 'off', true);
  return null;
end $$;

create or replace function indicator_value_refresh_current() returns trigger language plpgsql as $$
begin
  if current_setting('gnbv.refreshing', true) = 'on' then
    return null;
  end if;
  perform set_config('gnbv.refreshing', 'on', true);
  with keys as (
    select distinct indicator_id, unit_id, period, kind, coalesce(category, '') c from touched),
  cand as materialized (
    select v.id, v.current, v.report_id, v.updated_at, k.*
      from indicator_value v
      join keys k on k.indicator_id = v.indicator_id and k.unit_id = v.unit_id and k.period = v.period
       and k.kind = v.kind and k.c = coalesce(v.category, '')),
  competing as (
    select indicator_id, unit_id, period, kind, c from cand
     group by indicator_id, unit_id, period, kind, c
    having count(*) > 1 or not bool_and(current)),
  ranked as (
    select v.id, row_number() over (
             partition by v.indicator_id, v.unit_id, v.period, v.kind, v.c
             order by coalesce(r.issued_on, v.updated_at::date) desc, (v.report_id is not null) desc,
                      v.report_id desc nulls last, v.id desc) = 1 as cur
      from cand v
      join competing k using (indicator_id, unit_id, period, kind, c)
      left join report r on r.id = v.report_id)
  update indicator_value v set current = ranked.cur, version = v.version + 1 from ranked where v.id = ranked.id and v.current <> ranked.cur;
  perform set_config('gnbv.refreshing', 'off', true);
  return null;
end $$;
