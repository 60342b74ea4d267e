-- Local projects per report (issue 9): a production model is stated in a report like funding lines and indicator
-- values are (V070), and where in it (locator: section, table, page or line), so a report can be re-loaded
-- (mode=replace) or deleted with its projects. Existing rows are direct entries: no report, no locator.
-- No cascade: deleting a report deletes its projects through the localproject feature, which audits each deletion.
alter table local_project add column report_id bigint references report (id), add column locator text;
create index local_project_report_idx on local_project (report_id) where report_id is not null;

-- The natural key, until now only the demo loader's (component, unit, name), with the report (V071 did the same
-- for the other figures): two reports describing the same model keep both descriptions. Names are stored NFC and
-- trimmed by every write, so they compare as the API compares them. Nothing enforced the key before, so rows
-- entered twice under one key would fail the index: the later twins keep their data and get their id appended
-- to their name (a new version), so no row is lost and each stays addressable.
update local_project lp
   set name = lp.name || ' (#' || lp.id || ')', version = lp.version + 1, updated_at = now()
  from (select id, row_number() over (partition by component_id, unit_id, name, report_id order by id) as n
          from local_project) twins
 where twins.id = lp.id and twins.n > 1;

create unique index local_project_natural_key on local_project (component_id, unit_id, name, coalesce(report_id, 0));
-- The key's leading columns serve the old component index.
drop index local_project_component_idx;

-- Uploads of local projects: the same jobs, a third dataset.
alter table upload_job drop constraint upload_job_dataset_check;
alter table upload_job add constraint upload_job_dataset_check
    check (dataset in ('funding-lines', 'indicator-values', 'local-projects'));
