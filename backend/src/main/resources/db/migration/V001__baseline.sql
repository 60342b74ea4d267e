-- Baseline schema. Flyway owns it; Hibernate only validates it. Never edit a released migration: add a new one.

create extension if not exists unaccent;
create extension if not exists btree_gist;
create extension if not exists pg_trgm;

-- Folding used for accent-insensitive search: NFC first (so NFD input folds the same), then unaccent, đ → d, lower.
-- Immutable wrapper so it can back a generated column and an index.
create function gnbv_fold(t text) returns text
    language sql immutable parallel safe strict
as $$ select lower(translate(public.unaccent('public.unaccent'::regdictionary, normalize(t, NFC)), 'đĐ', 'dD')) $$;

-- ---------------------------------------------------------------------------------------------------------------
-- geo: administrative units. Identity is (level, code, validity): code 24 was Bắc Giang until 2025-06-30 and is
-- Bắc Ninh from 2025-07-01, so the same code can name different units at different dates.
create table admin_unit (
    id              bigserial primary key,
    code            varchar(5)  not null,
    name            text        not null,
    name_folded     text generated always as (gnbv_fold(name)) stored,
    unit_type       text        not null,
    level           text        not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    parent_id       bigint references admin_unit (id),
    -- Materialised ancestry of ids, '/12/345/6789/': a subtree is a prefix match.
    path            text        not null,
    valid_from      date        not null,
    valid_to        date,
    poor_district   boolean,
    especially_difficult boolean,
    urban_rural     text check (urban_rural in ('URBAN', 'RURAL')),
    version         integer     not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (valid_to is null or valid_to >= valid_from),
    check (code ~ '^[0-9]{2,5}$'),
    constraint admin_unit_no_overlap exclude using gist (
        level with =, code with =, daterange(valid_from, valid_to, '[]') with &&)
);
create index admin_unit_path_idx on admin_unit (path text_pattern_ops);
create index admin_unit_parent_idx on admin_unit (parent_id);
create index admin_unit_code_idx on admin_unit (code);
create index admin_unit_name_trgm_idx on admin_unit using gin (name_folded gin_trgm_ops);

-- predecessor → successor at the reform. PARTIAL: only part of the predecessor went into this successor.
create table unit_succession (
    predecessor_id  bigint not null references admin_unit (id),
    successor_id    bigint not null references admin_unit (id),
    effective_date  date   not null,
    kind            text   not null check (kind in ('FULL', 'PARTIAL')),
    primary key (predecessor_id, successor_id)
);
create index unit_succession_successor_idx on unit_succession (successor_id);

-- ---------------------------------------------------------------------------------------------------------------
-- program: phases and their component tree. Structure is data, versioned per phase.
create table program (
    id              bigserial primary key,
    code            text    not null unique,
    name_vi         text    not null,
    name_en         text,
    start_year      integer not null,
    end_year        integer not null,
    legal_basis     text,
    version         integer not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (end_year >= start_year)
);

create table program_component (
    id              bigserial primary key,
    program_id      bigint  not null references program (id),
    parent_id       bigint references program_component (id),
    code            text    not null,
    kind            text    not null check (kind in ('PROJECT', 'SUB_PROJECT', 'CONTENT')),
    name_vi         text    not null,
    name_en         text,
    sort_order      integer not null default 0,
    version         integer not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (program_id, code)
);
create index program_component_parent_idx on program_component (parent_id);

