package org.missionplanner.plan;

import java.util.List;
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

    /** The mission of the plan as it is, or as it was last recorded when it has been deleted. */
    public Optional<Long> missionOf(long planId) {
        return Optional.ofNullable(jdbc.query("""
                select mission_id from plan where id = ?
                union all select mission_id from plan_aud where id = ? limit 1""", rs -> rs.next() ? rs.getLong(1) : null, planId, planId));
    }
}
