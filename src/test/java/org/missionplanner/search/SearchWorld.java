package org.missionplanner.search;

import org.missionplanner.plan.PlanWorld;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A {@link PlanWorld} with one thing of every searchable kind, each carrying {@link #token()} (a
 * made-up word no other test uses) and a word naming its kind: a plan with an objective, a result,
 * an indicator, a task, a risk and a comment; a resolution, a partnership, a coordination body
 * with a meeting, a decision and an action item; the mission and its units; the organisation.
 */
record SearchWorld(PlanWorld world, String token, long planId, long objectiveId, long taskId, long commentId) {

    static SearchWorld create(JdbcTemplate jdbc, PasswordEncoder encoder) {
        PlanWorld world = PlanWorld.create(jdbc, encoder);
        String token = newWord();
        long mission = world.missionId();
        jdbc.update("update mission set context = ? where id = ?", "Missionword context " + token, mission);
        jdbc.update("update org_unit set location = ? where id = ?", "Unitword " + token, world.ddrUnitId());
        jdbc.update(
                "update organisation set notes = ? where id = ?", "Organisationword " + token, world.organisationId());
        jdbc.update("""
                insert into resolution (mission_id, symbol, adopted_on, notes)
                values (?, 'S/RES/9999 (2026)', date '2026-01-01', ?)""", mission, "Resolutionword " + token);
        jdbc.update("""
                insert into partnership (mission_id, organisation_id, arrangement, start_date, notes)
                values (?, ?, 'UN_COUNTRY_TEAM_MEMBER', date '2026-01-01', ?)""", mission, world.organisationId(), "Partnershipword " + token);
        long plan = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end, shared_vision)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Search plan', date '2026-01-01', date '2027-12-31', ?)
                returning id""", Long.class, mission, "Planword " + token);
        long objective = jdbc.queryForObject("""
                insert into plan_objective (plan_id, position, title, dimension, description)
                values (?, 1, 'Security sector', 'SECURITY', ?) returning id""", Long.class, plan, "Objectiveword " + token);
        long result = jdbc.queryForObject("""
                insert into plan_result (plan_id, objective_id, position, title, description)
                values (?, ?, 1, 'Police deployed', ?) returning id""", Long.class, plan, objective, "Resultword " + token);
        jdbc.update("""
                insert into plan_indicator (plan_id, result_id, position, definition, data_source)
                values (?, ?, 1, 'Share of counties with police', ?)""", plan, result, "Indicatorword " + token);
        long task = jdbc.queryForObject(
                """
                insert into plan_task (plan_id, objective_id, result_id, position, title, description, lead_unit_id)
                values (?, ?, ?, 1, ?, 'Cantonment and demobilisation', ?) returning id""", Long.class, plan, objective, result, "Taskword DDR programme " + token, world.ddrUnitId());
        jdbc.update("""
                insert into plan_risk (plan_id, position, description, mitigation, likelihood, impact)
                values (?, 1, 'Spoilers attack the sites', ?, 'LOW', 'HIGH')""", plan, "Riskword " + token);
        long comment = jdbc.queryForObject("""
                insert into plan_comment (plan_id, element_type, body, author, author_name, created_at)
                values (?, 'PLAN', ?, 'reviewer', 'Hq Reviewer', now()) returning id""", Long.class, plan, "Commentword " + token);
        long body = jdbc.queryForObject("""
                insert into coordination_body (mission_id, kind, name, meeting_frequency)
                values (?, 'SENIOR_MANAGEMENT_GROUP', 'Senior Management Group', 'WEEKLY') returning id""", Long.class, mission);
        long meeting = jdbc.queryForObject("""
                insert into meeting (mission_id, body_id, held_on, summary) values (?, ?, date '2026-02-02', ?)
                returning id""", Long.class, mission, body, "Meetingword " + token);
        jdbc.update(
                "insert into meeting_decision (meeting_id, position, text) values (?, 0, ?)",
                meeting,
                "Decisionword " + token);
        jdbc.update("""
                insert into action_item (mission_id, body_id, meeting_id, description, due_on)
                values (?, ?, ?, ?, date '2026-03-01')""", mission, body, meeting, "Actionword " + token);
        return new SearchWorld(world, token, plan, objective, task, comment);
    }

    /** A word of letters only, unlike any real word, different in each call. */
    static String newWord() {
        String digits = Long.toString(System.nanoTime() % 10_000_000_000L) + (int) (Math.random() * 1000);
        StringBuilder word = new StringBuilder("qz");
        for (char c : digits.toCharArray()) {
            word.append((char) ('a' + (c - '0')));
        }
        return word.toString();
    }

    void delete(JdbcTemplate jdbc) {
        jdbc.update("delete from plan where id = ?", planId);
        jdbc.update("delete from action_item where mission_id = ?", world.missionId());
        jdbc.update("delete from meeting where mission_id = ?", world.missionId());
        jdbc.update("delete from coordination_body where mission_id = ?", world.missionId());
        jdbc.update("delete from partnership where mission_id = ?", world.missionId());
        jdbc.update("delete from resolution where mission_id = ?", world.missionId());
        world.delete();
    }
}
