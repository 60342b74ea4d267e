-- The materialised path is maintained by the database so no writer can get it wrong: on insert it is the parent's
-- path plus the new id; when a unit moves, its whole subtree's paths follow.
create function admin_unit_set_path() returns trigger language plpgsql as $$
begin
    if new.parent_id is null then
        new.path := '/' || new.id || '/';
    else
        select p.path || new.id || '/' into new.path from admin_unit p where p.id = new.parent_id;
        if new.path is null then
            raise exception 'parent % does not exist', new.parent_id;
        end if;
    end if;
    return new;
end $$;

create trigger admin_unit_path_ins before insert on admin_unit
    for each row execute function admin_unit_set_path();

create function admin_unit_move_subtree() returns trigger language plpgsql as $$
begin
    if new.parent_id is distinct from old.parent_id then
        if new.parent_id is not null and exists (
            select 1 from admin_unit p where p.id = new.parent_id and p.path like old.path || '%') then
            raise exception 'a unit cannot move under its own subtree';
        end if;
        new.path := coalesce((select p.path from admin_unit p where p.id = new.parent_id), '/') || new.id || '/';
        update admin_unit set path = new.path || substr(path, length(old.path) + 1)
         where path like old.path || '%' and id <> new.id;
    end if;
    return new;
end $$;

create trigger admin_unit_path_upd before update of parent_id on admin_unit
    for each row execute function admin_unit_move_subtree();

-- Which reference files have been loaded (checksum), so a restart doesn't reload and a changed file is noticed.
create table reference_load (
    name        text primary key,
    checksum    text not null,
    loaded_at   timestamptz not null default now(),
    rows_loaded integer not null
);
