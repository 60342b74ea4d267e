-- Changed-since sync for pulls (issue 12): every insert, update and delete of a funding line or an indicator value
-- leaves one row here, written set-based by statement-level triggers (one INSERT … SELECT per write statement, however
-- many rows it wrote: an upload, a report's replace or deletion, a single write, the `current` recomputation of V071).
--
-- A sync token is the xmin of a reading transaction's snapshot (pg_snapshot_xmin(pg_current_snapshot())): every
-- transaction with a smaller id had ended when the reader looked, so its changes were visible to it; every change of
-- a transaction that was still running, or started later, has change_xid >= that xmin. "Changed since token" is
-- therefore `change_xid >= token`, and a transaction that started early and committed late is never missed, which a
-- timestamp (updated_at set at statement time, visible only at commit) cannot promise. The price: rows of the
-- transactions running at the token's time may be sent twice, which a mirror applying full rows by id absorbs.
--
-- Why a log and not a column on the tables: deletions need a tombstone anyway, and a changing indexed column would
-- make every update of a figure a non-HOT update (V075 keeps re-stated figures HOT). unit_id and program_id /
-- indicator_id are copied so a deleted row's tombstone is still filtered by the caller's scope and the pull's filter.
-- xid8 is 64-bit: it never wraps around.

create table funding_line_change (
    change_xid xid8    not null default pg_current_xact_id(),
    row_id     bigint  not null,
    unit_id    bigint  not null,
    program_id bigint  not null,
    deleted    boolean not null
);
-- Changes since a token, in row order for the pull's keyset paging (an index-only scan when the table is vacuumed).
create index funding_line_change_xid on funding_line_change (change_xid, row_id);

create table indicator_value_change (
    change_xid   xid8    not null default pg_current_xact_id(),
    row_id       bigint  not null,
    unit_id      bigint  not null,
    indicator_id bigint  not null,
    deleted      boolean not null
);
create index indicator_value_change_xid on indicator_value_change (change_xid, row_id);

create function funding_line_log_change() returns trigger language plpgsql as $$
begin
  insert into funding_line_change (row_id, unit_id, program_id, deleted)
  select id, unit_id, program_id, tg_op = 'DELETE' from touched;
  return null;
end $$;

create trigger funding_line_change_ins after insert on funding_line
  referencing new table as touched for each statement execute function funding_line_log_change();
create trigger funding_line_change_upd after update on funding_line
  referencing new table as touched for each statement execute function funding_line_log_change();
create trigger funding_line_change_del after delete on funding_line
  referencing old table as touched for each statement execute function funding_line_log_change();

create function indicator_value_log_change() returns trigger language plpgsql as $$
begin
  insert into indicator_value_change (row_id, unit_id, indicator_id, deleted)
  select id, unit_id, indicator_id, tg_op = 'DELETE' from touched;
  return null;
end $$;

create trigger indicator_value_change_ins after insert on indicator_value
  referencing new table as touched for each statement execute function indicator_value_log_change();
create trigger indicator_value_change_upd after update on indicator_value
  referencing new table as touched for each statement execute function indicator_value_log_change();
create trigger indicator_value_change_del after delete on indicator_value
  referencing old table as touched for each statement execute function indicator_value_log_change();
