-- Funding detail of a task by source: how much each source is asked for, has pledged and has
-- disbursed, in the task's currency, so that the coherence report shows the funding gap and not
-- only "unfunded". A humanitarian appeal is a source of its own.
alter table plan_task drop constraint ck_plan_task_funding;
alter table plan_task add constraint ck_plan_task_funding
    check (funding_source in ('ASSESSED', 'VOLUNTARY', 'PEACEBUILDING_FUND', 'BILATERAL', 'APPEAL', 'UNFUNDED'));

create table plan_task_funding (
    task_id    bigint         not null constraint fk_plan_task_funding_task references plan_task (id) on delete cascade,
    position   integer        not null,
    source     varchar(20)    not null,
    required   numeric(16, 2) not null default 0,
    pledged    numeric(16, 2) not null default 0,
    disbursed  numeric(16, 2) not null default 0,
    constraint pk_plan_task_funding primary key (task_id, position),
    constraint uq_plan_task_funding_source unique (task_id, source),
    constraint ck_plan_task_funding_source
        check (source in ('ASSESSED', 'VOLUNTARY', 'PEACEBUILDING_FUND', 'BILATERAL', 'APPEAL')),
    constraint ck_plan_task_funding_amounts check (required >= 0 and pledged >= 0 and disbursed >= 0),
    constraint ck_plan_task_funding_disbursed check (disbursed <= pledged)
);

create table plan_task_funding_aud (
    rev        bigint   not null constraint fk_plan_task_funding_aud_revision references revision (id),
    revtype    smallint not null,
    task_id    bigint   not null,
    position   integer  not null,
    source     varchar,
    required   numeric(16, 2),
    pledged    numeric(16, 2),
    disbursed  numeric(16, 2)
);
create index ix_plan_task_funding_aud_rev on plan_task_funding_aud (rev);
