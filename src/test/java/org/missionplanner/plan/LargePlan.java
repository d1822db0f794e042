package org.missionplanner.plan;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a plan of the size the quality bar names straight into the database: 50 objectives,
 * 200 results, 400 indicators (each with two measurements), 1,000 tasks (each with a lead and two
 * supporters, one in ten unlinked), 20 benchmarks and 30 risks. The mission needs at least three
 * units; leads and supporters are drawn from them. Set-based SQL, so it takes well under a second.
 * {@link #create(JdbcTemplate, long, int, int)} writes another number of tasks and, when asked,
 * descriptions of a given length on every objective, result and task (the PDF export's worst case).
 */
public record LargePlan(long planId) {

    public static final int OBJECTIVES = 50;
    public static final int RESULTS = 200;
    public static final int INDICATORS = 400;
    public static final int TASKS = 1000;

    /** Creates the plan in the mission and returns it. */
    public static LargePlan create(JdbcTemplate jdbc, long missionId) {
        return create(jdbc, missionId, TASKS, 0);
    }

    /**
     * Creates a plan of {@code tasks} tasks (the rest as above) and, when {@code textLength} is
     * above zero, gives every objective, result and task a description of that many characters
     * (at most 4,000, the columns' size).
     */
    public static LargePlan create(JdbcTemplate jdbc, long missionId, int tasks, int textLength) {
        if (tasks < 1 || textLength < 0 || textLength > 4000) {
            throw new IllegalArgumentException("tasks " + tasks + ", text length " + textLength);
        }
        long planId = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end, status, shared_vision)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Large plan', date '2026-01-01', date '2028-12-31', 'DRAFT',
                        'A plan of the size the benchmarks use') returning id""", Long.class, missionId);
        jdbc.update("""
                insert into plan_objective (plan_id, position, title, dimension)
                select ?, g, 'Objective ' || g,
                       (array['POLITICAL','SECURITY','RULE_OF_LAW','HUMAN_RIGHTS','DEVELOPMENT','HUMANITARIAN'])[1 + g % 6]
                  from generate_series(1, 50) g""", planId);
        jdbc.update("""
                insert into plan_result (plan_id, objective_id, position, title)
                select ?, o.id, row_number() over (order by o.position, r), 'Result ' || o.position || '.' || r
                  from plan_objective o cross join generate_series(1, 4) r where o.plan_id = ?""", planId, planId);
        jdbc.update("""
                insert into plan_indicator (plan_id, result_id, position, definition, unit, baseline_value, baseline_on,
                       target_value, target_on, frequency)
                select ?, r.id, row_number() over (order by r.position, i), 'Indicator ' || r.id || '.' || i, 'percent',
                       10, date '2026-01-01', 90,
                       date '2028-06-30', 'QUARTERLY'
                  from plan_result r cross join generate_series(1, 2) i where r.plan_id = ?""", planId, planId);
        jdbc.update("""
                insert into indicator_measurement (plan_id, indicator_id, value, measured_on, recorded_by)
                select ?, i.id, 10 + m * (i.id % 30), date '2026-03-31' + (m * 90), 'bench'
                  from plan_indicator i cross join generate_series(1, 2) m where i.plan_id = ?""", planId, planId);
        jdbc.update("""
                with units as (select id, row_number() over (order by id) - 1 as n, count(*) over () as total
                                 from org_unit where mission_id = ?),
                     results as (select id, objective_id, row_number() over (order by id) - 1 as n from plan_result
                                  where plan_id = ?)
                insert into plan_task (plan_id, objective_id, result_id, position, title, lead_unit_id, funding_source,
                       amount, currency, start_on, end_on, horizon, status, national_counterpart)
                select ?, case when g % 10 = 0 then null else r.objective_id end,
                       case when g % 10 = 0 then null else r.id end, g, 'Task ' || g,
                       (select id from units where n = g % total),
                       (array['ASSESSED','VOLUNTARY','PEACEBUILDING_FUND','BILATERAL','UNFUNDED'])[1 + g % 5],
                       1000 * g, 'USD', date '2026-01-01' + (g % 700), date '2026-03-01' + (g % 700) + 60,
                       (array['IMMEDIATE','POLITICAL_TIMETABLE','LONG_TERM'])[1 + g % 3],
                       (array['NOT_STARTED','ON_TRACK','AT_RISK','OFF_TRACK','DONE'])[1 + g % 5],
                       case when g % 3 = 0 then 'Ministry of Justice' end
                  from generate_series(1, ?) g join results r on r.n = g % 200""", missionId, planId, planId, tasks);
        jdbc.update("""
                with units as (select id, row_number() over (order by id) - 1 as n, count(*) over () as total
                                 from org_unit where mission_id = ?)
                insert into plan_task_supporter (task_id, position, unit_id)
                select t.id, s - 1, (select id from units where n = (t.position + s) % total)
                  from plan_task t cross join generate_series(1, 2) s where t.plan_id = ?""", missionId, planId);
        jdbc.update("""
                insert into plan_benchmark (plan_id, objective_id, position, description, due_on, transition)
                select ?, (select id from plan_objective where plan_id = ? and position = g), g, 'Benchmark ' || g,
                       date '2026-06-30' + g * 30, g % 4 = 0
                  from generate_series(1, 20) g""", planId, planId);
        jdbc.update("""
                insert into plan_risk (plan_id, position, description, dilemma, likelihood, impact)
                select ?, g, 'Risk ' || g, (array['HUMANITARIAN_SPACE','HUMAN_RIGHTS','LOCAL_OWNERSHIP'])[1 + g % 3],
                       (array['LOW','MEDIUM','HIGH'])[1 + g % 3], (array['LOW','MEDIUM','HIGH'])[1 + (g / 3) % 3]
                  from generate_series(1, 30) g""", planId);
        if (textLength > 0) {
            for (String table : new String[] {"plan_objective", "plan_result", "plan_task"}) {
                jdbc.update(
                        "update " + table + " set description = left(repeat('Long text of the benchmark, word '"
                                + " || id || ' ', ?), ?) where plan_id = ?",
                        textLength / 20 + 1,
                        textLength,
                        planId);
            }
        }
        return new LargePlan(planId);
    }

    /** Removes the plan with all its parts. */
    public void delete(JdbcTemplate jdbc) {
        jdbc.update("delete from plan where id = ?", planId);
    }

    /** The id of the plan's objective at this position (1 to {@value #OBJECTIVES}). */
    public long objectiveAt(JdbcTemplate jdbc, int position) {
        return jdbc.queryForObject(
                "select id from plan_objective where plan_id = ? and position = ?", Long.class, planId, position);
    }
}
