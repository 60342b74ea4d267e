-- An upload's findings after its figures commit (issues 9 and 10): the figures' transaction records which
-- provinces' findings are due, and commits; the findings then run on two database sessions sharing one snapshot
-- (finding/FindingsAfterCommit), and delete the rows they answered in their own transaction. A row left behind (the
-- server stopped in between, or the findings failed) is recomputed by the server later (finding/FindingDue).
create table finding_due (
    id          bigserial primary key,
    dataset     text        not null,
    province_id bigint      not null,
    due_at      timestamptz not null default now()
);
create index finding_due_dataset_idx on finding_due (dataset, province_id);

-- The job of an upload whose figures committed while its findings were still running: if the server stops before
-- they finish, the job ends SUCCEEDED (its figures are written), not FAILED as an abandoned job otherwise would.
alter table upload_job add column figures_committed boolean not null default false;

-- The national funding summary's kept cells (funding_node_total) follow an upload's figures within its findings:
-- each refresh of them logs its provinces here, so memoised summaries (common/ReadMemo) are computed again after it.
create table funding_node_total_change (
    change_xid  xid8   not null default pg_current_xact_id(),
    province_id bigint not null
);
create index funding_node_total_change_xid on funding_node_total_change (change_xid);
