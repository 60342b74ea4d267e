-- The indicator catalogue covers what the seed reports measure (issue 9 §4): policy beneficiaries, Social Policy
-- Bank credit, vocational training and jobs, program outputs, communication and monitoring outputs. Definitions stay
-- data (ADMIN manages them over /api/v1/indicators). Three changes of shape come with it:
--   1. Disaggregation categories become a code list per indicator (indicator_category) instead of free text: a
--      value's category must be one of its indicator's codes (a foreign key backs the API's UNKNOWN_CATEGORY), or
--      null for the reported total. Values of different categories are never added to each other: a roll-up reads
--      one category (or the total) at a time, and the total stands beside its categories, never summed from them.
--   2. A TARGET may state a bound: comparator GT (trên), GE (ít nhất, tối thiểu), LT (dưới), LE (tối đa), EQ, APPROX
--      (khoảng); null = a level with no stated direction.
--   3. KILOGRAM joins the units of measure (rice support is reported in kg).

alter table indicator drop constraint indicator_unit_of_measure_check;
alter table indicator add constraint indicator_unit_of_measure_check check (unit_of_measure in
    ('HOUSEHOLD', 'HOUSEHOLD_TIME', 'PERSON', 'PERSON_TIME', 'COUNT', 'PERCENT', 'VND', 'KILOGRAM'));

create table indicator_category (
    id           bigserial primary key,
    indicator_id bigint  not null references indicator (id),
    code         text    not null check (code ~ '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$' and length(code) <= 64),
    name_vi      text    not null,
    name_en      text,
    sort_order   integer not null default 0,
    version      integer not null default 0,
    updated_at   timestamptz not null default now(),
    constraint indicator_category_code unique (indicator_id, code)
);

alter table indicator_value add column comparator text
    check (comparator in ('GT', 'GE', 'LT', 'LE', 'EQ', 'APPROX'));
alter table indicator_value add constraint indicator_value_comparator_target check (comparator is null or kind = 'TARGET');

create temporary table seed_indicator (
    code text, name_vi text, name_en text, unit_of_measure text, dimension text, description text);
create temporary table seed_ratio (code text, name_vi text, name_en text, dimension text, numerator text, denominator text);
-- Category sets shared by several indicators, then which indicator takes which set.
create temporary table seed_set (set_name text, code text, name_vi text, name_en text, sort_order int);
create temporary table seed_uses (indicator text, set_name text);
insert into seed_indicator values
  -- Poverty dynamics.
  ('HH_POOR_REDUCED', 'Số hộ nghèo giảm', 'Decrease in the number of poor households', 'HOUSEHOLD', 'INCOME',
   'Số hộ nghèo giảm trong kỳ (so với đầu kỳ hoặc năm trước), như báo cáo nêu.'),
  ('HH_NEAR_POOR_REDUCED', 'Số hộ cận nghèo giảm', 'Decrease in the number of near-poor households', 'HOUSEHOLD',
   'INCOME', null),
  ('HH_POOR_NEAR_POOR_REDUCED', 'Số hộ nghèo, hộ cận nghèo giảm', 'Decrease in poor and near-poor households',
   'HOUSEHOLD', 'INCOME', null),
  -- Employment and vocational training.
  ('WORKERS_ABROAD_CONTRACT', 'Số người lao động đi làm việc ở nước ngoài theo hợp đồng',
   'Workers sent to work abroad under contract', 'PERSON', 'EMPLOYMENT', null),
  ('VOCATIONAL_COURSES', 'Số lớp đào tạo nghề', 'Vocational training courses', 'COUNT', 'EMPLOYMENT', null),
  ('WORKERS_NEEDING_VOCATIONAL_TRAINING', 'Số người lao động có nhu cầu, đăng ký học nghề',
   'Workers who need or registered for vocational training', 'PERSON', 'EMPLOYMENT', null),
  ('WORKERS_VOCATIONAL_SUPPORTED_IN_NEED', 'Số người lao động có nhu cầu được hỗ trợ đào tạo kỹ năng nghề',
   'Workers in need supported with vocational skills training', 'PERSON', 'EMPLOYMENT', null),
  ('WORKERS_NEEDING_JOB_SUPPORT', 'Số người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo có nhu cầu hỗ trợ việc làm',
   'Workers of poor, near-poor and newly escaped households who need job support', 'PERSON', 'EMPLOYMENT', null),
  ('WORKERS_JOB_SUPPORTED', 'Số người lao động có nhu cầu được hỗ trợ kết nối, tư vấn, định hướng nghề nghiệp, thông tin thị trường lao động, tìm việc làm',
   'Workers in need given job connection, counselling, labour-market information or job-search support', 'PERSON',
   'EMPLOYMENT', null),
  ('PERSONS_ABLE_TO_WORK_IN_NEED', 'Số người có khả năng lao động, có nhu cầu thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo',
   'People able to work and in need, of poor, near-poor and newly escaped households', 'PERSON', 'EMPLOYMENT', null),
  ('PERSONS_PRODUCTION_CAPACITY_SUPPORTED', 'Số người được hỗ trợ nâng cao năng lực sản xuất nông, lâm, ngư nghiệp',
   'People supported to improve agricultural, forestry or fishery production capacity', 'PERSON', 'EMPLOYMENT', null),
  ('HH_POOR_NEAR_POOR_WITH_WORKING_AGE', 'Số hộ nghèo, hộ cận nghèo có thành viên trong độ tuổi lao động',
   'Poor and near-poor households with a working-age member', 'HOUSEHOLD', 'EMPLOYMENT', null),
  ('HH_POOR_NEAR_POOR_STABLE_JOB', 'Số hộ nghèo, hộ cận nghèo có ít nhất một thành viên có việc làm ổn định',
   'Poor and near-poor households with at least one member in a stable job', 'HOUSEHOLD', 'EMPLOYMENT', null),
  -- Education.
  ('CHILDREN_POOR_NEAR_POOR_SCHOOL_AGE', 'Số trẻ em thuộc hộ nghèo, hộ cận nghèo trong độ tuổi đi học',
   'School-age children of poor and near-poor households', 'PERSON', 'EDUCATION', null),
  ('CHILDREN_POOR_NEAR_POOR_IN_SCHOOL', 'Số trẻ em thuộc hộ nghèo, hộ cận nghèo đi học đúng độ tuổi',
   'Children of poor and near-poor households attending school at the right age', 'PERSON', 'EDUCATION', null),
  ('BENEFIT_TUITION_EXEMPTION_PERSONS', 'Số học sinh được miễn, giảm học phí', 'Pupils exempted from tuition (persons)',
   'PERSON', 'EDUCATION', 'Người, không phải lượt: báo cáo đếm "em".'),
  ('BENEFIT_STUDY_COST_SUPPORT_PERSONS', 'Số học sinh được hỗ trợ chi phí học tập', 'Pupils given study-cost support (persons)',
   'PERSON', 'EDUCATION', null),
  ('BENEFIT_LUNCH_SUPPORT_PERSONS', 'Số trẻ em được hỗ trợ tiền ăn trưa', 'Children given lunch support (persons)',
   'PERSON', 'EDUCATION', null),
  ('BENEFIT_TUITION_OR_STUDY_COST', 'Số lượt học sinh được miễn giảm học phí và hỗ trợ chi phí học tập',
   'Tuition exemption and study-cost support together (times)', 'PERSON_TIME', 'EDUCATION',
   'Khi báo cáo gộp hai chính sách thành một số.'),
  ('BENEFIT_MEAL_SUPPORT_DECREE116_PERSONS', 'Số học sinh được hỗ trợ tiền ăn theo Nghị định 116/2016/NĐ-CP',
   'Pupils given meal support under Decree 116/2016 (persons)', 'PERSON', 'EDUCATION', null),
  ('BENEFIT_RICE_SUPPORT_PERSONS', 'Số người được hỗ trợ gạo', 'People given rice support', 'PERSON', null, null),
  ('BENEFIT_RICE_SUPPORT_HOUSEHOLD_TIMES', 'Số lượt hộ được hỗ trợ gạo', 'Rice support (household-times)',
   'HOUSEHOLD_TIME', null, null),
  ('BENEFIT_RICE_KG', 'Số gạo hỗ trợ', 'Rice given (kg)', 'KILOGRAM', null, null),
  -- Health.
  ('HEALTH_CHECKUPS', 'Số lượt người được khám bệnh', 'Medical check-ups (person-times)', 'PERSON_TIME', 'HEALTH', null),
  -- Housing.
  ('HOUSES_BUILT', 'Số nhà ở được xây mới', 'Houses newly built', 'COUNT', 'HOUSING',
   'Nhà, như báo cáo đếm "nhà"; số hộ được hỗ trợ là HH_HOUSING_SUPPORTED.'),
  ('HOUSES_REPAIRED', 'Số nhà ở được sửa chữa, nâng cấp', 'Houses repaired or upgraded', 'COUNT', 'HOUSING', null),
  ('HOUSES_BUILT_OR_REPAIRED', 'Số nhà ở được xây mới hoặc sửa chữa', 'Houses built or repaired (not told apart)',
   'COUNT', 'HOUSING', null),
  ('HH_HOUSING_NEED', 'Số hộ nghèo, hộ cận nghèo có nhu cầu hỗ trợ nhà ở', 'Poor and near-poor households needing housing support',
   'HOUSEHOLD', 'HOUSING', null),
  ('HH_DEPRIVED_HOUSING_ANY', 'Số hộ thiếu hụt về chất lượng nhà ở hoặc diện tích nhà ở bình quân đầu người',
   'Households deprived in housing quality or floor area (together)', 'HOUSEHOLD', 'HOUSING', null),
  -- Water and sanitation.
  ('PERSONS_RURAL', 'Dân số nông thôn', 'Rural population', 'PERSON', 'WATER_SANITATION', null),
  ('PERSONS_RURAL_HYGIENIC_WATER', 'Số dân nông thôn sử dụng nước hợp vệ sinh', 'Rural people using hygienic water',
   'PERSON', 'WATER_SANITATION', null),
  ('HH_LATRINE_SUPPORTED', 'Số hộ nghèo, hộ cận nghèo được hỗ trợ xây dựng nhà tiêu hợp vệ sinh',
   'Poor and near-poor households supported to build hygienic latrines', 'HOUSEHOLD', 'WATER_SANITATION', null),
  ('BENEFIT_WATER_CONTAINER', 'Số hộ được hỗ trợ dụng cụ chứa nước sinh hoạt', 'Households given water containers',
   'HOUSEHOLD', 'WATER_SANITATION', null),
  -- Information.
  ('HH_POOR_NEAR_POOR_TELECOM_NEED', 'Số hộ nghèo, hộ cận nghèo có nhu cầu tiếp cận dịch vụ viễn thông, internet',
   'Poor and near-poor households needing telecom or internet services', 'HOUSEHOLD', 'INFORMATION', null),
  ('HH_POOR_NEAR_POOR_TELECOM_ACCESS', 'Số hộ nghèo, hộ cận nghèo có nhu cầu được tiếp cận sử dụng dịch vụ viễn thông, internet',
   'Poor and near-poor households in need with access to telecom or internet services', 'HOUSEHOLD', 'INFORMATION', null),
  ('HH_POVERTY_INFO_ACCESS', 'Số hộ gia đình được tiếp cận thông tin về giảm nghèo bền vững qua xuất bản phẩm, sản phẩm truyền thông',
   'Households reached by information on sustainable poverty reduction', 'HOUSEHOLD', 'INFORMATION', null),
  ('BENEFIT_INTERNET_SUPPORT', 'Số hộ nghèo, hộ cận nghèo được hỗ trợ lắp đặt internet miễn phí',
   'Poor and near-poor households given free internet installation', 'HOUSEHOLD', 'INFORMATION', null),
  -- Social Policy Bank credit: money in exact VND.
  ('BENEFIT_POLICY_CREDIT_HOUSEHOLDS', 'Số hộ vay vốn tín dụng chính sách', 'Policy-credit borrowers (households)',
   'HOUSEHOLD', null, 'Hộ, không phải lượt hộ (BENEFIT_POLICY_CREDIT_BORROWERS).'),
  ('POLICY_CREDIT_LOAN_AMOUNT_VND', 'Doanh số cho vay tín dụng chính sách', 'Policy-credit amount lent (VND)', 'VND', null,
   'Số tiền cho vay trong kỳ, đồng.'),
  ('POLICY_CREDIT_OUTSTANDING_VND', 'Dư nợ tín dụng chính sách', 'Policy-credit outstanding balance (VND)', 'VND', null,
   'Dư nợ tại cuối kỳ, đồng.'),
  ('POLICY_CREDIT_HH_WITH_BALANCE', 'Số hộ còn dư nợ tín dụng chính sách', 'Households with an outstanding policy loan',
   'HOUSEHOLD', null, 'Tại cuối kỳ.'),
  -- Program outputs.
  ('PRODUCTION_PROJECTS', 'Số dự án, mô hình hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế, giảm nghèo',
   'Production-support, livelihood and poverty-reduction projects or models', 'COUNT', null, null),
  ('PRODUCTION_PROJECT_HOUSEHOLDS', 'Số hộ tham gia, hưởng lợi dự án, mô hình hỗ trợ phát triển sản xuất',
   'Households taking part in or benefiting from production-support projects', 'HOUSEHOLD', null, null),
  ('PRODUCTION_PROJECTS_FUNDED', 'Số dự án, mô hình được phân bổ vốn', 'Production-support projects allocated funds',
   'COUNT', null, null),
  ('PRODUCTION_PROJECTS_COMPLETED', 'Số dự án, mô hình được phân bổ vốn đã hoàn thành',
   'Funded production-support projects completed', 'COUNT', null, null),
  ('BENEFIT_PRODUCTION_INPUTS', 'Số hộ nghèo được hỗ trợ giống, vốn, tư liệu sản xuất',
   'Poor households given seed stock, capital or means of production', 'HOUSEHOLD', null, null),
  ('INFRA_WORKS', 'Số công trình, dự án hạ tầng được đầu tư', 'Infrastructure works invested in', 'COUNT', null,
   'Danh mục tách theo loại công trình và theo chuyển tiếp / khởi công mới; các danh mục chồng lên nhau, không cộng.'),
  ('INFRA_WORKS_COMPLETED', 'Số công trình hạ tầng hoàn thành, nghiệm thu', 'Infrastructure works completed', 'COUNT', null, null),
  ('INFRA_WORKS_MAINTAINED', 'Số công trình được duy tu, bảo dưỡng', 'Works maintained or repaired', 'COUNT', null, null),
  ('COMMUNES_DBKK', 'Số xã đặc biệt khó khăn', 'Especially difficult communes', 'COUNT', null, null),
  ('COMMUNES_DBKK_INFRA_SUPPORTED', 'Số xã đặc biệt khó khăn được hỗ trợ đầu tư hạ tầng',
   'Especially difficult communes given infrastructure investment', 'COUNT', null, null),
  -- Communication.
  ('COMM_NEWS', 'Số tin tuyên truyền về giảm nghèo', 'News items on poverty reduction', 'COUNT', 'INFORMATION', null),
  ('COMM_ARTICLES', 'Số bài, phóng sự tuyên truyền về giảm nghèo', 'Articles and reportages on poverty reduction', 'COUNT',
   'INFORMATION', null),
  ('COMM_NEWS_ARTICLES', 'Số tin, bài, phóng sự tuyên truyền về giảm nghèo (không tách)',
   'News items, articles and reportages (not told apart)', 'COUNT', 'INFORMATION', null),
  ('COMM_DOCUMENT_BROADCASTS', 'Số lượt phát văn bản tuyên truyền về chính sách giảm nghèo',
   'Broadcasts of documents on poverty-reduction policy', 'COUNT', 'INFORMATION', null),
  ('COMM_SESSIONS', 'Số buổi, cuộc truyền thông trực tiếp, đối thoại chính sách', 'Direct communication or policy-dialogue sessions',
   'COUNT', 'INFORMATION', null),
  ('COMM_PARTICIPANTS', 'Số người tham dự truyền thông trực tiếp, đối thoại chính sách',
   'People attending direct communication or dialogue', 'PERSON', 'INFORMATION', null),
  ('COMM_PARTICIPANT_TIMES', 'Số lượt người tham dự truyền thông trực tiếp',
   'Attendance at direct communication (person-times)', 'PERSON_TIME', 'INFORMATION', null),
  ('COMM_PRODUCTS', 'Số sản phẩm truyền thông', 'Communication products', 'COUNT', 'INFORMATION', null),
  ('COMM_BANNERS', 'Số pano, băng rôn khẩu hiệu', 'Billboards and banners', 'COUNT', 'INFORMATION', null),
  ('COMM_CONTEST_PRIZES', 'Số giải thưởng cuộc thi về giảm nghèo', 'Prizes awarded in poverty-reduction contests', 'COUNT',
   'INFORMATION', null),
  -- Capacity building and monitoring.
  ('TRAINING_COURSES', 'Số lớp, buổi tập huấn', 'Training courses or sessions', 'COUNT', null, null),
  ('TRAINING_PARTICIPANTS', 'Số người tham gia tập huấn', 'Training participants (persons)', 'PERSON', null, null),
  ('TRAINING_PARTICIPANT_TIMES', 'Số lượt người tham gia tập huấn', 'Training participants (person-times)', 'PERSON_TIME', null, null),
  ('OFFICIALS_POVERTY', 'Số cán bộ làm công tác giảm nghèo', 'Officials working on poverty reduction', 'PERSON', null, null),
  ('OFFICIALS_POVERTY_TRAINED', 'Số cán bộ làm công tác giảm nghèo được bồi dưỡng, tập huấn',
   'Poverty-reduction officials trained', 'PERSON', null, null),
  ('INSPECTIONS', 'Số cuộc kiểm tra, giám sát', 'Inspections and monitoring visits', 'COUNT', null, null),
  ('COMMENDATIONS', 'Số tập thể, cá nhân, hộ gia đình được khen thưởng', 'Collectives, individuals and households commended',
   'COUNT', null, null),
  ('GIFTS', 'Số suất quà tặng', 'Gift packages given', 'COUNT', null, null);

insert into indicator (code, name_vi, name_en, unit_of_measure, aggregation, dimension, has_categories, description)
select code, name_vi, name_en, unit_of_measure, 'SUM', dimension, false, description from seed_indicator;

-- Changes of a rate cannot be summed or re-derived: reported values only (like POOR_RATE_REDUCTION, V040).
insert into indicator (code, name_vi, name_en, unit_of_measure, aggregation, dimension, has_categories, description) values
  ('NEAR_POOR_RATE_REDUCTION', 'Tỷ lệ giảm hộ cận nghèo', 'Reduction of the near-poor household rate (percentage points)',
   'PERCENT', 'NONE', 'INCOME', false, 'Theo báo cáo; không cộng dồn được.'),
  ('POOR_RATE_ETHNIC_MINORITY_REDUCTION', 'Tỷ lệ giảm hộ nghèo dân tộc thiểu số',
   'Reduction of the ethnic-minority poor household rate (percentage points)', 'PERCENT', 'NONE', 'INCOME', false,
   'Theo báo cáo; không cộng dồn được.');

insert into seed_ratio values
  ('POOR_NEAR_POOR_RATE', 'Tỷ lệ hộ nghèo, hộ cận nghèo', 'Poor and near-poor household rate', 'INCOME',
   'HH_POOR_NEAR_POOR', 'HH_TOTAL'),
  ('JOB_SUPPORT_RATE', 'Tỷ lệ người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo có nhu cầu được hỗ trợ việc làm',
   'Workers of poor, near-poor and newly escaped households in need who get job support', 'EMPLOYMENT',
   'WORKERS_JOB_SUPPORTED', 'WORKERS_NEEDING_JOB_SUPPORT'),
  ('VOCATIONAL_SUPPORT_RATE', 'Tỷ lệ người lao động có nhu cầu được hỗ trợ đào tạo kỹ năng nghề',
   'Workers in need supported with vocational skills training', 'EMPLOYMENT',
   'WORKERS_VOCATIONAL_SUPPORTED_IN_NEED', 'WORKERS_NEEDING_VOCATIONAL_TRAINING'),
  ('PRODUCTION_CAPACITY_SUPPORT_RATE', 'Tỷ lệ người có khả năng lao động, có nhu cầu được hỗ trợ nâng cao năng lực sản xuất',
   'People able to work and in need who are supported to improve production capacity', 'EMPLOYMENT',
   'PERSONS_PRODUCTION_CAPACITY_SUPPORTED', 'PERSONS_ABLE_TO_WORK_IN_NEED'),
  ('STABLE_JOB_HH_RATE', 'Tỷ lệ hộ nghèo, hộ cận nghèo có ít nhất một thành viên trong độ tuổi lao động có việc làm ổn định',
   'Poor and near-poor households with a working-age member in a stable job', 'EMPLOYMENT',
   'HH_POOR_NEAR_POOR_STABLE_JOB', 'HH_POOR_NEAR_POOR_WITH_WORKING_AGE'),
  ('SCHOOL_ATTENDANCE_RATE', 'Tỷ lệ trẻ em thuộc hộ nghèo, hộ cận nghèo đi học đúng độ tuổi',
   'Children of poor and near-poor households attending school at the right age', 'EDUCATION',
   'CHILDREN_POOR_NEAR_POOR_IN_SCHOOL', 'CHILDREN_POOR_NEAR_POOR_SCHOOL_AGE'),
  ('HOUSING_SUPPORT_RATE', 'Tỷ lệ hộ có nhu cầu đã được hỗ trợ nhà ở', 'Households in need supported with housing', 'HOUSING',
   'HH_HOUSING_SUPPORTED', 'HH_HOUSING_NEED'),
  ('RURAL_HYGIENIC_WATER_RATE', 'Tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh', 'Rural population using hygienic water',
   'WATER_SANITATION', 'PERSONS_RURAL_HYGIENIC_WATER', 'PERSONS_RURAL'),
  ('TELECOM_ACCESS_RATE', 'Tỷ lệ hộ nghèo, hộ cận nghèo có nhu cầu được tiếp cận sử dụng dịch vụ viễn thông, internet',
   'Poor and near-poor households in need with telecom or internet access', 'INFORMATION',
   'HH_POOR_NEAR_POOR_TELECOM_ACCESS', 'HH_POOR_NEAR_POOR_TELECOM_NEED'),
  ('POVERTY_INFO_ACCESS_RATE', 'Tỷ lệ hộ gia đình được tiếp cận thông tin về giảm nghèo bền vững',
   'Households reached by information on sustainable poverty reduction', 'INFORMATION',
   'HH_POVERTY_INFO_ACCESS', 'HH_TOTAL'),
  ('PRODUCTION_PROJECT_COMPLETION_RATE', 'Tỷ lệ dự án, mô hình được phân bổ vốn đã hoàn thành',
   'Funded production-support projects completed', null, 'PRODUCTION_PROJECTS_COMPLETED', 'PRODUCTION_PROJECTS_FUNDED'),
  ('DBKK_INFRA_SUPPORT_RATE', 'Tỷ lệ xã đặc biệt khó khăn được hỗ trợ đầu tư hạ tầng',
   'Especially difficult communes given infrastructure investment', null,
   'COMMUNES_DBKK_INFRA_SUPPORTED', 'COMMUNES_DBKK'),
  ('OFFICIALS_TRAINED_RATE', 'Tỷ lệ cán bộ làm công tác giảm nghèo được bồi dưỡng, tập huấn',
   'Poverty-reduction officials trained', null, 'OFFICIALS_POVERTY_TRAINED', 'OFFICIALS_POVERTY');

insert into indicator (code, name_vi, name_en, unit_of_measure, aggregation, numerator_id, denominator_id, scale,
                       dimension, has_categories)
select r.code, r.name_vi, r.name_en, 'PERCENT', 'RATIO', n.id, d.id, 100, r.dimension, false
  from seed_ratio r join indicator n on n.code = r.numerator join indicator d on d.code = r.denominator;

insert into seed_set values
  ('HH', 'POOR', 'Hộ nghèo', 'Poor households', 1),
  ('HH', 'NEAR_POOR', 'Hộ cận nghèo', 'Near-poor households', 2),
  ('HH', 'NEWLY_ESCAPED', 'Hộ mới thoát nghèo', 'Households newly escaped from poverty', 3),
  ('HH', 'ETHNIC_MINORITY', 'Hộ dân tộc thiểu số', 'Ethnic-minority households', 4),
  ('PERSON', 'POOR', 'Người thuộc hộ nghèo', 'People of poor households', 1),
  ('PERSON', 'NEAR_POOR', 'Người thuộc hộ cận nghèo', 'People of near-poor households', 2),
  ('PERSON', 'NEWLY_ESCAPED', 'Người thuộc hộ mới thoát nghèo', 'People of households newly escaped from poverty', 3),
  ('PERSON', 'ETHNIC_MINORITY', 'Người dân tộc thiểu số', 'Ethnic-minority people', 4),
  ('CARDS', 'CHILDREN_UNDER_6', 'Trẻ em dưới 6 tuổi', 'Children under 6', 11),
  ('CARDS', 'SOCIAL_PROTECTION', 'Người thuộc diện bảo trợ xã hội', 'Social-protection beneficiaries', 12),
  ('CARDS', 'DIFFICULT_AREA_RESIDENTS', 'Người sinh sống tại vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn',
   'Residents of especially difficult areas', 13),
  ('CREDIT', 'DIFFICULT_AREA_BUSINESS', 'Hộ sản xuất kinh doanh vùng khó khăn', 'Businesses in difficult areas', 11),
  ('CREDIT', 'STUDENTS', 'Học sinh, sinh viên', 'Pupils and students', 12),
  ('CREDIT', 'WOMEN_UNION', 'Qua Hội Liên hiệp phụ nữ', 'Through the Women''s Union', 13),
  ('CREDIT', 'VETERANS', 'Qua Hội Cựu chiến binh', 'Through the Veterans'' Association', 14),
  ('CREDIT', 'FARMERS_UNION', 'Qua Hội Nông dân', 'Through the Farmers'' Union', 15),
  ('AREA', 'POOR_DISTRICTS', 'Các huyện nghèo', 'Poor districts', 21),
  ('AREA', 'DBKK_COMMUNES', 'Các xã đặc biệt khó khăn', 'Especially difficult communes', 22),
  ('HOUSING_SOURCE', 'STATE_PROGRAM', 'Chương trình, Ban chỉ đạo hỗ trợ nhà ở của Nhà nước', 'State housing programme', 31),
  ('HOUSING_SOURCE', 'FATHERLAND_FRONT', 'Ủy ban MTTQ, Quỹ Vì người nghèo', 'Fatherland Front, Fund for the Poor', 32),
  ('HOUSING_SOURCE', 'RED_CROSS', 'Hội Chữ thập đỏ', 'Red Cross', 33),
  ('HOUSING_SOURCE', 'MILITARY', 'Quân khu', 'Military region', 34),
  ('HOUSING_SOURCE', 'MINISTRY_OF_PUBLIC_SECURITY', 'Bộ Công an', 'Ministry of Public Security', 35),
  ('HOUSING_SOURCE', 'MINISTRY_OF_DEFENCE', 'Bộ Quốc phòng', 'Ministry of National Defence', 36),
  ('HOUSING_SOURCE', 'ETHNIC_MINORITY_PROGRAM', 'Chương trình MTQG vùng đồng bào dân tộc thiểu số và miền núi',
   'Ethnic-minority and mountainous areas programme', 37),
  ('HOUSING_SOURCE', 'DISTRICT', 'Ủy ban nhân dân huyện', 'District People''s Committee', 38),
  ('HOUSING_SOURCE', 'ENTERPRISES_INDIVIDUALS', 'Tổ chức, cá nhân, doanh nghiệp', 'Organisations, individuals, enterprises', 39),
  ('HOUSING_SOURCE', 'WOMEN_UNION', 'Hội Liên hiệp phụ nữ', 'Women''s Union', 40),
  ('HOUSING_SOURCE', 'YOUTH_UNION', 'Đoàn Thanh niên', 'Youth Union', 41),
  ('HOUSING_KIND', 'NEW_HOUSE', 'Làm mới nhà ở', 'New house', 51),
  ('HOUSING_KIND', 'REPAIR', 'Sửa chữa nhà ở', 'Repair', 52),
  ('INFRA', 'ROADS', 'Đường giao thông', 'Roads', 1),
  ('INFRA', 'WATER_IRRIGATION', 'Nước sinh hoạt và thủy lợi', 'Domestic water and irrigation', 2),
  ('INFRA', 'CULTURE', 'Công trình văn hóa, nhà văn hóa', 'Cultural works', 3),
  ('INFRA', 'SCHOOLS', 'Trường học', 'Schools', 4),
  ('INFRA', 'HEALTH_STATIONS', 'Trạm y tế', 'Health stations', 5),
  ('INFRA', 'CONTINUING', 'Dự án chuyển tiếp', 'Continuing from the previous year', 11),
  ('INFRA', 'NEW_START', 'Dự án khởi công mới', 'Newly started', 12),
  ('PROJECT_KIND', 'CROPS', 'Trồng trọt', 'Crops', 1),
  ('PROJECT_KIND', 'LIVESTOCK', 'Chăn nuôi', 'Livestock', 2),
  ('PROJECT_KIND', 'VALUE_CHAIN', 'Liên kết theo chuỗi giá trị', 'Value-chain linkage', 3),
  ('PROJECT_KIND', 'DISTRICT_IMPLEMENTED', 'Do huyện thực hiện', 'Run by the district', 4),
  ('CHANNEL', 'LOCAL_RADIO', 'Hệ thống truyền thanh cấp huyện, xã', 'District and commune loudspeaker radio', 1),
  ('CHANNEL', 'WEBSITE', 'Cổng, trang thông tin điện tử', 'Web portal', 2),
  ('CHANNEL', 'PROVINCIAL_RADIO_TV', 'Đài Phát thanh - Truyền hình tỉnh', 'Provincial radio and television', 3),
  ('CHANNEL', 'TELEVISION', 'Truyền hình', 'Television', 4),
  ('TOPIC', 'CAPACITY_BUILDING', 'Nâng cao năng lực cán bộ làm công tác giảm nghèo', 'Capacity building of poverty officials', 1),
  ('TOPIC', 'COMMUNICATION', 'Truyền thông giảm nghèo', 'Poverty-reduction communication', 2),
  ('TOPIC', 'INFORMATION_OFFICERS', 'Cán bộ thông tin và truyền thông cơ sở', 'Local information and communication officers', 3),
  ('TOPIC', 'PRODUCTION_TECHNIQUES', 'Kỹ thuật sản xuất, khởi sự kinh doanh', 'Production techniques, starting a business', 4),
  ('ORGANISER', 'WOMEN_UNION', 'Do Hội Liên hiệp phụ nữ tổ chức', 'Run by the Women''s Union', 11),
  ('ORGANISER', 'FARMERS_UNION', 'Do Hội Nông dân tổ chức', 'Run by the Farmers'' Union', 12),
  ('INSPECTOR', 'BY_PROVINCE', 'Do cấp tỉnh kiểm tra', 'By the province', 1),
  ('INSPECTOR', 'BY_OWN_STEERING_COMMITTEE', 'Do Ban chỉ đạo cùng cấp kiểm tra cơ sở', 'By the unit''s own steering committee', 2),
  ('COMMENDED', 'COLLECTIVE', 'Tập thể', 'Collectives', 1),
  ('COMMENDED', 'INDIVIDUAL', 'Cá nhân', 'Individuals', 2),
  ('COMMENDED', 'HOUSEHOLD', 'Hộ gia đình', 'Households', 3),
  ('GIVER', 'TRADE_UNION', 'Liên đoàn Lao động', 'Trade Union', 11),
  ('GIVER', 'WOMEN_UNION', 'Hội Liên hiệp phụ nữ', 'Women''s Union', 12),
  ('GIVER', 'VETERANS', 'Hội Cựu chiến binh', 'Veterans'' Association', 13),
  ('GIVER', 'YOUTH_UNION', 'Đoàn Thanh niên', 'Youth Union', 14),
  ('GIVER', 'RED_CROSS', 'Hội Chữ thập đỏ', 'Red Cross', 15),
  ('SESSION', 'DIALOGUE', 'Đối thoại chính sách, truyền thông trực tiếp', 'Policy dialogue, direct communication', 1),
  ('MERITORIOUS', 'MERITORIOUS', 'Hộ người có công với cách mạng', 'Households of people with meritorious services', 1),
  ('JOBS', 'DOMESTIC_ENTERPRISES', 'Đi làm việc tại doanh nghiệp trong nước', 'Working at domestic enterprises', 1);

insert into seed_uses values
  ('BENEFIT_TUITION_EXEMPTION', 'PERSON'), ('BENEFIT_STUDY_COST_SUPPORT', 'PERSON'), ('BENEFIT_LUNCH_SUPPORT', 'PERSON'),
  ('BENEFIT_TUITION_EXEMPTION_PERSONS', 'PERSON'), ('BENEFIT_STUDY_COST_SUPPORT_PERSONS', 'PERSON'),
  ('BENEFIT_LUNCH_SUPPORT_PERSONS', 'PERSON'), ('BENEFIT_TUITION_OR_STUDY_COST', 'PERSON'),
  ('BENEFIT_HEALTH_INSURANCE_CARDS', 'PERSON'), ('BENEFIT_HEALTH_INSURANCE_CARDS', 'CARDS'),
  ('BENEFIT_LEGAL_AID', 'PERSON'), ('WORKERS_VOCATIONAL_TRAINED', 'PERSON'),
  ('COMM_PARTICIPANTS', 'PERSON'), ('COMM_PARTICIPANT_TIMES', 'PERSON'),
  ('BENEFIT_ELECTRICITY_SUPPORT', 'HH'), ('PRODUCTION_PROJECT_HOUSEHOLDS', 'HH'),
  ('BENEFIT_POLICY_CREDIT_BORROWERS', 'HH'), ('BENEFIT_POLICY_CREDIT_BORROWERS', 'CREDIT'),
  ('BENEFIT_POLICY_CREDIT_HOUSEHOLDS', 'HH'), ('BENEFIT_POLICY_CREDIT_HOUSEHOLDS', 'CREDIT'),
  ('POLICY_CREDIT_LOAN_AMOUNT_VND', 'HH'), ('POLICY_CREDIT_LOAN_AMOUNT_VND', 'CREDIT'),
  ('POLICY_CREDIT_OUTSTANDING_VND', 'HH'), ('POLICY_CREDIT_OUTSTANDING_VND', 'CREDIT'),
  ('POLICY_CREDIT_HH_WITH_BALANCE', 'HH'), ('POLICY_CREDIT_HH_WITH_BALANCE', 'CREDIT'),
  ('HH_HOUSING_SUPPORTED', 'HH'), ('HH_HOUSING_SUPPORTED', 'HOUSING_SOURCE'), ('HH_HOUSING_SUPPORTED', 'HOUSING_KIND'),
  ('HOUSES_BUILT', 'HOUSING_SOURCE'), ('HOUSES_REPAIRED', 'HOUSING_SOURCE'), ('HOUSES_BUILT_OR_REPAIRED', 'HOUSING_SOURCE'),
  ('POOR_RATE_REDUCTION', 'AREA'), ('HH_TOTAL', 'AREA'),
  ('PRODUCTION_CAPACITY_SUPPORT_RATE', 'AREA'), ('PERSONS_PRODUCTION_CAPACITY_SUPPORTED', 'AREA'),
  ('PERSONS_ABLE_TO_WORK_IN_NEED', 'AREA'), ('POVERTY_INFO_ACCESS_RATE', 'AREA'), ('HH_POVERTY_INFO_ACCESS', 'AREA'),
  ('INFRA_WORKS', 'INFRA'), ('INFRA_WORKS_COMPLETED', 'INFRA'), ('INFRA_WORKS_MAINTAINED', 'INFRA'),
  ('PRODUCTION_PROJECTS', 'PROJECT_KIND'),
  ('COMM_NEWS', 'CHANNEL'), ('COMM_ARTICLES', 'CHANNEL'), ('COMM_NEWS_ARTICLES', 'CHANNEL'),
  ('TRAINING_COURSES', 'TOPIC'), ('TRAINING_PARTICIPANTS', 'TOPIC'), ('TRAINING_PARTICIPANT_TIMES', 'TOPIC'),
  ('TRAINING_COURSES', 'ORGANISER'), ('TRAINING_PARTICIPANTS', 'ORGANISER'), ('TRAINING_PARTICIPANT_TIMES', 'ORGANISER'),
  ('INSPECTIONS', 'INSPECTOR'), ('COMMENDATIONS', 'COMMENDED'), ('COMM_SESSIONS', 'SESSION'),
  ('GIFTS', 'HH'), ('GIFTS', 'GIVER'), ('HH_POOR_NEAR_POOR', 'MERITORIOUS'), ('WORKERS_JOBS_CREATED', 'JOBS');

insert into indicator_category (indicator_id, code, name_vi, name_en, sort_order)
select i.id, s.code, s.name_vi, s.name_en, s.sort_order
  from seed_uses u join indicator i on i.code = u.indicator join seed_set s on s.set_name = u.set_name;

-- Existing free-text categories become codes: a text naming a code's Vietnamese name (NFC, case and spacing
-- ignored) or the code itself maps to it; the names the first demo data used map to the codes above; any other text
-- becomes a new code of its indicator (C1, C2, … in order of first use) named by that text, so no value loses its
-- breakdown.
create temporary table seed_alias (indicator text, alias text, code text);
insert into seed_alias values
  ('BENEFIT_HEALTH_INSURANCE_CARDS', 'người nghèo', 'POOR'),
  ('BENEFIT_HEALTH_INSURANCE_CARDS', 'người cận nghèo', 'NEAR_POOR'),
  ('BENEFIT_HEALTH_INSURANCE_CARDS', 'người dân tộc thiểu số', 'ETHNIC_MINORITY'),
  ('BENEFIT_HEALTH_INSURANCE_CARDS', 'trẻ em dưới 6 tuổi', 'CHILDREN_UNDER_6'),
  ('BENEFIT_HEALTH_INSURANCE_CARDS', 'người thuộc diện bảo trợ xã hội', 'SOCIAL_PROTECTION'),
  ('BENEFIT_HEALTH_INSURANCE_CARDS', 'người sống tại vùng đặc biệt khó khăn', 'DIFFICULT_AREA_RESIDENTS'),
  ('BENEFIT_POLICY_CREDIT_BORROWERS', 'hộ sản xuất kinh doanh vùng khó khăn', 'DIFFICULT_AREA_BUSINESS');

