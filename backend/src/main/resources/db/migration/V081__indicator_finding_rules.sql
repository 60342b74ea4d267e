-- The indicator rules issue 10 lists beyond V080's (docs/findings.md, "Indicator rules"): categories against their
-- total, years against their period, a stated change against the two levels it compares, and values against their
-- own history. Each is a rule kind of its own in finding_rule (indicator rules have no program: the default row is
-- what applies), and each reads what it needs from the indicator catalogue, as data ADMIN manages:
--   indicator_category.partition  categories with the same partition name split their indicator's total: disjoint,
--                                 and together the whole (poor + near-poor + newly escaped borrowers). Categories
--                                 without one may overlap (ethnic minority vs poor) and are never summed.
--   indicator.adds_over_time      values add over time (jobs created, houses built, a decrease): a period's value is
--                                 the sum of its years'. Stocks (poor households, rates, balances) never add.
--   indicator.change_of_id        the level indicator this one states a change of (POOR_RATE_REDUCTION of
--   indicator.change_direction    POOR_RATE, DECREASE): between the end of the year before its period and its end.

alter table finding_rule drop constraint finding_rule_rule_check;
alter table finding_rule add constraint finding_rule_rule_check check (rule in ('TOTAL_VS_PARTS', 'AVAILABLE_VS_FLOWS',
    'CARRY_OVER_CHAIN', 'DISBURSED_OVER_AVAILABLE', 'ALLOCATED_OVER_ASSIGNED', 'RETURNED_OVER_CARRIED_IN', 'RATE_VS_COUNTS',
    'SHARE_OUT_OF_RANGE', 'MAGNITUDE', 'REPORTS_DISAGREE', 'CATEGORIES_VS_TOTAL', 'YEARS_VS_PERIOD', 'CHANGE_VS_LEVELS',
    'MAGNITUDE_VS_HISTORY', 'YEAR_OVER_YEAR_JUMP'));

-- tolerance: CATEGORIES_VS_TOTAL and YEARS_VS_PERIOD: the largest rounding (VND) a printed amount may carry (counts
--            are exact); CHANGE_VS_LEVELS: units beyond the printed decimals of the change and its levels.
-- threshold: MAGNITUDE_VS_HISTORY: how many times the median of its other periods a value must be (or how many times
--            smaller); YEAR_OVER_YEAR_JUMP: the factor between two consecutive years that is implausible.
insert into finding_rule (rule, severity, tolerance, threshold) values
    ('CATEGORIES_VS_TOTAL', 'HIGH', 500000, null),
    ('YEARS_VS_PERIOD', 'MEDIUM', 500000, null),
    ('CHANGE_VS_LEVELS', 'MEDIUM', 0, null),
    ('MAGNITUDE_VS_HISTORY', 'HIGH', null, 500),
    ('YEAR_OVER_YEAR_JUMP', 'LOW', null, 10);

alter table indicator add column adds_over_time boolean not null default false;
alter table indicator add column change_of_id bigint references indicator (id);
alter table indicator add column change_direction text check (change_direction in ('DECREASE', 'INCREASE'));
alter table indicator add constraint indicator_change_of check ((change_of_id is null) = (change_direction is null)
    and change_of_id is distinct from id);
create index indicator_change_of_idx on indicator (change_of_id) where change_of_id is not null;

alter table indicator_category add column partition text
    check (partition ~ '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$' and length(partition) <= 64);

-- Changes of a level: a decrease stated in the level's own unit (households, percentage points).
update indicator c set change_of_id = l.id, change_direction = 'DECREASE'
  from (values ('POOR_RATE_REDUCTION', 'POOR_RATE'), ('NEAR_POOR_RATE_REDUCTION', 'NEAR_POOR_RATE'),
               ('POOR_RATE_ETHNIC_MINORITY_REDUCTION', 'POOR_RATE_ETHNIC_MINORITY'), ('HH_POOR_REDUCED', 'HH_POOR'),
               ('HH_NEAR_POOR_REDUCED', 'HH_NEAR_POOR'), ('HH_POOR_NEAR_POOR_REDUCED', 'HH_POOR_NEAR_POOR')) m (chg, lvl)
  join indicator l on l.code = m.lvl
 where c.code = m.chg;

