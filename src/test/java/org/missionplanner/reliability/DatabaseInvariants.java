package org.missionplanner.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What must hold in the database after any mix of concurrent edits, restarts and kills, checked
 * with SQL on the given plans: every task has exactly one lead; the parts of each kind have the
 * positions 1, 2, 3... in their plan, and a task's supporters 0, 1, 2... (unique, no gap); every
 * version is at least 0. {@link #stored} reads the parts the {@link WriteLedger} compares.
 */
final class DatabaseInvariants {

    private static final List<String> PART_TABLES =
            List.of("plan_objective", "plan_result", "plan_indicator", "plan_benchmark", "plan_task", "plan_risk");

    private final JdbcTemplate jdbc;
    private final Long[] planIds;

    DatabaseInvariants(JdbcTemplate jdbc, List<Long> planIds) {
        this.jdbc = jdbc;
        this.planIds = planIds.toArray(Long[]::new);
    }

    /** One line per broken invariant, with how many rows break it. */
    List<String> broken() {
        List<String> broken = new ArrayList<>();
        long leads = count("""
                select count(*) from plan_task
                 where plan_id = any(?) and num_nonnulls(lead_unit_id, lead_organisation_id) <> 1""");
        if (leads > 0) {
            broken.add(leads + " tasks without exactly one lead");
        }
        for (String table : PART_TABLES) {
            long misplaced = count("""
                    select count(*) from (
                      select position, row_number() over (partition by plan_id order by position, id) as expected
                        from %s where plan_id = any(?)) p
                     where position <> expected""".formatted(table));
            if (misplaced > 0) {
                broken.add(misplaced + " rows of " + table + " off the positions 1, 2, 3... of their plan");
            }
            long negative = count("select count(*) from %s where plan_id = any(?) and version < 0".formatted(table));
            if (negative > 0) {
                broken.add(negative + " rows of " + table + " with a negative version");
            }
        }
        long supporters = count("""
                select count(*) from (
                  select s.position, row_number() over (partition by s.task_id order by s.position) - 1 as expected
                    from plan_task_supporter s join plan_task t on t.id = s.task_id
                   where t.plan_id = any(?)) p
                 where position <> expected""");
        if (supporters > 0) {
            broken.add(supporters + " task supporters off the positions 0, 1, 2... of their task");
        }
        long leadSupports = count("""
                select count(*) from plan_task_supporter s join plan_task t on t.id = s.task_id
                 where t.plan_id = any(?)
                   and (s.unit_id = t.lead_unit_id or s.organisation_id = t.lead_organisation_id)""");
        if (leadSupports > 0) {
            broken.add(leadSupports + " tasks whose lead is also a supporter");
        }
        long plans = count("select count(*) from plan where id = any(?) and version < 0");
        if (plans > 0) {
            broken.add(plans + " plans with a negative version");
        }
        return broken;
    }

    /** The tasks and plan headers as {@link WriteLedger} keys them, with their version and value. */
    Map<String, WriteLedger.Stored> stored() {
        Map<String, WriteLedger.Stored> stored = new HashMap<>();
        jdbc.query(
                """
                select 'task-' || id, version,
                       title || '|' || coalesce('unit-' || lead_unit_id, 'organisation-' || lead_organisation_id, '')
                  from plan_task where plan_id = any(?)""",
                rs -> {
                    stored.put(rs.getString(1), new WriteLedger.Stored(rs.getLong(2), rs.getString(3)));
                },
                (Object) planIds);
        jdbc.query(
                "select 'plan-' || id, version, title from plan where id = any(?)",
                rs -> {
                    stored.put(rs.getString(1), new WriteLedger.Stored(rs.getLong(2), rs.getString(3)));
                },
                (Object) planIds);
        return stored;
    }

    long tasks() {
        return count("select count(*) from plan_task where plan_id = any(?)");
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, (Object) planIds);
    }
}
