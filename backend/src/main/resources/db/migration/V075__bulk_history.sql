-- Bulk history (issue 9 §5): a bulk change keeps the full before/after trail without a JSON audit event per row.
-- Each row an upload replaces or deletes (and each figure a report's deletion removes) leaves its before-image here,
-- typed, written set-based by one INSERT … SELECT per statement, beside one audit_event that carries who, when and
-- the request id (the upload's UPLOAD event, or the DELETE event of a report's figures): event_id. A row's after-image
-- is its next version (the next history row of the same id, the before of a later single-write event, or the row
-- itself), so it is not stored twice. The audit API reads these rows as one UPDATE / DELETE event each.
--
-- audit_id takes its number from audit_event's sequence, so history rows and events share one order (the API's
-- newest-first keyset paging) and one id space. No foreign keys: like audit_event, the trail outlives what it
-- describes, and a million reference checks would cost what the history saves.
--
-- Size is the point (issue 9: at most 200 MB per million changed rows, where a JSON event took 1.5 KB), so:
--  * rows are appended in audit_id order and never change, so a BRIN index (a few pages for millions of rows) finds
--    an id range, and the API pages through ranges of ids (AuditEventRepository); only the row id has a B-tree,
--    for a row's own history and its next version;
--  * references to reference data (units, programs, components, indicators, reports: thousands of rows, not
--    billions) are stored as integer; the row's own id stays bigint;
--  * columns are ordered widest first, so a row carries no alignment padding; `deleted` says which operation.

create table funding_line_history (
    audit_id              bigint   not null default nextval('audit_event_id_seq'),
    event_id              bigint   not null,
    id                    bigint   not null,
    amount_vnd            bigint   not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    program_id            integer  not null,
    component_id          integer,
    unit_id               integer  not null,
    report_id             integer,
    version               integer  not null,
    fiscal_year           smallint,
    origin_year           smallint,
    -- true: the image of a deleted row; false: of a row as it was before an update.
    deleted               boolean  not null,
    source                text     not null,
    capital_type          text     not null,
    measure               text     not null,
    implementing_body     text,
    implementing_body_key text,
    reference             text,
    note                  text,
    locator               text
);
create index funding_line_history_audit_id on funding_line_history using brin (audit_id);
create index funding_line_history_row on funding_line_history (id);

create table indicator_value_history (
    audit_id     bigint  not null default nextval('audit_event_id_seq'),
    event_id     bigint  not null,
    id           bigint  not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    indicator_id integer not null,
    unit_id      integer not null,
    report_id    integer,
    version      integer not null,
    period_start date    not null,
    period_end   date    not null,
    deleted      boolean not null,
    period       text    not null,
    kind         text    not null,
    category     text,
    value        numeric not null,
    note         text,
    locator      text,
    comparator   text
);
create index indicator_value_history_audit_id on indicator_value_history using brin (audit_id);
create index indicator_value_history_row on indicator_value_history (id);

create table local_project_history (
    audit_id                   bigint  not null default nextval('audit_event_id_seq'),
    event_id                   bigint  not null,
    id                         bigint  not null,
    state_budget_vnd           bigint  not null,
    people_counterpart_vnd     bigint  not null,
    other_vnd                  bigint  not null,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null,
    component_id               integer not null,
    unit_id                    integer not null,
    report_id                  integer,
    households_poor            integer not null,
    households_near_poor       integer not null,
    households_newly_escaped   integer not null,
    households_ethnic_minority integer not null,
    households_other           integer not null,
    version                    integer not null,
    start_date                 date,
    end_date                   date,
    deleted                    boolean not null,
    name                       text    not null,
    approval_reference         text,
    status                     text    not null,
    note                       text,
    locator                    text
);
create index local_project_history_audit_id on local_project_history using brin (audit_id);
create index local_project_history_row on local_project_history (id);

-- Append-only like audit_event (V050): statement-level, so it fires even when no row matches.
create function history_append_only() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger funding_line_history_append_only before update or delete or truncate on funding_line_history
  for each statement execute function history_append_only();
create trigger indicator_value_history_append_only before update or delete or truncate on indicator_value_history
  for each statement execute function history_append_only();
create trigger local_project_history_append_only before update or delete or truncate on local_project_history
  for each statement execute function history_append_only();

-- Room for a new version of every row on its own page. Re-stating a report (an upload over existing keys) changes
-- only columns no index covers (amount, reference, note, locator, version, updated_at), so the new row versions
-- are HOT updates, which write no index entry, as long as the page has room; on full pages (fillfactor 100) each
-- updated row instead gets a new entry in every one of the table's six indexes, which made a bulk update cost as much
-- as inserting the rows anew (docs/benchmarks.md: 240,000 amounts updated in 0.8 s instead of 6.8 s). Half-full pages
-- double the heap of rows never updated; rows updated once already take that much until vacuumed. Applies to pages
-- written from now on.
alter table funding_line set (fillfactor = 50);
alter table indicator_value set (fillfactor = 50);
