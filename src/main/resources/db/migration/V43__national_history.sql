-- National actors and plans become editable, with their changes in the history (Hibernate Envers).

-- A national actor keeps the name it was recorded or last edited under, so that the history can say
-- "renamed from ... to ..."; the organisation of the registry stays the name pages show.
alter table national_actor add column name varchar(300);
update national_actor a set name = o.full_name from organisation o where o.id = a.organisation_id;

create table national_actor_aud (
    rev             bigint   not null constraint fk_national_actor_aud_revision references revision (id),
    revtype         smallint not null,
    organisation_id bigint   not null,
    country         varchar(2),
    kind            varchar(30),
    parent_id       bigint,
    name            varchar(300),
    constraint pk_national_actor_aud primary key (organisation_id, rev)
);
create index ix_national_actor_aud_rev on national_actor_aud (rev);

create table national_plan_aud (
    rev          bigint   not null constraint fk_national_plan_aud_revision references revision (id),
    revtype      smallint not null,
    id           bigint   not null,
    country      varchar(2),
    title        varchar(300),
    period_start date,
    period_end   date,
    constraint pk_national_plan_aud primary key (id, rev)
);
create index ix_national_plan_aud_rev on national_plan_aud (rev);

create table national_priority_aud (
    rev      bigint   not null constraint fk_national_priority_aud_revision references revision (id),
    revtype  smallint not null,
    id       bigint   not null,
    plan_id  bigint,
    code     varchar(20),
    title    varchar(300),
    constraint pk_national_priority_aud primary key (id, rev)
);
create index ix_national_priority_aud_rev on national_priority_aud (rev);
create index ix_national_priority_aud_plan on national_priority_aud (plan_id);

-- what exists now, as added by "system" in one revision
do $$
declare
    first_revision bigint;
begin
    if exists (select 1 from national_actor) or exists (select 1 from national_plan) then
        insert into revision (username) values ('system') returning id into first_revision;
        insert into national_actor_aud (rev, revtype, organisation_id, country, kind, parent_id, name)
        select first_revision, 0, organisation_id, country, kind, parent_id, name from national_actor;
        insert into national_plan_aud (rev, revtype, id, country, title, period_start, period_end)
        select first_revision, 0, id, country, title, period_start, period_end from national_plan;
        insert into national_priority_aud (rev, revtype, id, plan_id, code, title)
        select first_revision, 0, id, plan_id, code, title from national_priority;
    end if;
end;
$$;

-- A priority's plan is written by its plan's list, so Envers records no plan for it: each recorded
-- version of a priority takes its plan from the priority (or, once removed, from its earlier versions),
-- so that the history finds the priorities of a country's plans.
create function national_priority_aud_plan() returns trigger
    language plpgsql as
$$
begin
    if new.plan_id is null then
        new.plan_id := coalesce(
            (select p.plan_id from national_priority p where p.id = new.id),
            (select a.plan_id from national_priority_aud a
              where a.id = new.id and a.plan_id is not null order by a.rev desc limit 1));
    end if;
    return new;
end;
$$;
create trigger tg_national_priority_aud_plan before insert on national_priority_aud
    for each row execute function national_priority_aud_plan();
