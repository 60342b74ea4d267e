-- A figure's ETag is its version, and its representation includes `current`: when another report's figure takes or
-- gives back the key's place, the figure's `current` flips without anything else changing. Bump the version with
-- it, so a conditional GET (If-None-Match) sees the new representation and an If-Match from before the flip is
-- stale (V071's functions, otherwise unchanged).
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
  ranked as (
    select f.id, row_number() over (
             partition by f.program_id, coalesce(f.component_id, 0), f.unit_id, coalesce(f.fiscal_year, 0),
                          f.source, f.capital_type, f.measure, coalesce(f.implementing_body_key, ''),
                          coalesce(f.origin_year, 0)
             order by coalesce(r.issued_on, f.updated_at::date) desc, (f.report_id is not null) desc,
                      f.report_id desc nulls last, f.id desc) = 1 as cur
      from funding_line f
      join keys k on k.program_id = f.program_id and k.c = coalesce(f.component_id, 0) and k.unit_id = f.unit_id
       and k.y = coalesce(f.fiscal_year, 0) and k.source = f.source and k.capital_type = f.capital_type
       and k.measure = f.measure and k.b = coalesce(f.implementing_body_key, '') and k.o = coalesce(f.origin_year, 0)
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
  ranked as (
    select v.id, row_number() over (
             partition by v.indicator_id, v.unit_id, v.period, v.kind, coalesce(v.category, '')
             order by coalesce(r.issued_on, v.updated_at::date) desc, (v.report_id is not null) desc,
                      v.report_id desc nulls last, v.id desc) = 1 as cur
      from indicator_value v
      join keys k on k.indicator_id = v.indicator_id and k.unit_id = v.unit_id and k.period = v.period
       and k.kind = v.kind and k.c = coalesce(v.category, '')
      left join report r on r.id = v.report_id)
  update indicator_value v set current = ranked.cur, version = v.version + 1 from ranked where v.id = ranked.id and v.current <> ranked.cur;
  perform set_config('gnbv.refreshing', 'off', true);
  return null;
end $$;
