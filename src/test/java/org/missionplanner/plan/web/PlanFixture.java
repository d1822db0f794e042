package org.missionplanner.plan.web;

import org.missionplanner.plan.PlanWorld;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small draft plan of a {@link PlanWorld}'s mission, written in SQL: one objective with one
 * result, an indicator, a task led by the DDR section and supported by the police and the
 * organisation (its end date outside the plan's period), and an unlinked task.
 */
record PlanFixture(
        long planId, long objectiveId, long resultId, long indicatorId, long taskId, long unlinkedTaskId, long riskId) {

    static PlanFixture create(JdbcTemplate jdbc, PlanWorld world) {
        long plan = id(jdbc, """
                insert into plan (mission_id, kind, title, period_start, period_end, shared_vision)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Fixture ISF', date '2026-01-01', date '2027-12-31',
                        'A country at peace') returning id""", world.missionId());
        long objective = id(jdbc, """
                insert into plan_objective (plan_id, position, title, dimension)
                values (?, 1, 'Secure the cantonment sites', 'SECURITY') returning id""", plan);
        long result = id(jdbc, """
                insert into plan_result (plan_id, objective_id, position, title)
                values (?, ?, 1, 'Combatants disarmed') returning id""", plan, objective);
        long indicator = id(jdbc, """
                insert into plan_indicator (plan_id, result_id, position, definition, unit, baseline_value, baseline_on,
                        target_value, target_on, frequency)
                values (?, ?, 1, 'Weapons collected', 'weapons', 0, date '2026-01-01', 1000, date '2027-06-30',
                        'QUARTERLY') returning id""", plan, result);
        long task = id(jdbc, """
                insert into plan_task (plan_id, objective_id, result_id, position, title, lead_unit_id, funding_source,
                        amount, currency, start_on, end_on, horizon, status)
                values (?, ?, ?, 1, 'Canton the combatants', ?, 'ASSESSED', 1000, 'USD', date '2026-02-01',
                        date '2028-03-31', 'IMMEDIATE', 'ON_TRACK') returning id""", plan, objective, result, world.ddrUnitId());
        jdbc.update(
                "insert into plan_task_supporter (task_id, position, unit_id) values (?, 0, ?)",
                task,
                world.policeUnitId());
        jdbc.update(
                "insert into plan_task_supporter (task_id, position, organisation_id) values (?, 1, ?)",
                task,
                world.organisationId());
        long unlinked = id(jdbc, """
                insert into plan_task (plan_id, position, title, lead_unit_id)
                values (?, 2, 'Radio programme', ?) returning id""", plan, world.headUnitId());
        long risk = id(jdbc, """
                insert into plan_risk (plan_id, position, description, dilemma, likelihood, impact, owner_unit_id)
                values (?, 1, 'Spoilers attack the sites', 'HUMAN_RIGHTS', 'MEDIUM', 'HIGH', ?) returning id""", plan, world.ddrUnitId());
        return new PlanFixture(plan, objective, result, indicator, task, unlinked, risk);
    }

    private static long id(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
