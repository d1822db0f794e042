package org.missionplanner.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Row count and an MD5 of the full content of every table a request could change. Two snapshots
 * differ when any row was inserted, updated or deleted. The audit log is included without its
 * ACCESS_DENIED rows: writing those is exactly what a refused request is supposed to do.
 */
record DatabaseSnapshot(Map<String, String> tables) {

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("app_user", "select * from app_user");
        QUERIES.put("mission_membership", "select * from mission_membership");
        QUERIES.put("api_token", "select * from api_token");
        QUERIES.put("mission", "select * from mission");
        QUERIES.put("org_unit", "select * from org_unit");
        QUERIES.put("secondary_line", "select * from secondary_line");
        QUERIES.put("resolution", "select * from resolution");
        QUERIES.put("organisation", "select * from organisation");
        QUERIES.put("mandated_task", "select resolution_id * 1000 + position as id, * from mandated_task");
        QUERIES.put("partnership", "select * from partnership");
        QUERIES.put(
                "coordination_body",
                "select b.*, (select string_agg(m::text, ',') from coordination_body_member m where m.body_id = b.id) as members from coordination_body b");
        QUERIES.put("meeting", "select * from meeting");
        QUERIES.put("action_item", "select * from action_item");
        QUERIES.put("plan", "select * from plan");
        QUERIES.put("plan_objective", "select * from plan_objective");
        QUERIES.put("plan_result", "select * from plan_result");
        QUERIES.put("plan_indicator", "select * from plan_indicator");
        QUERIES.put("plan_benchmark", "select * from plan_benchmark");
        QUERIES.put(
                "plan_task",
                "select t.*, (select string_agg(s::text, ',') from plan_task_supporter s where s.task_id = t.id) as supporters from plan_task t");
        QUERIES.put("plan_risk", "select * from plan_risk");
        QUERIES.put("indicator_measurement", "select * from indicator_measurement");
        QUERIES.put("task_status_update", "select * from task_status_update");
        QUERIES.put("plan_version", "select * from plan_version");
        QUERIES.put("plan_comment", "select * from plan_comment");
        QUERIES.put("notification", "select * from notification");
        QUERIES.put(
                "audit_event (without ACCESS_DENIED)", "select * from audit_event where event_type <> 'ACCESS_DENIED'");
    }

    static DatabaseSnapshot take(JdbcTemplate jdbc) {
        Map<String, String> tables = new LinkedHashMap<>();
        QUERIES.forEach((table, rows) -> tables.put(
                table,
                jdbc.queryForObject(
                        "select count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text, '|' order by t.id)), '-') from ("
                                + rows + ") t",
                        String.class)));
        return new DatabaseSnapshot(tables);
    }

    /** The tables whose content differs in the later snapshot, with before and after. */
    List<String> changesUntil(DatabaseSnapshot later) {
        return tables.keySet().stream()
                .filter(table -> !tables.get(table).equals(later.tables.get(table)))
                .map(table -> table + ": " + tables.get(table) + " -> " + later.tables.get(table))
                .toList();
    }
}
