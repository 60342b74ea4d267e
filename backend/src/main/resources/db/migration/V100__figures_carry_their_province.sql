-- Each figure carries the province its unit lies in, so a pull of one province's figures walks that province's rows
-- in id order (index (province_id, id)) instead of the whole table's primary key testing every row's unit: on the
-- bench's 800,000 lines a page of one province read 145,211 rows to return 1,001 (136 ms; 1 ms with the key).
--
-- The province is the root of the unit's materialised path (V002), kept by admin_unit itself; a figure's copy is
-- held right by a foreign key on (unit_id, province_id), which replaces the one on unit_id alone (the same one
-- check per row), and follows a unit that moves to another province (on update cascade). Uploads write it from the
-- row they stage (which names the province already, for its lock); any other writer leaves it to the database
-- (the triggers below, which a WHEN clause keeps from running for rows that have it).
alter table admin_unit
    add column province_id bigint generated always as (split_part(path, '/', 2)::bigint) stored;
alter table admin_unit add constraint admin_unit_id_province_key unique (id, province_id);

create function gnbv_v100_province_of(unit bigint) returns bigint language sql stable as $$
  select province_id from admin_unit where id = unit
$$;

-- ALTER TYPE … USING rewrites the table once, evaluating the expression per row: unlike an UPDATE it leaves no dead
-- row versions behind and fires no row-change triggers (the change log, the sign-off lock and the ranking of
-- `current` have nothing to say about a column derived from the unit).
alter table funding_line add column province_id bigint;
alter table funding_line alter column province_id type bigint using gnbv_v100_province_of(unit_id);
alter table funding_line alter column province_id set not null;
alter table funding_line drop constraint funding_line_unit_id_fkey;
alter table funding_line add constraint funding_line_unit_province_fkey foreign key (unit_id, province_id)
    references admin_unit (id, province_id) on update cascade;
create index funding_line_province_idx on funding_line (province_id, id);

alter table indicator_value add column province_id bigint;
alter table indicator_value alter column province_id type bigint using gnbv_v100_province_of(unit_id);
alter table indicator_value alter column province_id set not null;
alter table indicator_value drop constraint indicator_value_unit_id_fkey;
alter table indicator_value add constraint indicator_value_unit_province_fkey foreign key (unit_id, province_id)
    references admin_unit (id, province_id) on update cascade;
create index indicator_value_province_idx on indicator_value (province_id, id);

drop function gnbv_v100_province_of(bigint);

create function figure_set_province() returns trigger language plpgsql as $$
begin
  select u.province_id into new.province_id from admin_unit u where u.id = new.unit_id;
  return new;
end $$;

create trigger funding_line_province_ins before insert on funding_line
    for each row when (new.province_id is null) execute function figure_set_province();
create trigger funding_line_province_upd before update of unit_id on funding_line
    for each row when (new.unit_id is distinct from old.unit_id) execute function figure_set_province();
create trigger indicator_value_province_ins before insert on indicator_value
    for each row when (new.province_id is null) execute function figure_set_province();
create trigger indicator_value_province_upd before update of unit_id on indicator_value
    for each row when (new.unit_id is distinct from old.unit_id) execute function figure_set_province();
