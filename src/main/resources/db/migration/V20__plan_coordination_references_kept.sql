-- A unit or an organisation that a plan, a coordination body, a meeting or an action item names can
-- no longer disappear from under it (V12 and V13 said ON DELETE SET NULL / CASCADE, so removing a unit
-- silently left approved plans without a lead). The application refuses such a removal with a message
-- naming where the unit is used; these keys make it impossible, whatever writes to the database.
--
-- Checked at commit (deferrable initially deferred), not at once: deleting a whole mission removes its
-- plans, bodies and units by cascade, and PostgreSQL runs each cascade as a statement of its own, so an
-- immediate check (RESTRICT, or NO ACTION not deferred) refuses when the units happen to go before the
-- plans that name them. A transaction that wants the answer earlier says SET CONSTRAINTS ALL IMMEDIATE.

alter table plan_task
    drop constraint fk_plan_task_lead_unit,
    drop constraint fk_plan_task_lead_org,
    add constraint fk_plan_task_lead_unit foreign key (lead_unit_id) references org_unit (id) deferrable initially deferred,
    add constraint fk_plan_task_lead_org foreign key (lead_organisation_id) references organisation (id) deferrable initially deferred;

alter table plan_task_supporter
    drop constraint fk_plan_task_supporter_unit,
    drop constraint fk_plan_task_supporter_org,
    add constraint fk_plan_task_supporter_unit foreign key (unit_id) references org_unit (id) deferrable initially deferred,
    add constraint fk_plan_task_supporter_org foreign key (organisation_id) references organisation (id) deferrable initially deferred;

alter table plan_risk
    drop constraint fk_plan_risk_owner_unit,
    drop constraint fk_plan_risk_owner_org,
    add constraint fk_plan_risk_owner_unit foreign key (owner_unit_id) references org_unit (id) deferrable initially deferred,
    add constraint fk_plan_risk_owner_org foreign key (owner_organisation_id) references organisation (id) deferrable initially deferred;

alter table coordination_body
    drop constraint fk_coordination_body_chair_unit,
    drop constraint fk_coordination_body_chair_org,
    add constraint fk_coordination_body_chair_unit foreign key (chair_unit_id) references org_unit (id) deferrable initially deferred,
    add constraint fk_coordination_body_chair_org foreign key (chair_organisation_id) references organisation (id) deferrable initially deferred;

alter table coordination_body_member
    drop constraint fk_body_member_unit,
    drop constraint fk_body_member_org,
    add constraint fk_body_member_unit foreign key (unit_id) references org_unit (id) deferrable initially deferred,
    add constraint fk_body_member_org foreign key (organisation_id) references organisation (id) deferrable initially deferred;

alter table meeting_attendee
    drop constraint fk_meeting_attendee_unit,
    drop constraint fk_meeting_attendee_org,
    add constraint fk_meeting_attendee_unit foreign key (unit_id) references org_unit (id) deferrable initially deferred,
    add constraint fk_meeting_attendee_org foreign key (organisation_id) references organisation (id) deferrable initially deferred;

alter table action_item
    drop constraint fk_action_item_owner_unit,
    drop constraint fk_action_item_owner_org,
    add constraint fk_action_item_owner_unit foreign key (owner_unit_id) references org_unit (id) deferrable initially deferred,
    add constraint fk_action_item_owner_org foreign key (owner_organisation_id) references organisation (id) deferrable initially deferred;

-- Removing a unit now looks these references up: index the columns that had none.
create index ix_plan_task_lead_unit on plan_task (lead_unit_id) where lead_unit_id is not null;
create index ix_plan_task_lead_org on plan_task (lead_organisation_id) where lead_organisation_id is not null;
create index ix_plan_risk_owner_unit on plan_risk (owner_unit_id) where owner_unit_id is not null;
create index ix_plan_risk_owner_org on plan_risk (owner_organisation_id) where owner_organisation_id is not null;
create index ix_coordination_body_chair_unit on coordination_body (chair_unit_id) where chair_unit_id is not null;
create index ix_coordination_body_chair_org on coordination_body (chair_organisation_id)
    where chair_organisation_id is not null;
create index ix_body_member_unit on coordination_body_member (unit_id) where unit_id is not null;
create index ix_body_member_org on coordination_body_member (organisation_id) where organisation_id is not null;
create index ix_meeting_attendee_unit on meeting_attendee (unit_id) where unit_id is not null;
create index ix_meeting_attendee_org on meeting_attendee (organisation_id) where organisation_id is not null;
create index ix_action_item_owner_unit on action_item (owner_unit_id) where owner_unit_id is not null;
create index ix_action_item_owner_org on action_item (owner_organisation_id) where owner_organisation_id is not null;

-- "Exactly one lead" for every task of a plan that has left the draft stage. A plain CHECK on plan_task
-- cannot say it: the plan's status lives in another table, drafts imported or damaged before this
-- migration may hold tasks without a lead (the coherence report and the "no lead" filter show them so
-- that planners fix them), and the lead is already "at most one" by ck_plan_task_one_lead. So: a task
-- of a plan that is not a draft cannot be written without exactly one lead, and a plan cannot leave the
-- draft stage while one of its tasks has none. The application checks the same before submitting;
-- these triggers hold whatever writes to the database. Rows already damaged are left as they are
-- (nothing can invent their lead), and stay writable as long as their lead is not touched.
create function plan_task_lead_required() returns trigger language plpgsql as
$$
begin
    if num_nonnulls(new.lead_unit_id, new.lead_organisation_id) <> 1
        and exists (select 1 from plan where id = new.plan_id and status <> 'DRAFT') then
        raise exception 'Task % of plan % must have exactly one lead: the plan is no longer a draft',
            new.id, new.plan_id using errcode = 'check_violation', constraint = 'ck_plan_task_lead_required';
    end if;
    return new;
end
$$;

create trigger tg_plan_task_lead_required
    before insert or update of lead_unit_id, lead_organisation_id, plan_id on plan_task
    for each row execute function plan_task_lead_required();

create function plan_leaves_draft_with_leads() returns trigger language plpgsql as
$$
begin
    if old.status = 'DRAFT' and new.status <> 'DRAFT' and exists (
        select 1 from plan_task where plan_id = new.id and num_nonnulls(lead_unit_id, lead_organisation_id) <> 1) then
        raise exception 'Plan % cannot leave the draft stage: a task has no lead', new.id
            using errcode = 'check_violation', constraint = 'ck_plan_task_lead_required';
    end if;
    return new;
end
$$;

create trigger tg_plan_leaves_draft_with_leads
    before update of status on plan
    for each row execute function plan_leaves_draft_with_leads();
