-- Indicator definitions the source reports use (DOMAIN.md §4). Definitions are data: more can be added over the API.
-- Names follow the documents' wording; rates are RATIOs of stored counts (Σnumerator / Σdenominator × 100), so they
-- aggregate correctly over the unit tree instead of averaging percentages.

-- V001 left unit_of_measure free text; the API publishes a closed list, so the database enforces it too.
alter table indicator add constraint indicator_unit_of_measure_check check (unit_of_measure in
    ('HOUSEHOLD', 'HOUSEHOLD_TIME', 'PERSON', 'PERSON_TIME', 'COUNT', 'PERCENT', 'VND'));

create temporary table seed_indicator (
    code text, name_vi text, name_en text, unit_of_measure text, dimension text, has_categories boolean,
    description text);

insert into seed_indicator values
  -- Poverty counts per unit and period.
  ('HH_TOTAL', 'Tổng số hộ', 'Total households', 'HOUSEHOLD', null, false,
   'Tổng số hộ dân cư trên địa bàn: mẫu số của tỷ lệ hộ nghèo, cận nghèo và các tỷ lệ thiếu hụt.'),
  ('HH_POOR', 'Số hộ nghèo', 'Poor households', 'HOUSEHOLD', 'INCOME', false,
   'Hộ nghèo theo chuẩn nghèo đa chiều (Nghị định 07/2021/NĐ-CP).'),
  ('HH_NEAR_POOR', 'Số hộ cận nghèo', 'Near-poor households', 'HOUSEHOLD', 'INCOME', false,
   'Hộ cận nghèo theo chuẩn nghèo đa chiều (Nghị định 07/2021/NĐ-CP).'),
  ('HH_POOR_NEAR_POOR', 'Tổng số hộ nghèo, hộ cận nghèo', 'Poor and near-poor households', 'HOUSEHOLD', 'INCOME', false,
   'Mẫu số của các tỷ lệ hộ nghèo, hộ cận nghèo sử dụng nước sinh hoạt, nhà tiêu hợp vệ sinh.'),
  ('HH_NEWLY_ESCAPED_POVERTY', 'Số hộ mới thoát nghèo', 'Households newly escaped from poverty', 'HOUSEHOLD', 'INCOME', false,
   'Hộ mới thoát nghèo trong vòng 36 tháng.'),
  ('HH_ETHNIC_MINORITY', 'Số hộ dân tộc thiểu số', 'Ethnic-minority households', 'HOUSEHOLD', null, false, null),
  ('HH_POOR_ETHNIC_MINORITY', 'Số hộ nghèo dân tộc thiểu số', 'Ethnic-minority poor households', 'HOUSEHOLD', 'INCOME', false, null),
  ('HH_POOR_VOLUNTARY_EXIT', 'Số hộ nghèo tự nguyện xin thoát nghèo', 'Poor households that asked to leave the poor list voluntarily',
   'HOUSEHOLD', 'INCOME', false, null),
  -- The 12 deprivation indicators of Decree 07/2021/NĐ-CP: households deprived, per dimension.
  ('HH_DEPRIVED_JOBS', 'Số hộ thiếu hụt chỉ số việc làm', 'Households deprived in jobs', 'HOUSEHOLD', 'EMPLOYMENT', false, null),
  ('HH_DEPRIVED_DEPENDANTS', 'Số hộ thiếu hụt chỉ số người phụ thuộc trong hộ gia đình',
   'Households deprived in dependants', 'HOUSEHOLD', 'EMPLOYMENT', false, null),
  ('HH_DEPRIVED_NUTRITION', 'Số hộ thiếu hụt chỉ số dinh dưỡng', 'Households deprived in nutrition', 'HOUSEHOLD', 'HEALTH', false, null),
  ('HH_DEPRIVED_HEALTH_INSURANCE', 'Số hộ thiếu hụt chỉ số bảo hiểm y tế', 'Households deprived in health insurance',
   'HOUSEHOLD', 'HEALTH', false, null),
  ('HH_DEPRIVED_ADULT_EDUCATION', 'Số hộ thiếu hụt chỉ số trình độ giáo dục của người lớn',
   'Households deprived in adult education', 'HOUSEHOLD', 'EDUCATION', false, null),
  ('HH_DEPRIVED_SCHOOL_ATTENDANCE', 'Số hộ thiếu hụt chỉ số tình trạng đi học của trẻ em',
   'Households deprived in children''s school attendance', 'HOUSEHOLD', 'EDUCATION', false, null),
  ('HH_DEPRIVED_HOUSING_QUALITY', 'Số hộ thiếu hụt chỉ số chất lượng nhà ở', 'Households deprived in housing quality',
   'HOUSEHOLD', 'HOUSING', false, null),
  ('HH_DEPRIVED_HOUSING_AREA', 'Số hộ thiếu hụt chỉ số diện tích nhà ở bình quân đầu người',
   'Households deprived in floor area per person', 'HOUSEHOLD', 'HOUSING', false, null),
  ('HH_DEPRIVED_DOMESTIC_WATER', 'Số hộ thiếu hụt chỉ số nguồn nước sinh hoạt', 'Households deprived in domestic water',
   'HOUSEHOLD', 'WATER_SANITATION', false, null),
  ('HH_DEPRIVED_LATRINE', 'Số hộ thiếu hụt chỉ số nhà tiêu hợp vệ sinh', 'Households deprived in hygienic latrines',
   'HOUSEHOLD', 'WATER_SANITATION', false, null),
  ('HH_DEPRIVED_TELECOM', 'Số hộ thiếu hụt chỉ số sử dụng dịch vụ viễn thông', 'Households deprived in telecom services',
   'HOUSEHOLD', 'INFORMATION', false, null),
  ('HH_DEPRIVED_INFORMATION_MEANS', 'Số hộ thiếu hụt chỉ số phương tiện phục vụ tiếp cận thông tin',
   'Households deprived in means of accessing information', 'HOUSEHOLD', 'INFORMATION', false, null),
  -- Program outcome counts (the numerators and denominators of the program's target rates).
  ('PERSONS_POOR_NEAR_POOR', 'Số người thuộc hộ nghèo, hộ cận nghèo', 'People in poor and near-poor households',
   'PERSON', 'HEALTH', false, null),
  ('PERSONS_POOR_NEAR_POOR_INSURED', 'Số người thuộc hộ nghèo, hộ cận nghèo được hỗ trợ tham gia bảo hiểm y tế',
   'People in poor and near-poor households supported with health insurance', 'PERSON', 'HEALTH', false, null),
  ('HH_POOR_NEAR_POOR_HYGIENIC_WATER', 'Số hộ nghèo, hộ cận nghèo sử dụng nước sinh hoạt hợp vệ sinh',
   'Poor and near-poor households using hygienic domestic water', 'HOUSEHOLD', 'WATER_SANITATION', false, null),
  ('HH_POOR_NEAR_POOR_HYGIENIC_LATRINE', 'Số hộ nghèo, hộ cận nghèo sử dụng nhà tiêu hợp vệ sinh',
   'Poor and near-poor households using hygienic latrines', 'HOUSEHOLD', 'WATER_SANITATION', false, null),
  ('WORKERS_TOTAL', 'Tổng số lao động', 'Workers (labour force)', 'PERSON', 'EMPLOYMENT', false,
   'Mẫu số của tỷ lệ lao động qua đào tạo.'),
  ('WORKERS_TRAINED', 'Số lao động qua đào tạo', 'Trained workers', 'PERSON', 'EMPLOYMENT', false, null),
  ('WORKERS_CONNECTED_TO_JOBS', 'Số người lao động được hỗ trợ kết nối việc làm thành công',
   'Workers connected to jobs', 'PERSON', 'EMPLOYMENT', false,
   'Người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo, vùng nghèo, vùng khó khăn (chỉ tiêu: tối thiểu 1.000 người/năm).'),
  ('WORKERS_JOBS_CREATED', 'Số lao động được giải quyết việc làm', 'Workers given jobs', 'PERSON', 'EMPLOYMENT', false, null),
  ('WORKERS_VOCATIONAL_TRAINED', 'Số lao động được đào tạo, bồi dưỡng nghề', 'Workers given vocational training',
   'PERSON', 'EMPLOYMENT', false, null),
  ('HH_HOUSING_SUPPORTED', 'Số hộ nghèo, hộ cận nghèo được hỗ trợ nhà ở', 'Poor and near-poor households supported with housing',
   'HOUSEHOLD', 'HOUSING', false, null),
  -- Policy beneficiaries: the reports count most of them in "lượt" (times served), not distinct people.
  ('BENEFIT_TUITION_EXEMPTION', 'Số lượt học sinh được miễn, giảm học phí', 'Tuition exemptions or reductions (times)',
   'PERSON_TIME', 'EDUCATION', true, 'Danh mục (category) tuỳ chọn: hộ nghèo, hộ cận nghèo, ...'),
  ('BENEFIT_STUDY_COST_SUPPORT', 'Số lượt học sinh được hỗ trợ chi phí học tập', 'Study-cost support (times)',
   'PERSON_TIME', 'EDUCATION', true, null),
  ('BENEFIT_LUNCH_SUPPORT', 'Số lượt trẻ em được hỗ trợ tiền ăn trưa', 'Lunch support for children (times)',
   'PERSON_TIME', 'EDUCATION', true, null),
  ('BENEFIT_HEALTH_INSURANCE_CARDS', 'Số lượt thẻ bảo hiểm y tế được cấp', 'Health-insurance cards issued (times)',
   'PERSON_TIME', 'HEALTH', true, 'Danh mục (category) tuỳ chọn, như báo cáo tách: người nghèo, người cận nghèo, người dân tộc thiểu số.'),
  ('BENEFIT_ELECTRICITY_SUPPORT', 'Số lượt hộ nghèo được hỗ trợ tiền điện', 'Electricity support for poor households (household-times)',
   'HOUSEHOLD_TIME', null, false, null),
  ('BENEFIT_POLICY_CREDIT_BORROWERS', 'Số lượt hộ vay vốn tín dụng chính sách', 'Policy-credit borrowers (household-times)',
   'HOUSEHOLD_TIME', null, true, 'Danh mục (category) tuỳ chọn: hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.'),
  ('BENEFIT_LEGAL_AID', 'Số lượt người được trợ giúp pháp lý', 'Legal aid (person-times)', 'PERSON_TIME', null, false, null);

insert into indicator (code, name_vi, name_en, unit_of_measure, aggregation, dimension, has_categories, description)
select code, name_vi, name_en, unit_of_measure, 'SUM', dimension, has_categories, description from seed_indicator;

create temporary table seed_ratio (code text, name_vi text, name_en text, dimension text, numerator text, denominator text);
insert into seed_ratio values
  ('POOR_RATE', 'Tỷ lệ hộ nghèo', 'Poor household rate', 'INCOME', 'HH_POOR', 'HH_TOTAL'),
  ('NEAR_POOR_RATE', 'Tỷ lệ hộ cận nghèo', 'Near-poor household rate', 'INCOME', 'HH_NEAR_POOR', 'HH_TOTAL'),
  ('POOR_RATE_ETHNIC_MINORITY', 'Tỷ lệ hộ nghèo dân tộc thiểu số', 'Ethnic-minority poor household rate', 'INCOME',
   'HH_POOR_ETHNIC_MINORITY', 'HH_ETHNIC_MINORITY'),
  ('DEPRIVED_JOBS_RATE', 'Tỷ lệ hộ thiếu hụt chỉ số việc làm', 'Rate of households deprived in jobs', 'EMPLOYMENT',
   'HH_DEPRIVED_JOBS', 'HH_TOTAL'),
  ('DEPRIVED_DEPENDANTS_RATE', 'Tỷ lệ hộ thiếu hụt chỉ số người phụ thuộc trong hộ gia đình',
   'Rate of households deprived in dependants', 'EMPLOYMENT', 'HH_DEPRIVED_DEPENDANTS', 'HH_TOTAL'),
  ('DEPRIVED_NUTRITION_RATE', 'Tỷ lệ hộ thiếu hụt chỉ số dinh dưỡng', 'Rate of households deprived in nutrition',
   'HEALTH', 'HH_DEPRIVED_NUTRITION', 'HH_TOTAL'),
  ('DEPRIVED_HEALTH_INSURANCE_RATE', 'Tỷ lệ hộ thiếu hụt chỉ số bảo hiểm y tế',
   'Rate of households deprived in health insurance', 'HEALTH', 'HH_DEPRIVED_HEALTH_INSURANCE', 'HH_TOTAL'),
  ('DEPRIVED_ADULT_EDUCATION_RATE', 'Tỷ lệ hộ thiếu hụt chỉ số trình độ giáo dục của người lớn',
   'Rate of households deprived in adult education', 'EDUCATION', 'HH_DEPRIVED_ADULT_EDUCATION', 'HH_TOTAL'),
  ('DEPRIVED_SCHOOL_ATTENDANCE_RATE', 'Tỷ lệ hộ thiếu hụt chỉ số tình trạng đi học của trẻ em',
   'Rate of households deprived in children''s school attendance', 'EDUCATION', 'HH_DEPRIVED_SCHOOL_ATTENDANCE', 'HH_TOTAL'),
  ('DEPRIVED_HOUSING_QUALITY_RATE', 'Tỷ lệ hộ thiếu hụt chỉ số chất lượng nhà ở',
   'Rate of households deprived in housing quality', 'HOUSING', 'HH_DEPRIVED_HOUSING_QUALITY', 'HH_TOTAL'),
  ('DEPRIVED_HOUSING_AREA_RATE', 'Tỷ lệ hộ thiếu hụt chỉ số diện tích nhà ở bình quân đầu người',
   'Rate of households deprived in floor area per person', 'HOUSING', 'HH_DEPRIVED_HOUSING_AREA', 'HH_TOTAL'),
  ('DEPRIVED_DOMESTIC_WATER_RATE', 'Tỷ lệ hộ thiếu hụt chỉ số nguồn nước sinh hoạt',
   'Rate of households deprived in domestic water', 'WATER_SANITATION', 'HH_DEPRIVED_DOMESTIC_WATER', 'HH_TOTAL'),
  ('DEPRIVED_LATRINE_RATE', 'Tỷ lệ hộ thiếu hụt chỉ số nhà tiêu hợp vệ sinh',
   'Rate of households deprived in hygienic latrines', 'WATER_SANITATION', 'HH_DEPRIVED_LATRINE', 'HH_TOTAL'),
  ('DEPRIVED_TELECOM_RATE', 'Tỷ lệ hộ thiếu hụt chỉ số sử dụng dịch vụ viễn thông',
   'Rate of households deprived in telecom services', 'INFORMATION', 'HH_DEPRIVED_TELECOM', 'HH_TOTAL'),
  ('DEPRIVED_INFORMATION_MEANS_RATE', 'Tỷ lệ hộ thiếu hụt chỉ số phương tiện phục vụ tiếp cận thông tin',
   'Rate of households deprived in means of accessing information', 'INFORMATION', 'HH_DEPRIVED_INFORMATION_MEANS', 'HH_TOTAL'),
  ('HEALTH_INSURANCE_COVERAGE_RATE', 'Tỷ lệ người thuộc hộ nghèo, hộ cận nghèo được hỗ trợ tham gia bảo hiểm y tế',
   'Health-insurance coverage of people in poor and near-poor households', 'HEALTH',
   'PERSONS_POOR_NEAR_POOR_INSURED', 'PERSONS_POOR_NEAR_POOR'),
  ('HYGIENIC_WATER_RATE', 'Tỷ lệ hộ nghèo, hộ cận nghèo sử dụng nước sinh hoạt hợp vệ sinh',
   'Poor and near-poor households using hygienic domestic water', 'WATER_SANITATION',
   'HH_POOR_NEAR_POOR_HYGIENIC_WATER', 'HH_POOR_NEAR_POOR'),
  ('HYGIENIC_LATRINE_RATE', 'Tỷ lệ hộ nghèo, hộ cận nghèo sử dụng nhà tiêu hợp vệ sinh',
   'Poor and near-poor households using hygienic latrines', 'WATER_SANITATION',
   'HH_POOR_NEAR_POOR_HYGIENIC_LATRINE', 'HH_POOR_NEAR_POOR'),
  ('TRAINED_LABOUR_RATE', 'Tỷ lệ lao động qua đào tạo', 'Trained-labour rate', 'EMPLOYMENT', 'WORKERS_TRAINED', 'WORKERS_TOTAL');

insert into indicator (code, name_vi, name_en, unit_of_measure, aggregation, numerator_id, denominator_id, scale,
                       dimension, has_categories)
select r.code, r.name_vi, r.name_en, 'PERCENT', 'RATIO', n.id, d.id, 100, r.dimension, false
  from seed_ratio r join indicator n on n.code = r.numerator join indicator d on d.code = r.denominator;

-- A change of a rate between years (percentage points) cannot be summed or re-derived: reported values only.
insert into indicator (code, name_vi, name_en, unit_of_measure, aggregation, dimension, has_categories, description)
values ('POOR_RATE_REDUCTION', 'Tỷ lệ giảm nghèo', 'Reduction of the poor household rate (percentage points)',
        'PERCENT', 'NONE', 'INCOME', false,
        'Mức giảm tỷ lệ hộ nghèo so với năm trước, theo báo cáo; không cộng dồn được.');

drop table seed_indicator;
drop table seed_ratio;