-- What adds over time: changes (they telescope), events and times served, things built, money lent. Not distinct
-- people or households over a period (a pupil supported in two years is one pupil of the two), not works or projects
-- under way (a continuing work is counted again each year), not stocks.
update indicator set adds_over_time = true
 where change_of_id is not null
    or code in ('HH_POOR_VOLUNTARY_EXIT', 'WORKERS_JOBS_CREATED', 'WORKERS_CONNECTED_TO_JOBS', 'WORKERS_VOCATIONAL_TRAINED',
                'WORKERS_ABROAD_CONTRACT', 'VOCATIONAL_COURSES', 'HH_HOUSING_SUPPORTED', 'HOUSES_BUILT', 'HOUSES_REPAIRED',
                'HOUSES_BUILT_OR_REPAIRED', 'HH_LATRINE_SUPPORTED', 'BENEFIT_TUITION_EXEMPTION',
                'BENEFIT_STUDY_COST_SUPPORT', 'BENEFIT_LUNCH_SUPPORT', 'BENEFIT_HEALTH_INSURANCE_CARDS',
                'BENEFIT_ELECTRICITY_SUPPORT', 'BENEFIT_POLICY_CREDIT_BORROWERS', 'BENEFIT_LEGAL_AID',
                'BENEFIT_TUITION_OR_STUDY_COST', 'BENEFIT_RICE_SUPPORT_HOUSEHOLD_TIMES', 'BENEFIT_RICE_KG',
                'HEALTH_CHECKUPS', 'POLICY_CREDIT_LOAN_AMOUNT_VND', 'INFRA_WORKS_COMPLETED', 'INFRA_WORKS_MAINTAINED',
                'COMM_NEWS', 'COMM_ARTICLES', 'COMM_NEWS_ARTICLES', 'COMM_DOCUMENT_BROADCASTS', 'COMM_SESSIONS',
                'COMM_PARTICIPANT_TIMES', 'COMM_PRODUCTS', 'COMM_BANNERS', 'COMM_CONTEST_PRIZES', 'TRAINING_COURSES',
                'TRAINING_PARTICIPANT_TIMES', 'INSPECTIONS', 'COMMENDATIONS', 'GIFTS');

-- Partitions, only where the codes are disjoint and together the whole by the indicator's definition:
--   policy-credit borrowers (V040: "hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo") by target group; money lent and
--   outstanding by loan programme (one loan, one programme); works by type and by stage (continuing or newly
--   started); housing support by kind (new or repaired); commendations by whom.
-- Not: population groups of people or trainees (ethnic minority overlaps poor; others take part too), inspections
-- by inspector (000 l.41 and l.51 count different inspections), channels of communication or credit (a borrower of
-- one programme goes through any union), sources of housing support (one house, several sources).
update indicator_category c set partition = m.part
  from (values ('BENEFIT_POLICY_CREDIT_BORROWERS', 'TARGET_GROUP', array['POOR', 'NEAR_POOR', 'NEWLY_ESCAPED']),
               ('POLICY_CREDIT_LOAN_AMOUNT_VND', 'LOAN_PROGRAM',
                array['POOR', 'NEAR_POOR', 'NEWLY_ESCAPED', 'DIFFICULT_AREA_BUSINESS', 'STUDENTS']),
               ('POLICY_CREDIT_OUTSTANDING_VND', 'LOAN_PROGRAM',
                array['POOR', 'NEAR_POOR', 'NEWLY_ESCAPED', 'DIFFICULT_AREA_BUSINESS', 'STUDENTS']),
               ('INFRA_WORKS', 'WORK_TYPE', array['ROADS', 'WATER_IRRIGATION', 'CULTURE', 'SCHOOLS', 'HEALTH_STATIONS']),
               ('INFRA_WORKS', 'STAGE', array['CONTINUING', 'NEW_START']),
               ('INFRA_WORKS_COMPLETED', 'WORK_TYPE',
                array['ROADS', 'WATER_IRRIGATION', 'CULTURE', 'SCHOOLS', 'HEALTH_STATIONS']),
               ('INFRA_WORKS_COMPLETED', 'STAGE', array['CONTINUING', 'NEW_START']),
               ('INFRA_WORKS_MAINTAINED', 'WORK_TYPE',
                array['ROADS', 'WATER_IRRIGATION', 'CULTURE', 'SCHOOLS', 'HEALTH_STATIONS']),
               ('HH_HOUSING_SUPPORTED', 'HOUSING_KIND', array['NEW_HOUSE', 'REPAIR']),
               ('COMMENDATIONS', 'COMMENDED', array['COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD'])) m (ind, part, codes)
  join indicator i on i.code = m.ind
 where c.indicator_id = i.id and c.code = any (m.codes);

-- Stored values have no findings of the new rules yet: checked once at the next start (finding/FindingBootstrap).
delete from finding_computed where dataset = 'indicator-values';
