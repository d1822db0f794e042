-- The parts of each kind have one position each in their plan: 1, 2, 3... without gaps. Concurrent
-- additions once gave two parts the same position; first the positions of every plan are numbered
-- again in their current order (position, then id), then a unique constraint keeps them apart. The
-- constraints are checked at commit (deferrable), because moving a part swaps two positions one
-- row at a time.
update plan_objective p set position = n.position
from (select id, row_number() over (partition by plan_id order by position, id) as position from plan_objective) n
where p.id = n.id and p.position <> n.position;
update plan_result p set position = n.position
from (select id, row_number() over (partition by plan_id order by position, id) as position from plan_result) n
where p.id = n.id and p.position <> n.position;
update plan_indicator p set position = n.position
from (select id, row_number() over (partition by plan_id order by position, id) as position from plan_indicator) n
where p.id = n.id and p.position <> n.position;
update plan_benchmark p set position = n.position
from (select id, row_number() over (partition by plan_id order by position, id) as position from plan_benchmark) n
where p.id = n.id and p.position <> n.position;
update plan_task p set position = n.position
from (select id, row_number() over (partition by plan_id order by position, id) as position from plan_task) n
where p.id = n.id and p.position <> n.position;
update plan_risk p set position = n.position
from (select id, row_number() over (partition by plan_id order by position, id) as position from plan_risk) n
where p.id = n.id and p.position <> n.position;

alter table plan_objective add constraint uq_plan_objective_position unique (plan_id, position) deferrable initially deferred;
alter table plan_result add constraint uq_plan_result_position unique (plan_id, position) deferrable initially deferred;
alter table plan_indicator add constraint uq_plan_indicator_position unique (plan_id, position) deferrable initially deferred;
alter table plan_benchmark add constraint uq_plan_benchmark_position unique (plan_id, position) deferrable initially deferred;
alter table plan_task add constraint uq_plan_task_position unique (plan_id, position) deferrable initially deferred;
alter table plan_risk add constraint uq_plan_risk_position unique (plan_id, position) deferrable initially deferred;
alter table plan_objective add constraint ck_plan_objective_position check (position > 0);
alter table plan_result add constraint ck_plan_result_position check (position > 0);
alter table plan_indicator add constraint ck_plan_indicator_position check (position > 0);
alter table plan_benchmark add constraint ck_plan_benchmark_position check (position > 0);
alter table plan_task add constraint ck_plan_task_position check (position > 0);
alter table plan_risk add constraint ck_plan_risk_position check (position > 0);