-- Concrete local projects / poverty-reduction models run under a component in a unit.
create table local_project (
    id                          bigserial primary key,
    component_id                bigint  not null references program_component (id),
    unit_id                     bigint  not null references admin_unit (id),
    name                        text    not null,
    approval_reference          text,
    start_date                  date,
    end_date                    date,
    status                      text    not null check (status in ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED', 'CANCELLED')),
    state_budget_vnd            bigint  not null default 0 check (state_budget_vnd >= 0),
    people_counterpart_vnd      bigint  not null default 0 check (people_counterpart_vnd >= 0),
    other_vnd                   bigint  not null default 0 check (other_vnd >= 0),
    households_poor             integer not null default 0 check (households_poor >= 0),
    households_near_poor        integer not null default 0 check (households_near_poor >= 0),
    households_newly_escaped    integer not null default 0 check (households_newly_escaped >= 0),
    households_ethnic_minority  integer not null default 0 check (households_ethnic_minority >= 0),
    households_other            integer not null default 0 check (households_other >= 0),
    note                        text,
    version                     integer not null default 0,
    created_at                  timestamptz not null default now(),
    updated_at                  timestamptz not null default now(),
    check (end_date is null or start_date is null or end_date >= start_date)
);
create index local_project_unit_idx on local_project (unit_id);
create index local_project_component_idx on local_project (component_id);

-- ---------------------------------------------------------------------------------------------------------------
-- funding: one amount per natural key. implementing_body_key / origin_year null = "unspecified", which is a value
-- of the key (NULLS NOT DISTINCT), not a wildcard.
create table funding_line (
    id                   bigserial primary key,
    program_id           bigint   not null references program (id),
    component_id         bigint   not null references program_component (id),
    unit_id              bigint   not null references admin_unit (id),
    fiscal_year          smallint not null check (fiscal_year between 1990 and 2100),
    source               text     not null check (source in ('CENTRAL', 'LOCAL', 'LOCAL_PROVINCE', 'LOCAL_DISTRICT',
        'LOCAL_COMMUNE', 'MOBILIZED', 'MOBILIZED_FATHERLAND_FRONT', 'MOBILIZED_RED_CROSS', 'MOBILIZED_MILITARY',
        'MOBILIZED_PUBLIC_SECURITY', 'MOBILIZED_ENTERPRISE', 'PEOPLE_COUNTERPART', 'POLICY_CREDIT', 'UNSPECIFIED')),
    capital_type         text     not null check (capital_type in ('INVESTMENT', 'RECURRENT', 'UNSPECIFIED')),
    measure              text     not null check (measure in ('MEDIUM_TERM_PLAN', 'ASSIGNED', 'ALLOCATED', 'DISBURSED',
        'CARRIED_IN', 'CARRIED_OUT', 'RETURNED', 'PROPOSED', 'MOBILIZED')),
    implementing_body    text,
    -- NFC, trimmed, case-folded spelling of implementing_body: the part of the key.
    implementing_body_key text,
    origin_year          smallint check (origin_year between 1990 and 2100),
    amount_vnd           bigint   not null check (amount_vnd >= 0),
    reference            text,
    note                 text,
    version              integer  not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    constraint funding_line_natural_key unique nulls not distinct (program_id, component_id, unit_id, fiscal_year,
        source, capital_type, measure, implementing_body_key, origin_year)
);
create index funding_line_unit_year_idx on funding_line (unit_id, fiscal_year);
create index funding_line_component_idx on funding_line (component_id);

-- ---------------------------------------------------------------------------------------------------------------
-- indicator: definitions (data, not code) and values.
create table indicator (
    id                  bigserial primary key,
    code                text    not null unique,
    name_vi             text    not null,
    name_en             text,
    unit_of_measure     text    not null,
    aggregation         text    not null check (aggregation in ('SUM', 'RATIO', 'NONE')),
    numerator_id        bigint references indicator (id),
    denominator_id      bigint references indicator (id),
    -- RATIO values are Σnumerator / Σdenominator × scale (100 for a percentage).
    scale               integer not null default 1 check (scale > 0),
    dimension           text check (dimension in ('INCOME', 'EMPLOYMENT', 'HEALTH', 'EDUCATION', 'HOUSING',
        'WATER_SANITATION', 'INFORMATION')),
    has_categories      boolean not null default false,
    description         text,
    version             integer not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    check ((aggregation = 'RATIO') = (numerator_id is not null and denominator_id is not null))
);

create table indicator_value (
    id              bigserial primary key,
    indicator_id    bigint  not null references indicator (id),
    unit_id         bigint  not null references admin_unit (id),
    -- Period id as users write it ('2024', '2024H1', '2024Q2', '2024-05', '2021/2025') and its date range.
    period          text    not null,
    period_start    date    not null,
    period_end      date    not null,
    kind            text    not null check (kind in ('ACTUAL', 'TARGET', 'PLAN', 'ESTIMATE', 'BASELINE')),
    category        text,
    value           numeric not null,
    note            text,
    version         integer not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (period_end >= period_start),
    constraint indicator_value_natural_key unique nulls not distinct (indicator_id, unit_id, period, kind, category)
);
create index indicator_value_unit_idx on indicator_value (unit_id, period_start);
create index indicator_value_indicator_period_idx on indicator_value (indicator_id, period_start);
