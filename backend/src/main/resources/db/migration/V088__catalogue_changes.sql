-- Memoised read models (common/ReadMemo: national roll-ups and funding summaries) are recomputed when what they were
-- computed from changes. Figures log their changes already (V083); this logs the reference data they also depend on
-- (units and successions, programs and components, the indicator catalogue), one row per write statement, with the
-- same xid8 stamp so "changed since token" means the same thing. A TRUNCATE of a figure table (which V083's row
-- triggers cannot see) lands here too. These tables change rarely: the log stays small.
create table catalogue_change (
    change_xid xid8 not null default pg_current_xact_id(),
    source     text not null
);
create index catalogue_change_xid on catalogue_change (change_xid);

create function catalogue_log_change() returns trigger language plpgsql as $$
begin
  insert into catalogue_change (source) values (tg_table_name);
  return null;
end $$;

create trigger catalogue_change after insert or update or delete or truncate on admin_unit
  for each statement execute function catalogue_log_change();
create trigger catalogue_change after insert or update or delete or truncate on unit_succession
  for each statement execute function catalogue_log_change();
create trigger catalogue_change after insert or update or delete or truncate on program
  for each statement execute function catalogue_log_change();
create trigger catalogue_change after insert or update or delete or truncate on program_component
  for each statement execute function catalogue_log_change();
create trigger catalogue_change after insert or update or delete or truncate on indicator
  for each statement execute function catalogue_log_change();
create trigger catalogue_change after insert or update or delete or truncate on indicator_category
  for each statement execute function catalogue_log_change();
create trigger catalogue_change after truncate on funding_line
  for each statement execute function catalogue_log_change();
create trigger catalogue_change after truncate on indicator_value
  for each statement execute function catalogue_log_change();
