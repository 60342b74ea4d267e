-- Findings (issue 10): what doesn't add up in the stated figures, persisted so a manager can explain or confirm each,
-- recomputed per province when figures change. Owned by the feature `finding`; the rules' SQL is the data features'.

-- Rule settings as data: a row with program_id null is the default, a program's own row overrides it.
--   tolerance: TOTAL_VS_PARTS and the flow and chain rules: the largest rounding (VND) a printed total may carry;
--              RATE_VS_COUNTS: percentage points beyond the last printed decimal;
--   threshold: MAGNITUDE: how many times the median of its unit's other figures a figure must be;
--              TOTAL_VS_PARTS: parts below a total whose parts are not all stated are still a finding when they
--              fall short by less than this share of it (a slip, not an omitted part: 540,259 vs 540,252891).
create table finding_rule (
    id          bigserial primary key,
    program_id  bigint references program (id),
    rule        text    not null check (rule in ('TOTAL_VS_PARTS', 'AVAILABLE_VS_FLOWS', 'CARRY_OVER_CHAIN', 'DISBURSED_OVER_AVAILABLE',
        'ALLOCATED_OVER_ASSIGNED', 'RETURNED_OVER_CARRIED_IN', 'RATE_VS_COUNTS', 'SHARE_OUT_OF_RANGE', 'MAGNITUDE',
        'REPORTS_DISAGREE')),
    enabled     boolean not null default true,
    severity    text    not null check (severity in ('LOW', 'MEDIUM', 'HIGH')),
    tolerance   numeric check (tolerance >= 0),
    threshold   numeric check (threshold > 0),
    version     integer not null default 0,
    updated_at  timestamptz not null default now(),
    constraint finding_rule_once unique nulls not distinct (program_id, rule)
);

insert into finding_rule (rule, severity, tolerance, threshold) values
    ('TOTAL_VS_PARTS', 'HIGH', 500000, 0.005),
    ('AVAILABLE_VS_FLOWS', 'MEDIUM', 500000, null),
    ('CARRY_OVER_CHAIN', 'MEDIUM', 500000, null),
    ('DISBURSED_OVER_AVAILABLE', 'HIGH', 500000, null),
    ('ALLOCATED_OVER_ASSIGNED', 'MEDIUM', 500000, null),
    ('RETURNED_OVER_CARRIED_IN', 'MEDIUM', 500000, null),
    ('RATE_VS_COUNTS', 'MEDIUM', 0, null),
    ('SHARE_OUT_OF_RANGE', 'HIGH', null, null),
    ('MAGNITUDE', 'HIGH', null, 500),
    ('REPORTS_DISAGREE', 'LOW', null, null);

-- The settings that apply to each program (and, as program_id null, to figures without one: indicators).
create view finding_rule_effective as
select p.id as program_id, d.rule, coalesce(o.enabled, d.enabled) as enabled, coalesce(o.severity, d.severity) as severity,
       coalesce(o.tolerance, d.tolerance) as tolerance, coalesce(o.threshold, d.threshold) as threshold
  from finding_rule d cross join program p
  left join finding_rule o on o.program_id = p.id and o.rule = d.rule
 where d.program_id is null
union all
select null, rule, enabled, severity, tolerance, threshold from finding_rule where program_id is null;

create table finding (
    id           bigserial primary key,
    -- The figures' dataset, as uploads name it (funding-lines, indicator-values): the checks that recompute it.
    dataset      text    not null,
    rule         text    not null,
    -- The rule and the key it is about: a recomputation finds the same finding again by it.
    fingerprint  text    not null unique,
    -- The partition a change of figures recomputes.
    province_id  bigint  not null references admin_unit (id),
    unit_id      bigint  not null references admin_unit (id),
    program_id   bigint references program (id),
    indicator_id bigint references indicator (id),
    fiscal_year  smallint,
    period       text,
    severity     text    not null check (severity in ('LOW', 'MEDIUM', 'HIGH')),
    -- The key the finding is about (component, measure, source, axis, …) and the relation that does not hold.
    subject      jsonb   not null,
    relation     text    not null,
    expected     numeric,
    actual       numeric,
    difference   numeric,
    -- The figures involved: [{dataset, id, role, value, reportId, locator}].
    figures      jsonb   not null,
    report_ids   bigint[] not null default '{}',
    -- md5 of the figures' ids and values: a finding whose figures change reopens.
    digest       text    not null,
    status       text    not null default 'OPEN' check (status in ('OPEN', 'EXPLAINED', 'CONFIRMED', 'RESOLVED')),
    note         text,
    status_by    text,
    status_at    timestamptz,
    detected_at  timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      integer not null default 0,
    check (status in ('OPEN', 'RESOLVED') or note is not null)
);
create index finding_partition_idx on finding (province_id, dataset, rule);
create index finding_unit_idx on finding (unit_id);
create index finding_report_idx on finding using gin (report_ids);

-- "Tổng nguồn vốn được sử dụng: 15.187 (chuyển nguồn 4.672; giao 10.515)": the available total as the report states
-- it, so that a finding can compare it with carried in + assigned.
alter table funding_line drop constraint funding_line_measure_check;
alter table funding_line add constraint funding_line_measure_check check (measure in ('MEDIUM_TERM_PLAN', 'ASSIGNED',
    'ALLOCATED', 'DISBURSED', 'CARRIED_IN', 'CARRIED_OUT', 'RETURNED', 'PROPOSED', 'MOBILIZED', 'AVAILABLE'));

-- One figure of a finding, as the API shows it.
create function finding_figure(dataset text, id bigint, role text, value numeric, report_id bigint, locator text)
returns jsonb language sql immutable as $$
  select jsonb_build_object('dataset', dataset, 'id', id, 'role', role, 'value', value, 'reportId', report_id,
                            'locator', locator)
$$;

-- The rounding a printed amount may carry: half of the largest power of ten dividing it ("5,663 tỷ" = 5.663.000.000
-- was printed to the triệu: ± 500.000), never more than the rule's cap.
create function finding_print_tolerance(amount numeric, cap numeric) returns numeric language sql immutable as $$
  select least(coalesce(cap, 0), (select 10::numeric ^ max(k) / 2 from generate_series(0, 15) k
                                   where amount % (10::numeric ^ k) = 0))
$$;

-- Which datasets' findings have been computed over all their figures: figures stored before a dataset's checks
-- existed (this migration, a new check) are checked once at startup (finding/FindingBootstrap), afterwards every
-- change recomputes its provinces.
create table finding_computed (
    dataset     text primary key,
    computed_at timestamptz not null default now()
);
