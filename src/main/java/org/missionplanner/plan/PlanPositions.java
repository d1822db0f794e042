package org.missionplanner.plan;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the positions of a plan's parts unique and without gaps, 1, 2, 3... for each kind, when
 * planners add, move and delete parts at the same time: whoever changes positions first locks the
 * plan's row until the transaction ends, and a deletion closes the gaps it leaves (its own and those
 * of the parts deleted with it). The database refuses two parts at one position
 * ({@code uq_plan_*_position}). Closing a gap changes no part's version: its content did not change.
 */
@Component
class PlanPositions {

    private static final List<String> TABLES =
            List.of("plan_objective", "plan_result", "plan_indicator", "plan_benchmark", "plan_task", "plan_risk");

    private final JdbcTemplate jdbc;

    PlanPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until no one else is changing the positions of this plan's parts, then keeps them for this transaction. */
    void lock(long planId) {
        jdbc.queryForList("select id from plan where id = ? for no key update", Long.class, planId);
    }

    /** Numbers the parts of each kind 1, 2, 3... again in their order, after some were deleted. */
    void closeGaps(long planId) {
        for (String table : TABLES) {
            jdbc.update("""
                    update %1$s p set position = n.position
                    from (select id, row_number() over (order by position, id) as position
                          from %1$s where plan_id = ?) n
                    where p.id = n.id and p.position <> n.position""".formatted(table), planId);
        }
    }
}
