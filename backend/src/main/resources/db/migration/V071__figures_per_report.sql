-- Figures per report (issue 9): two reports may state the same key with different values (a mid-term review
-- restating an annual report); both are kept, so a figure's natural key includes its report. Reads count one figure
-- per key, the current one, by a documented rule kept in the column `current` by the triggers below:
--   the figure whose report is the most recent by issue date counts; a figure entered directly (no report) is dated
--   by the day it was last written; on the same date a figure with a report wins, then the higher report id, then
--   the higher figure id.
-- A caller who names a report reads that report's figures instead.

drop index funding_line_natural_key;
create unique index funding_line_natural_key on funding_line (program_id, coalesce(component_id, 0), unit_id,
    coalesce(fiscal_year, 0), source, capital_type, measure, coalesce(implementing_body_key, ''),
    coalesce(origin_year, 0), coalesce(report_id, 0));

drop index indicator_value_natural_key;
create unique index indicator_value_natural_key on indicator_value (indicator_id, unit_id, period, kind,
    coalesce(category, ''), coalesce(report_id, 0));

alter table funding_line add column current boolean not null default true;
alter table indicator_value add column current boolean not null default true;
-- The key without its report: the figures competing for one place.
create index funding_line_key_idx on funding_line (program_id, coalesce(component_id, 0), unit_id,
    coalesce(fiscal_year, 0), source, capital_type, measure, coalesce(implementing_body_key, ''),
    coalesce(origin_year, 0));
create index indicator_value_key_idx on indicator_value (indicator_id, unit_id, period, kind, coalesce(category, ''));

-- Recomputes `current` for the keys of the rows a statement touched (transition table `touched`), set-based: one
-- statement per write statement, however many rows it wrote. Its own update of `current` fires the trigger again;
-- the transaction-local setting gnbv.refreshing makes that call do nothing.
create function funding_line_refresh_current() returns trigger language plpgsql as $$
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
  update funding_line f set current = ranked.cur from ranked where f.id = ranked.id and f.current <> ranked.cur;
  perform set_config('gnbv.refreshing', 'off', true);
  return null;
end $$;

create trigger funding_line_current_ins after insert on funding_line
  referencing new table as touched for each statement execute function funding_line_refresh_current();
create trigger funding_line_current_upd after update on funding_line
  referencing new table as touched for each statement execute function funding_line_refresh_current();
create trigger funding_line_current_del after delete on funding_line
  referencing old table as touched for each statement execute function funding_line_refresh_current();

create function indicator_value_refresh_current() returns trigger language plpgsql as $$
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
  update indicator_value v set current = ranked.cur from ranked where v.id = ranked.id and v.current <> ranked.cur;
  perform set_config('gnbv.refreshing', 'off', true);
  return null;
end $$;

create trigger indicator_value_current_ins after insert on indicator_value
  referencing new table as touched for each statement execute function indicator_value_refresh_current();
create trigger indicator_value_current_upd after update on indicator_value
  referencing new table as touched for each statement execute function indicator_value_refresh_current();
create trigger indicator_value_current_del after delete on indicator_value
  referencing old table as touched for each statement execute function indicator_value_refresh_current();

-- A report's new date can change which of its figures count.
create function report_refresh_current() returns trigger language plpgsql as $$
begin
  update funding_line set updated_at = updated_at where report_id = new.id;
  update indicator_value set updated_at = updated_at where report_id = new.id;
  return null;
end $$;
create trigger report_date_changes_current after update of issued_on on report
  for each row when (old.issued_on is distinct from new.issued_on) execute function report_refresh_current();
