-- A bulk upload creating a million rows records one UPLOAD event, not a million CREATE events: each audit row costs
-- about 0.1 ms in index maintenance and WAL, which would make the audit trail, not the data, the cost of an upload.
-- The event lists the ids it created as a multirange (contiguous ids collapse to one range), and the audit query
-- for one funding line or indicator value finds the upload that created it through this GiST index. The created
-- values are the row's values until its first UPDATE event, which records them as "before". Rows an upload
-- replaces still get one UPDATE event each, with before and after.
alter table audit_event add column created_ids int8multirange;
create index audit_event_created_ids on audit_event using gist (created_ids) where created_ids is not null;
