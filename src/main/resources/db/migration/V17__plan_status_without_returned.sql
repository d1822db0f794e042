-- A returned plan is a draft again (its version is marked RETURNED); the plan itself never had that status.
alter table plan drop constraint ck_plan_status;
alter table plan add constraint ck_plan_status check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'SUPERSEDED'));
