-- Reading a report's file into proposed figures (issue 14): each run of the reader, and the figures it proposed,
-- reviewed (accepted, edited, rejected) before a commit loads the accepted ones as the report's figures. Owned by the
-- reading feature. Both go with their report (a report's deletion deletes its readings and proposals).

create table report_reading (
    id              bigserial primary key,
    report_id       bigint      not null references report (id) on delete cascade,
    status          text        not null check (status in ('SUCCEEDED', 'FAILED')),
    failure         text,
    reader_version  text        not null,
    file_name       text,
    file_sha256     text,
    proposed        integer     not null default 0,
    replaced        integer     not null default 0,
    kept            integer     not null default 0,
    read_by         text        not null,
    started_at      timestamptz not null,
    finished_at     timestamptz not null,
    -- The last commit of the report's accepted proposals while this was its latest reading.
    committed_at    timestamptz,
    check ((status = 'FAILED') = (failure is not null))
);
create index report_reading_report_idx on report_reading (report_id, id desc);

create table report_proposal (
    id           bigserial primary key,
    report_id    bigint      not null references report (id) on delete cascade,
    -- The reading that last proposed it (a decided proposal outlives the readings after it that do not).
    reading_id   bigint      not null references report_reading (id) on delete cascade,
    dataset      text        not null check (dataset in ('funding-lines', 'indicator-values')),
    -- The figure as read (dataset, full key, value): a later reading proposing the same one finds it by this.
    identity     text        not null,
    status       text        not null check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
    confidence   numeric     not null check (confidence between 0 and 1),
    reasons      jsonb       not null default '[]',
    quote        text        not null,
    -- [{locator, start, end}], the first place it is stated first; first_offset orders the list like the document.
    citations    jsonb       not null,
    first_offset integer     not null,
    -- The row as read, and as it will be loaded (a reviewer's edit), in the upload's JSON field names.
    proposed     jsonb       not null,
    fields       jsonb       not null,
    edited       boolean     not null default false,
    decided_by   text,
    decided_at   timestamptz,
    version      integer     not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create unique index report_proposal_identity on report_proposal (report_id, identity);
create index report_proposal_order_idx on report_proposal (report_id, first_offset, id);
