package org.missionplanner.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.admin.AuditEntry;
import org.missionplanner.admin.AuditEventType;
import org.missionplanner.admin.AuditFilter;
import org.missionplanner.admin.AuditLog;
import org.missionplanner.plan.PlanDetails;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanKind;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.HttpSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Plan submissions, decisions, returns and deletions reach the audit log in the transaction that
 * makes them, and the administrators' page says them in words, with the mission's name.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlanDecisionAuditIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlanEditing editing;

    @Autowired
    PlanReview review;

    @Autowired
    AuditLog auditLog;

    @Autowired
    org.missionplanner.mission.MissionRegistry missionRegistry;

    PlanWorld world;
    ReviewActors actors;

    @BeforeEach
    void createWorld() {
        world = PlanWorld.create(jdbc, encoder);
        actors = ReviewActors.create(jdbc, encoder, users, world);
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
        actors.delete();
    }

    @Test
    void submissionsReturnsApprovalsAndDeletionsAreAuditedWithWhoAndWhichPlan() throws Exception {
        String planner = world.plannerUsername();
        long planId = newPlan("Audited framework");
        long doomed = newPlan("Abandoned draft");

        actors.run(planner, () -> review.submit(planId, version(planId), null));
        actors.run(actors.reviewer(), () -> review.returnForChanges(planId, version(planId), "Needs baselines"));
        actors.run(planner, () -> review.submit(planId, version(planId), null));
        actors.run(actors.otherReviewer(), () -> review.approve(planId, version(planId), null));
        actors.run(planner, () -> editing.deletePlan(doomed, version(doomed)));

        var recorded = jdbc.queryForList("""
                select event_type, actor_username, detail from audit_event
                where mission_id = ? order by id""", world.missionId());
        assertThat(recorded)
                .extracting(row -> row.get("event_type") + " " + row.get("actor_username") + " " + row.get("detail"))
                .containsExactly(
                        "PLAN_SUBMITTED " + planner + " Audited framework",
                        "PLAN_RETURNED " + actors.reviewer() + " Audited framework",
                        "PLAN_SUBMITTED " + planner + " Audited framework",
                        "PLAN_APPROVED " + actors.otherReviewer() + " Audited framework",
                        "PLAN_DELETED " + planner + " Abandoned draft");
    }

    @Test
    void aRefusedDecisionLeavesNoEntry() throws Exception {
        long planId = newPlan("Never submitted twice");
        String planner = world.plannerUsername();
        actors.run(planner, () -> review.submit(planId, version(planId), null));
        long stale = version(planId) - 1;

        try {
            actors.run(actors.reviewer(), () -> review.approve(planId, stale, null));
        } catch (RuntimeException expected) {
            // a stale version is refused: the approval did not happen, so it is not audited
        }

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where mission_id = ? and event_type = 'PLAN_APPROVED'",
                        Integer.class,
                        world.missionId()))
                .isZero();
    }

    @Test
    void theLogSaysEachDecisionInWordsWithTheMissionsNameAndFiltersByKind() throws Exception {
        long planId = newPlan("Words not ids");
        actors.run(world.plannerUsername(), () -> review.submit(planId, version(planId), null));
        String acronym =
                jdbc.queryForObject("select acronym from mission where id = ?", String.class, world.missionId());

        HttpSession admin = new HttpSession(port);
        admin.signIn("admin", HttpSession.DEMO_PASSWORD);
        String english = admin.get("/admin/audit?lang=en&category=PLANS&missionId=" + world.missionId())
                .body();
        assertThat(english)
                .contains(
                        world.plannerUsername() + " submitted the plan “Words not ids” of " + acronym + " for review.")
                .contains("<td>" + acronym + "</td>")
                .doesNotContain("signed in.");
        String french = admin.get("/admin/audit?category=PLANS&lang=fr&missionId=" + world.missionId())
                .body();
        assertThat(french)
                .contains(world.plannerUsername() + " a soumis pour examen le plan « Words not ids » de " + acronym
                        + ".");
        admin.get("/admin/audit?lang=en"); // the language chosen is remembered for the account

        var signIns = actors.as(
                "admin",
                () -> auditLog.search(
                        new AuditFilter(null, null, AuditEventType.Category.PLANS, world.missionId(), null, null),
                        PageRequest.of(0, 10)));
        assertThat(signIns.getContent()).allMatch(e -> e.eventType().category() == AuditEventType.Category.PLANS);
        assertThat(signIns.getContent()).extracting(AuditEntry::missionName).containsOnly(acronym);
    }

    @Test
    void storedRoleNamesAreTranslatedWhenRead() {
        String target = org.missionplanner.support.TestUsers.uniqueName("promoted");
        jdbc.update(
                "insert into audit_event (event_type, actor_username, target_username, old_value, new_value)"
                        + " values ('ROLE_CHANGED', 'admin', ?, 'USER', 'HQ_REVIEWER')",
                target);

        HttpSession admin = new HttpSession(port);
        admin.signIn("admin", HttpSession.DEMO_PASSWORD);
        assertThat(admin.get("/admin/audit?lang=en&username=" + target).body())
                .contains("admin changed the global role of " + target + " from User to HQ reviewer.")
                .doesNotContain("HQ_REVIEWER");
        assertThat(admin.get("/admin/audit?lang=fr&username=" + target).body())
                .contains(
                        "admin a changé le rôle global de " + target + " : Utilisateur devient Examinateur du Siège.");
        admin.get("/admin/audit?lang=en");
    }

    @Test
    void aDeletedMissionIsAuditedAndStillNamedInTheLog() throws Exception {
        var testUsers = new org.missionplanner.support.TestUsers(jdbc, encoder);
        String acronym = org.missionplanner.support.TestUsers.uniqueName("GONE");
        long missionId = testUsers.createMission(acronym);

        actors.run("admin", () -> missionRegistry.delete(missionId));

        assertThat(jdbc.queryForObject(
                        "select detail from audit_event where event_type = 'MISSION_DELETED' and mission_id = ?",
                        String.class,
                        missionId))
                .isEqualTo(acronym);
        HttpSession admin = new HttpSession(port);
        admin.signIn("admin", HttpSession.DEMO_PASSWORD);
        assertThat(admin.get("/admin/audit?lang=en&category=DELETIONS").body())
                .contains("admin deleted the mission " + acronym + ".");
    }

    private long newPlan(String title) throws Exception {
        long id = actors.as(
                world.plannerUsername(),
                () -> editing.createPlan(
                        world.missionId(),
                        new PlanDetails(
                                PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK,
                                title,
                                LocalDate.of(2026, 1, 1),
                                LocalDate.of(2027, 12, 31),
                                null,
                                null)));
        return id;
    }

    private long version(long planId) {
        return jdbc.queryForObject("select version from plan where id = ?", Long.class, planId);
    }
}