create temporary table value_category as
select distinct v.indicator_id, v.category,
       lower(regexp_replace(btrim(normalize(v.category, NFC)), '\s+', ' ', 'g')) as folded
  from indicator_value v where v.category is not null;

alter table value_category add column code text;
update value_category vc set code = c.code
  from indicator_category c
 where c.indicator_id = vc.indicator_id
   and (c.code = vc.category or lower(regexp_replace(btrim(normalize(c.name_vi, NFC)), '\s+', ' ', 'g')) = vc.folded);
update value_category vc set code = a.code
  from seed_alias a join indicator i on i.code = a.indicator
 where vc.code is null and i.id = vc.indicator_id and a.alias = vc.folded;
with numbered as (
  select indicator_id, category,
         row_number() over (partition by indicator_id order by category) as n
    from value_category where code is null)
update value_category vc set code = 'C' || numbered.n
  from numbered where numbered.indicator_id = vc.indicator_id and numbered.category = vc.category;
insert into indicator_category (indicator_id, code, name_vi, sort_order)
select vc.indicator_id, vc.code, btrim(normalize(vc.category, NFC)), 1000 + row_number() over (order by vc.code)
  from value_category vc
 where not exists (select 1 from indicator_category c where c.indicator_id = vc.indicator_id and c.code = vc.code);
update indicator_value v set category = vc.code
  from value_category vc where vc.indicator_id = v.indicator_id and vc.category = v.category and v.category <> vc.code;

-- The code list decides now: an indicator has categories when it has codes.
alter table indicator drop column has_categories;
alter table indicator_value add constraint indicator_value_category_fk foreign key (indicator_id, category)
    references indicator_category (indicator_id, code);

drop table seed_indicator;
drop table seed_ratio;
drop table seed_set;
drop table seed_uses;
drop table seed_alias;
drop table value_category;
