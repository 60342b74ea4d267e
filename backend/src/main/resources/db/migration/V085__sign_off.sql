-- Sign-off and period locking (issue 13). Every level signs its figures off to the level above, per
-- (unit, program, period, dataset):  DRAFT → SUBMITTED → APPROVED, SUBMITTED → RETURNED (with a reason) → SUBMITTED
-- again, APPROVED → DRAFT (reopened, with a reason). Owned by the feature `approval`.
--
-- What a sign-off covers: the figures of the unit's whole subtree (a district's approval covers its communes'),
--   FUNDING     funding lines of the program whose fiscal year is the period ('2024'); the phase ('2021/2025', the
--               program's own years) covers the lines stated for the whole phase (fiscal_year null);
--   INDICATORS  indicator values whose period is exactly the period ('2024' does not cover '2024Q2'); indicator
--               values name no program, so the program only says whose sign-off it is (its years hold the period).
-- While a sign-off is APPROVED its figures refuse every write (statement triggers below); reopening unlocks them.

-- Per program: a parent may be approved only when its children with figures are (on by default).
alter table program add column approval_children_first boolean not null default true;

create table sign_off (
    id           bigserial primary key,
    unit_id      bigint   not null references admin_unit (id),
    program_id   bigint   not null references program (id),
    dataset      text     not null check (dataset in ('FUNDING', 'INDICATORS')),
    period       text     not null,
    -- FUNDING: the fiscal year the period names; null for the phase (and for INDICATORS).
    fiscal_year  smallint,
    status       text     not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    -- Why it was returned or reopened (required then); cleared by the next submission.
    reason       text,
    -- Who made the last transition, and when.
    changed_by   text     not null,
    changed_at   timestamptz not null,
    -- A sign-off that has no row yet is DRAFT at version 0; its first transition creates it at version 1.
    version      integer  not null default 1,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    check (dataset = 'FUNDING' or fiscal_year is null),
    check (status not in ('RETURNED') or reason is not null),
    constraint sign_off_key unique (unit_id, program_id, dataset, period)
);
-- The locks read the approved ones only: few rows, and none at all most of the time.
create index sign_off_approved_idx on sign_off (dataset, program_id, period) where status = 'APPROVED';
create index sign_off_status_idx on sign_off (status, id);

-- The locks. One check per write statement, set-based over its transition tables (an upload of a million rows pays
-- one check over its distinct (unit, program, year) cells, not one per row), and nothing but an index probe while no
-- sign-off of the dataset is approved. A write touching an approved sign-off's figures (a new row there, a changed
-- or deleted row there, or a row moved into or out of it) is refused with SQLSTATE GNBLK, whose DETAIL is the JSON
-- array of the approved sign-offs it touches (at most 100): common/SqlStates maps it to 409 PERIOD_LOCKED.
-- Named so they fire before the other statement triggers of the tables (alphabetical order): a refused write
-- recomputes nothing.
create function sign_off_cells(approved bigint[]) returns jsonb language sql stable as $$
  select jsonb_agg(jsonb_build_object('signOffId', a.id, 'dataset', a.dataset, 'unitId', u.id, 'unitCode', u.code,
                                      'unitName', u.name, 'unitLevel', u.level, 'program', p.code, 'period', a.period)
                   order by a.id)
    from sign_off a join admin_unit u on u.id = a.unit_id join program p on p.id = a.program_id
   where a.id = any(approved)
$$;

create function sign_off_lock_funding() returns trigger language plpgsql as $$
declare
  touched text;
  hit bigint[];
begin
  if not exists (select 1 from sign_off where dataset = 'FUNDING' and status = 'APPROVED') then
    return null;
  end if;
  touched := case tg_op
    when 'INSERT' then 'select unit_id, program_id, fiscal_year from new_rows'
    when 'DELETE' then 'select unit_id, program_id, fiscal_year from old_rows'
    else 'select unit_id, program_id, fiscal_year from new_rows union all '
         'select unit_id, program_id, fiscal_year from old_rows' end;
  execute 'with cells as (select distinct unit_id, program_id, fiscal_year from (' || touched || ') r)
    select array(select distinct a.id
                   from cells c
                   join sign_off a on a.dataset = ''FUNDING'' and a.status = ''APPROVED''
                    and a.program_id = c.program_id and a.fiscal_year is not distinct from c.fiscal_year
                   join admin_unit au on au.id = a.unit_id
                   join admin_unit u on u.id = c.unit_id and u.path like au.path || ''%''
                  order by a.id limit 100)' into hit;
  if cardinality(hit) > 0 then
    raise exception using errcode = 'GNBLK', message = 'The figures are approved: their period is locked',
      detail = sign_off_cells(hit)::text;
  end if;
  return null;
end $$;

create function sign_off_lock_indicator() returns trigger language plpgsql as $$
declare
  touched text;
  hit bigint[];
begin
  if not exists (select 1 from sign_off where dataset = 'INDICATORS' and status = 'APPROVED') then
    return null;
  end if;
  touched := case tg_op
    when 'INSERT' then 'select unit_id, period from new_rows'
    when 'DELETE' then 'select unit_id, period from old_rows'
    else 'select unit_id, period from new_rows union all select unit_id, period from old_rows' end;
  execute 'with cells as (select distinct unit_id, period from (' || touched || ') r)
    select array(select distinct a.id
                   from cells c
                   join sign_off a on a.dataset = ''INDICATORS'' and a.status = ''APPROVED'' and a.period = c.period
                   join admin_unit au on au.id = a.unit_id
                   join admin_unit u on u.id = c.unit_id and u.path like au.path || ''%''
                  order by a.id limit 100)' into hit;
  if cardinality(hit) > 0 then
    raise exception using errcode = 'GNBLK', message = 'The figures are approved: their period is locked',
      detail = sign_off_cells(hit)::text;
  end if;
  return null;
end $$;

create trigger funding_line_approval_lock_ins after insert on funding_line
  referencing new table as new_rows for each statement execute function sign_off_lock_funding();
create trigger funding_line_approval_lock_upd after update on funding_line
  referencing old table as old_rows new table as new_rows for each statement execute function sign_off_lock_funding();
create trigger funding_line_approval_lock_del after delete on funding_line
  referencing old table as old_rows for each statement execute function sign_off_lock_funding();

create trigger indicator_value_approval_lock_ins after insert on indicator_value
  referencing new table as new_rows for each statement execute function sign_off_lock_indicator();
create trigger indicator_value_approval_lock_upd after update on indicator_value
  referencing old table as old_rows new table as new_rows for each statement execute function sign_off_lock_indicator();
create trigger indicator_value_approval_lock_del after delete on indicator_value
  referencing old table as old_rows for each statement execute function sign_off_lock_indicator();
