-- The three program phases and their component trees (DOMAIN.md §2). Structure is data: later phases or the
-- merged 2026–2035 program are added as rows, never as code.
insert into program (code, name_vi, name_en, start_year, end_year, legal_basis) values
  ('GNBV-2016-2020', 'Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2016-2020',
   'National Target Program for Sustainable Poverty Reduction 2016-2020', 2016, 2020, 'Quyết định 1722/QĐ-TTg ngày 02/09/2016'),
  ('GNBV-2021-2025', 'Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025',
   'National Target Program for Sustainable Poverty Reduction 2021-2025', 2021, 2025, 'Quyết định 90/QĐ-TTg ngày 18/01/2022'),
  ('GNBV-2026-2030', 'Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2026-2030 (đề xuất)',
   'National Target Program for Sustainable Poverty Reduction 2026-2030 (proposed)', 2026, 2030, null);

create temporary table seed_component (program text, code text, parent text, kind text, sort int, name_vi text, name_en text);
insert into seed_component values
  ('GNBV-2016-2020', 'DA1', null, 'PROJECT', 1, 'Chương trình 30a', 'Program 30a (poor districts)'),
  ('GNBV-2016-2020', 'DA1.TDA1', 'DA1', 'SUB_PROJECT', 1, 'Hỗ trợ đầu tư cơ sở hạ tầng các huyện nghèo', 'Infrastructure in poor districts'),
  ('GNBV-2016-2020', 'DA1.TDA2', 'DA1', 'SUB_PROJECT', 2, 'Hỗ trợ đầu tư cơ sở hạ tầng các xã đặc biệt khó khăn vùng bãi ngang ven biển và hải đảo', 'Infrastructure in especially difficult coastal and island communes'),
  ('GNBV-2016-2020', 'DA1.TDA3', 'DA1', 'SUB_PROJECT', 3, 'Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế và nhân rộng mô hình giảm nghèo', 'Production support, livelihood diversification and replication of models'),
  ('GNBV-2016-2020', 'DA1.TDA4', 'DA1', 'SUB_PROJECT', 4, 'Hỗ trợ lao động thuộc hộ nghèo, hộ cận nghèo, hộ dân tộc thiểu số đi làm việc có thời hạn ở nước ngoài', 'Support for contract work abroad'),
  ('GNBV-2016-2020', 'DA2', null, 'PROJECT', 2, 'Chương trình 135', 'Program 135 (especially difficult communes and villages)'),
  ('GNBV-2016-2020', 'DA2.TDA1', 'DA2', 'SUB_PROJECT', 1, 'Hỗ trợ đầu tư cơ sở hạ tầng các xã đặc biệt khó khăn, xã biên giới, xã an toàn khu, các thôn, bản đặc biệt khó khăn', 'Infrastructure in especially difficult communes and villages'),
  ('GNBV-2016-2020', 'DA2.TDA2', 'DA2', 'SUB_PROJECT', 2, 'Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế và nhân rộng mô hình giảm nghèo', 'Production support, livelihood diversification and replication of models'),
  ('GNBV-2016-2020', 'DA2.TDA3', 'DA2', 'SUB_PROJECT', 3, 'Nâng cao năng lực cho cộng đồng và cán bộ cơ sở', 'Capacity building for communities and local officials'),
  ('GNBV-2016-2020', 'DA3', null, 'PROJECT', 3, 'Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế và nhân rộng mô hình giảm nghèo trên địa bàn các xã ngoài Chương trình 30a và Chương trình 135', 'Production support, livelihoods and replication of models outside Programs 30a and 135'),
  ('GNBV-2016-2020', 'DA4', null, 'PROJECT', 4, 'Truyền thông và giảm nghèo về thông tin', 'Communication and information poverty'),
  ('GNBV-2016-2020', 'DA5', null, 'PROJECT', 5, 'Nâng cao năng lực và giám sát, đánh giá thực hiện Chương trình', 'Capacity building, monitoring and evaluation');

insert into seed_component
select p.program, c.code, c.parent, c.kind, c.sort, c.name_vi, c.name_en
  from (values ('GNBV-2021-2025'), ('GNBV-2026-2030')) p(program),
  (values
    ('DA1', null, 'PROJECT', 1, 'Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo', 'Infrastructure in poor districts and especially difficult coastal and island communes'),
    ('DA1.TDA1', 'DA1', 'SUB_PROJECT', 1, 'Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo', 'Socio-economic infrastructure in poor districts and coastal and island communes'),
    ('DA1.TDA2', 'DA1', 'SUB_PROJECT', 2, 'Hỗ trợ một số huyện nghèo thoát khỏi tình trạng nghèo, đặc biệt khó khăn', 'Helping selected poor districts leave poverty'),
    ('DA2', null, 'PROJECT', 2, 'Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo', 'Livelihood diversification and poverty-reduction models'),
    ('DA3', null, 'PROJECT', 3, 'Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng', 'Production support and nutrition'),
    ('DA3.TDA1', 'DA3', 'SUB_PROJECT', 1, 'Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp', 'Agricultural production support'),
    ('DA3.TDA2', 'DA3', 'SUB_PROJECT', 2, 'Cải thiện dinh dưỡng', 'Nutrition'),
    ('DA4', null, 'PROJECT', 4, 'Phát triển giáo dục nghề nghiệp, việc làm bền vững', 'Vocational education and sustainable jobs'),
    ('DA4.TDA1', 'DA4', 'SUB_PROJECT', 1, 'Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn', 'Vocational training in poor and difficult areas'),
    ('DA4.TDA2', 'DA4', 'SUB_PROJECT', 2, 'Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng', 'Contract work abroad'),
    ('DA4.TDA3', 'DA4', 'SUB_PROJECT', 3, 'Hỗ trợ việc làm bền vững', 'Sustainable jobs'),
    ('DA5', null, 'PROJECT', 5, 'Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo', 'Housing for poor and near-poor households in poor districts'),
    ('DA6', null, 'PROJECT', 6, 'Truyền thông và giảm nghèo về thông tin', 'Communication and information poverty'),
    ('DA6.TDA1', 'DA6', 'SUB_PROJECT', 1, 'Giảm nghèo về thông tin', 'Information poverty'),
    ('DA6.TDA2', 'DA6', 'SUB_PROJECT', 2, 'Truyền thông về giảm nghèo đa chiều', 'Communication on multidimensional poverty'),
    ('DA7', null, 'PROJECT', 7, 'Nâng cao năng lực và giám sát, đánh giá Chương trình', 'Capacity building, monitoring and evaluation'),
    ('DA7.TDA1', 'DA7', 'SUB_PROJECT', 1, 'Nâng cao năng lực thực hiện Chương trình', 'Capacity building'),
    ('DA7.TDA2', 'DA7', 'SUB_PROJECT', 2, 'Giám sát, đánh giá', 'Monitoring and evaluation')
  ) c(code, parent, kind, sort, name_vi, name_en);

insert into program_component (program_id, parent_id, code, kind, name_vi, name_en, sort_order)
select p.id, null, s.code, s.kind, s.name_vi, s.name_en, s.sort
  from seed_component s join program p on p.code = s.program where s.parent is null;
insert into program_component (program_id, parent_id, code, kind, name_vi, name_en, sort_order)
select p.id, parent.id, s.code, s.kind, s.name_vi, s.name_en, s.sort
  from seed_component s join program p on p.code = s.program
  join program_component parent on parent.program_id = p.id and parent.code = s.parent
 where s.parent is not null;
drop table seed_component;
