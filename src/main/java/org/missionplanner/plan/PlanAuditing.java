package org.missionplanner.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the history module needs to read the recorded changes of plans without reaching into the
 * plan's tables: the audited types, and the mission of a plan even after the plan was deleted.
 */
@Component
@Transactional(readOnly = true)
public class PlanAuditing {

    private final JdbcTemplate jdbc;

    PlanAuditing(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The audited type of the plan itself; its changes are found by id or by {@code missionId}. */
    public Class<?> planType() {
        return Plan.class;
    }

    /** The audited types of a plan's parts, each found by its {@code planId}. */
    public List<Class<?>> partTypes() {
        return List.of(Objective.class, PlanResult.class, Indicator.class, Benchmark.class, PlanTask.class, Risk.class);
    }

    /**
     * The titles of the mission's plans, objectives and results as last recorded (a removed one
     * keeps its last title; later records and the live rows win), by the field of a plan part that refers to them ({@code objectiveId},
     * {@code resultId}, {@code parentPlanId}) and id. One query.
     */
    public Map<String, Map<Long, String>> titlesAsLastRecorded(long missionId) {
        Map<String, Map<Long, String>> titles = new HashMap<>();
        jdbc.query(
                """
                with plans as (select id from plan where mission_id = ? union select id from plan_aud where mission_id = ?)
                select * from (
                  select 0 as live, 'parentPlanId' as field, id, title, rev from plan_aud
                   where id in (select id from plans) and title is not null
                  union all select 0, 'objectiveId', id, title, rev from plan_objective_aud
                   where plan_id in (select id from plans) and title is not null
                  union all select 0, 'resultId', id, title, rev from plan_result_aud
                   where plan_id in (select id from plans) and title is not null
                  union all select 1, 'parentPlanId', id, title, 0 from plan where id in (select id from plans)
                  union all select 1, 'objectiveId', id, title, 0 from plan_objective where plan_id in (select id from plans)
                  union all select 1, 'resultId', id, title, 0 from plan_result where plan_id in (select id from plans)
                ) titles order by live, rev""",
                rs -> {
                    titles.computeIfAbsent(rs.getString(2), field -> new HashMap<>())
                            .put(rs.getLong(3), rs.getString(4));
                },
                missionId,
                missionId);
        return titles;
    }

    /** The mission of the plan as it is, or as it was last recorded when it has been deleted. */
    public Optional<Long> missionOf(long planId) {
        return Optional.ofNullable(jdbc.query("""
                select mission_id from plan where id = ?
                union all select mission_id from plan_aud where id = ? limit 1""", rs -> rs.next() ? rs.getLong(1) : null, planId, planId));
    }
}
