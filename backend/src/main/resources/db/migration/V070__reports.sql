-- Reports (issue 9): the documents figures are stated in. A figure keeps the report it came from and where in it
-- (locator: section, table, page or line), so a report can be re-loaded (replace mode) or deleted with its figures.

create table report (
    id            bigserial primary key,
    -- The issuing unit (UBND tỉnh/huyện/xã, or the national level's unit).
    unit_id       bigint  not null references admin_unit (id),
    -- The program phase the report is about; null for a report on several.
    program_id    bigint  references program (id),
    -- Document number and symbol as printed: 123/BC-UBND.
    number        text    not null check (number <> ''),
    issued_on     date    not null,
    title         text    not null check (title <> ''),
    -- The period covered, written as indicator periods are ('2023', '2023H1', '2021/2025'), with its date range.
    period        text,
    period_start  date,
    period_end    date,
    kind          text    not null check (kind in ('ANNUAL_REPORT', 'MID_TERM_REVIEW', 'PLAN', 'AD_HOC')),
    note          text,
    version       integer not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    check ((period is null) = (period_start is null) and (period is null) = (period_end is null)),
    check (period_end is null or period_end >= period_start)
);
-- Numbers restart every year and differ between units: a report is its number at its unit on its date.
create unique index report_identity on report (unit_id, number, issued_on);
create index report_unit_issued_idx on report (unit_id, issued_on desc, id);

-- The original document, apart from the row so listing reports never reads files.
create table report_file (
    report_id    bigint primary key references report (id) on delete cascade,
    file_name    text   not null check (file_name <> ''),
    media_type   text   not null,
    size_bytes   bigint not null check (size_bytes > 0),
    sha256       text   not null,
    content      bytea  not null,
    uploaded_at  timestamptz not null default now()
);

-- Figures point at their report. No cascade: deleting a report deletes its figures through their features, which
-- record each deletion in the audit trail.
alter table funding_line add column report_id bigint references report (id), add column locator text;
alter table indicator_value add column report_id bigint references report (id), add column locator text;
create index funding_line_report_idx on funding_line (report_id) where report_id is not null;
create index indicator_value_report_idx on indicator_value (report_id) where report_id is not null;

-- Uploads for a report: mode=replace makes the report's figures exactly the file's.
alter table upload_job drop constraint upload_job_mode_check;
alter table upload_job add constraint upload_job_mode_check check (mode in ('upsert', 'insert-only', 'replace'));
-- No foreign key: a job's record outlives a deleted report.
alter table upload_job add column report_id bigint;
