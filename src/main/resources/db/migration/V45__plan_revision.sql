-- A plan's revision: a number that grows in the same transaction as any change to what the plan's
-- outline shows (the plan, its parts, a task's supporters, counterparts and funding, indicator
-- measurements, and the names of the units, organisations and mission it names). The application
-- keeps the outline it read under the revision it read first, so a cached outline is never older
-- than the data committed when it was asked for, whichever instance or statement wrote the change.
-- Statement-level triggers: a bulk change bumps each plan once per statement. Revisions come from
-- one sequence, so no two committed states of any plan (a plan deleted and made again with the same
-- id included) ever share a revision.

create sequence plan_revision_seq;

create table plan_revision (
    plan_id  bigint primary key references plan (id) on delete cascade,
    revision bigint not null default nextval('plan_revision_seq')
);

insert into plan_revision (plan_id) select id from plan;

create function plan_revision_create() returns trigger language plpgsql as $$
begin
    insert into plan_revision (plan_id) select id from new_rows on conflict do nothing;
    return null;
end $$;

create trigger plan_revision_create after insert on plan
    referencing new table as new_rows for each statement execute function plan_revision_create();

-- Rows that carry plan_id themselves.
create function plan_revision_bump_by_plan() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        update plan_revision set revision = nextval('plan_revision_seq') where plan_id in (select plan_id from new_rows);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        update plan_revision set revision = nextval('plan_revision_seq') where plan_id in (select plan_id from old_rows);
    end if;
    return null;
end $$;

-- Rows of a task (supporters, counterparts, funding): the plan is the task's.
create function plan_revision_bump_by_task() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        update plan_revision set revision = nextval('plan_revision_seq')
         where plan_id in (select t.plan_id from plan_task t where t.id in (select task_id from new_rows));
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        update plan_revision set revision = nextval('plan_revision_seq')
         where plan_id in (select t.plan_id from plan_task t where t.id in (select task_id from old_rows));
    end if;
    return null;
end $$;

-- Units and the mission: their names are shown in the mission's plans.
create function plan_revision_bump_by_mission() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        update plan_revision set revision = nextval('plan_revision_seq')
         where plan_id in (select p.id from plan p where p.mission_id in (select mission_id from new_rows));
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        update plan_revision set revision = nextval('plan_revision_seq')
         where plan_id in (select p.id from plan p where p.mission_id in (select mission_id from old_rows));
    end if;
    return null;
end $$;

create function plan_revision_bump_by_mission_id() returns trigger language plpgsql as $$
begin
    update plan_revision set revision = nextval('plan_revision_seq')
     where plan_id in (select p.id from plan p where p.mission_id in (select id from new_rows));
    return null;
end $$;

-- Organisations and national actors (reference data, seldom changed): any plan may name them.
create function plan_revision_bump_all() returns trigger language plpgsql as $$
begin
    update plan_revision set revision = nextval('plan_revision_seq');
    return null;
end $$;

do $$
declare
    t text;
    f text;
begin
    foreach t in array array['plan_objective', 'plan_result', 'plan_indicator', 'plan_benchmark', 'plan_task',
                             'plan_risk', 'indicator_measurement', 'plan_task_supporter',
                             'task_national_counterpart', 'plan_task_funding', 'org_unit'] loop
        f := case
                 when t in ('plan_task_supporter', 'task_national_counterpart', 'plan_task_funding')
                     then 'plan_revision_bump_by_task'
                 when t = 'org_unit' then 'plan_revision_bump_by_mission'
                 else 'plan_revision_bump_by_plan'
             end;
        execute format('create trigger %I after insert on %I referencing new table as new_rows '
                       'for each statement execute function %I()', t || '_revision_insert', t, f);
        execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows '
                       'for each statement execute function %I()', t || '_revision_update', t, f);
        execute format('create trigger %I after delete on %I referencing old table as old_rows '
                       'for each statement execute function %I()', t || '_revision_delete', t, f);
    end loop;
end $$;

-- The plan's own row: its header is part of the outline.
create function plan_revision_bump_plan_row() returns trigger language plpgsql as $$
begin
    update plan_revision set revision = nextval('plan_revision_seq') where plan_id in (select id from new_rows);
    return null;
end $$;

create trigger plan_revision_update after update on plan
    referencing new table as new_rows for each statement execute function plan_revision_bump_plan_row();

create trigger mission_revision_update after update on mission
    referencing new table as new_rows for each statement execute function plan_revision_bump_by_mission_id();

create trigger organisation_revision_update after update or delete on organisation
    for each statement execute function plan_revision_bump_all();

create trigger national_actor_revision_change after insert or update or delete on national_actor
    for each statement execute function plan_revision_bump_all();
