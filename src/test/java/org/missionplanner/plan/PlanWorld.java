package org.missionplanner.plan;

import java.util.List;
import org.missionplanner.support.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A mission of its own with three units (head, DDR section, police), a planner of it, a viewer of
 * it, and a partner organisation: what a plan test needs. {@link #delete()} removes all of it,
 * plans included (the test database is shared by every test class of the JVM).
 */
public record PlanWorld(
        JdbcTemplate jdbc,
        long missionId,
        String plannerUsername,
        long plannerId,
        String viewerUsername,
        long viewerId,
        long headUnitId,
        long ddrUnitId,
        long policeUnitId,
        long organisationId,
        String organisationAcronym) {

    public static final String PASSWORD = "Plan-World-Passphrase-1";

    public static PlanWorld create(JdbcTemplate jdbc, PasswordEncoder encoder) {
        var users = new TestUsers(jdbc, encoder);
        String planner = TestUsers.uniqueName("plan-planner");
        String viewer = TestUsers.uniqueName("plan-viewer");
        long plannerId = users.create(planner, "USER", PASSWORD);
        long viewerId = users.create(viewer, "USER", PASSWORD);
        long missionId = users.createMission(TestUsers.uniqueName("PLN"));
        users.member(plannerId, missionId, "PLANNER");
        users.member(viewerId, missionId, "VIEWER");
        long head = unit(jdbc, missionId, "HEAD_OF_MISSION", "SRSG", null, 0);
        long ddr = unit(jdbc, missionId, "DDR", "DDR Section", head, 1);
        long police = unit(jdbc, missionId, "POLICE_COMPONENT", "UNPOL", head, 2);
        String acronym = TestUsers.uniqueName("ORG").toUpperCase();
        long organisation = jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind) values (?, 'Plan test organisation', 'UN_AGENCY_FUND_PROGRAMME')
                returning id""", Long.class, acronym);
        return new PlanWorld(
                jdbc, missionId, planner, plannerId, viewer, viewerId, head, ddr, police, organisation, acronym);
    }

    private static long unit(JdbcTemplate jdbc, long missionId, String type, String name, Long superior, int order) {
        return jdbc.queryForObject("""
                insert into org_unit (mission_id, unit_type, name, category, reports_to_id, sort_order)
                values (?, ?, ?, 'SUBSTANTIVE', ?, ?) returning id""", Long.class, missionId, type, name, superior, order);
    }

    public List<Long> unitIds() {
        return List.of(headUnitId, ddrUnitId, policeUnitId);
    }

    public void delete() {
        jdbc.update("delete from mission where id = ?", missionId);
        jdbc.update("delete from organisation where id = ?", organisationId);
        jdbc.update("delete from app_user where id in (?, ?)", plannerId, viewerId);
    }
}
