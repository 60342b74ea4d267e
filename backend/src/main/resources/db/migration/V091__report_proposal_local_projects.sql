-- The reader proposes local projects too (issue 14): a proposal may become a row of the local-projects upload.
alter table report_proposal drop constraint report_proposal_dataset_check;
alter table report_proposal add constraint report_proposal_dataset_check
    check (dataset in ('funding-lines', 'indicator-values', 'local-projects'));
