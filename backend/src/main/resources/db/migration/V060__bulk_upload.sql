-- Bulk upload (issue 4).
--
-- 1. Natural keys as expression indexes. UNIQUE NULLS NOT DISTINCT (V001) gives the right uniqueness, but a set-based
--    upload has to find existing rows by key, and "a is not distinct from b" can be neither hash-joined nor looked up
--    in an index. Keys over coalesce(col, sentinel) mean the same thing (no real id, year or key text is 0 or ''),
--    serve as ON CONFLICT arbiters, and join both ways: hash for a million rows, index for ten. Same names, so the
--    single-row writers' duplicate detection keeps working.
alter table funding_line drop constraint funding_line_natural_key;
alter table funding_line add constraint funding_line_body_key_not_empty check (implementing_body_key <> '');
create unique index funding_line_natural_key on funding_line (program_id, coalesce(component_id, 0), unit_id,
    coalesce(fiscal_year, 0), source, capital_type, measure, coalesce(implementing_body_key, ''),
    coalesce(origin_year, 0));

alter table indicator_value drop constraint indicator_value_natural_key;
alter table indicator_value add constraint indicator_value_category_not_empty check (category <> '');
create unique index indicator_value_natural_key on indicator_value (indicator_id, unit_id, period, kind,
    coalesce(category, ''));

-- 2. Upload jobs: every upload, synchronous or not, is a job, so a retry with the same Idempotency-Key finds the
--    original answer, and a user can list what they uploaded from any client.
create table upload_job (
    id               uuid primary key,
    dataset          text    not null check (dataset in ('funding-lines', 'indicator-values')),
    format           text    not null check (format in ('CSV', 'JSON')),
    mode             text    not null check (mode in ('upsert', 'insert-only')),
    dry_run          boolean not null,
    synchronous      boolean not null,
    -- RECEIVING: the body is still arriving (not shown to clients as such: a job is created once received).
    state            text    not null check (state in ('RECEIVING', 'QUEUED', 'RUNNING', 'SUCCEEDED', 'REJECTED',
        'FAILED')),
    idempotency_key  text,
    -- SHA-256 over endpoint, dataset, mode, dryRun, media type and body: what "the same request" means.
    fingerprint      text,
    bytes            bigint  not null default 0,
    owner_subject    text,
    owner_username   text    not null,
    owner_client_id  text,
    -- The uploader's scope when the job was accepted: materialised-path prefixes; null = national.
    scope_prefixes   text[],
    request_id       text    not null,
    rows_read        bigint  not null default 0,
    rows_validated   bigint  not null default 0,
    rows_written     bigint  not null default 0,
    report           jsonb,
    failure_code     text,
    failure_message  text,
    -- The stored answer of a request that answered at once (a synchronous upload, a refused body), for replay.
    response_status  integer,
    response_body    jsonb,
    created_at       timestamptz not null default now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    -- Written every few seconds while a worker holds the job: a RUNNING job without a recent heartbeat is dead.
    heartbeat_at     timestamptz not null default now()
);

-- One owner, one key. A FAILED job gives its key up (nothing was written, so a retry must really run again).
-- The owner is the token subject (stable across clients and renames); the username only without one.
create unique index upload_job_idempotency on upload_job ((coalesce(owner_subject, owner_username)), idempotency_key)
    where idempotency_key is not null;
create index upload_job_owner on upload_job ((coalesce(owner_subject, owner_username)), created_at desc, id);
create index upload_job_owner_username on upload_job (owner_username, created_at desc, id);
create index upload_job_active on upload_job (state) where state in ('RECEIVING', 'QUEUED', 'RUNNING');
