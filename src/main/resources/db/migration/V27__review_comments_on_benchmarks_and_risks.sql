-- Reviewers comment on a plan's benchmarks and risks too, not only on its objectives, results,
-- indicators and tasks.
alter table plan_comment drop constraint ck_plan_comment_element_type;
alter table plan_comment add constraint ck_plan_comment_element_type
    check (element_type in ('PLAN', 'OBJECTIVE', 'RESULT', 'INDICATOR', 'TASK', 'BENCHMARK', 'RISK'));
