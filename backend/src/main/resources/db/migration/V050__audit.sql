-- Audit trail (issue 3): one row per write, recorded in the same transaction as the write. Append-only.
create table audit_event (
  id              bigserial primary key,
  occurred_at     timestamptz not null default clock_timestamp(),
  actor_subject   text,
  actor_username  text not null,
  actor_client_id text,
  -- UPLOAD and APPROVE are reserved for bulk uploads and approvals.
  operation       text not null check (operation in ('CREATE', 'UPDATE', 'DELETE', 'UPLOAD', 'APPROVE')),
  resource_type   text not null check (resource_type ~ '^[A-Z][A-Z_]*$'),
  resource_id     text,
  resource_key    text,
  -- The unit the object belongs to, for scoped reading; null for national reference data. No foreign key: the
  -- unit may be deleted later, and neither a cascade nor a restriction may touch the trail.
  unit_id         bigint,
  unit_path       text,
  before          jsonb,
  after           jsonb,
  request_id      text not null,
  check (before is not null or after is not null)
);

create index audit_event_occurred_at on audit_event (occurred_at);
create index audit_event_actor_username on audit_event (actor_username, id);
create index audit_event_actor_subject on audit_event (actor_subject, id);
create index audit_event_resource on audit_event (resource_type, resource_id, id);
create index audit_event_unit_path on audit_event (unit_path text_pattern_ops);
create index audit_event_request on audit_event (request_id);

-- Nothing may change or remove an audit row, not even a bug: statement-level, so it fires even when no row matches.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_append_only before update or delete or truncate on audit_event
  for each statement execute function audit_event_append_only();
