package org.missionplanner.structure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.HttpSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A unit that an approved plan or a coordination body names is not removed: not by the structure
 * editor (which says where it is used), not by starting the structure again, not by SQL; and a task
 * of a plan out of draft keeps exactly one lead.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UnitRemovalIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    PlanWorld world;
    HttpSession planner;
    long planId;
    long taskId;
    long bodyId;
    String base;

    @BeforeEach
    void setUp() {
        world = PlanWorld.create(jdbc, encoder);
        planId = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end, status)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Approved ISF', date '2026-01-01', date '2027-12-31', 'APPROVED')
                returning id""", Long.class, world.missionId());
        taskId = jdbc.queryForObject("""
                insert into plan_task (plan_id, position, title, lead_unit_id) values (?, 1, 'Canton the combatants', ?)
                returning id""", Long.class, planId, world.ddrUnitId());
        bodyId = jdbc.queryForObject("""
                insert into coordination_body (mission_id, kind, name, chair_unit_id, meeting_frequency)
                values (?, 'SENIOR_MANAGEMENT_GROUP', 'Senior management group', ?, 'WEEKLY') returning id""", Long.class, world.missionId(), world.headUnitId());
        jdbc.update(
                "insert into coordination_body_member (body_id, position, unit_id) values (?, 0, ?)",
                bodyId,
                world.policeUnitId());
        planner = new HttpSession(port);
        planner.signIn(world.plannerUsername(), PlanWorld.PASSWORD);
        base = "/missions/" + world.missionId() + "/structure";
    }

    @AfterEach
    void removeTestData() {
        world.delete();
    }

    @Test
    void aUnitThatAnApprovedPlanNamesIsNotRemovedAndThePageSaysWhere() {
        long planVersion = planVersion();
        planner.get(base + "/units/" + world.ddrUnitId());
        var refused = planner.postForm(base + "/units/" + world.ddrUnitId() + "/delete", Map.of());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow())
                .endsWith(base + "/units/" + world.ddrUnitId());

        var page = planner.get(base + "/units/" + world.ddrUnitId());
        assertThat(page.body())
                .contains("This unit cannot be removed", "Plan “Approved ISF” (1 mention(s))", "not a draft")
                .contains("href=\"/plans/" + planId + "\"");
        assertThat(jdbc.queryForObject("select count(*) from org_unit where id = ?", Integer.class, world.ddrUnitId()))
                .isOne();
        assertThat(jdbc.queryForObject("select lead_unit_id from plan_task where id = ?", Long.class, taskId))
                .isEqualTo(world.ddrUnitId());
        assertThat(planVersion()).isEqualTo(planVersion);
    }

    @Test
    void removingAUnitWithItsSubUnitsIsRefusedWhenABodyNamesASubUnit() {
        jdbc.update(
                "update plan_task set lead_organisation_id = ?, lead_unit_id = null where id = ?",
                world.organisationId(),
                taskId);
        jdbc.update("update coordination_body set chair_unit_id = null where id = ?", bodyId);
        planner.get(base + "/units/" + world.headUnitId());
        planner.postForm(base + "/units/" + world.headUnitId() + "/delete", Map.of("mode", "REMOVE_SUB_UNITS"));

        var page = planner.get(base + "/units/" + world.headUnitId());
        assertThat(page.body())
                .contains("Coordination body “Senior management group” (1 mention(s))")
                .contains("href=\"/missions/" + world.missionId() + "/coordination/bodies/" + bodyId + "\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from org_unit where mission_id = ?", Integer.class, world.missionId()))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from coordination_body_member where body_id = ?", Integer.class, bodyId))
                .isOne();
    }

    @Test
    void startingTheStructureAgainIsRefusedWhileItsUnitsAreNamed() {
        planner.get(base);
        planner.postForm(base + "/start", Map.of("start", "GENERIC", "replace", "true"));

        assertThat(planner.get(base).body()).contains("This unit cannot be removed", "Approved ISF");
        assertThat(jdbc.queryForObject("select lead_unit_id from plan_task where id = ?", Long.class, taskId))
                .isEqualTo(world.ddrUnitId());
    }

    @Test
    void aUnitNobodyNamesIsStillRemoved() {
        jdbc.update("delete from coordination_body_member where body_id = ?", bodyId);
        planner.get(base + "/units/" + world.policeUnitId());
        var removed = planner.postForm(base + "/units/" + world.policeUnitId() + "/delete", Map.of());

        assertThat(removed.headers().firstValue("Location").orElseThrow()).endsWith(base);
        assertThat(jdbc.queryForObject(
                        "select count(*) from org_unit where id = ?", Integer.class, world.policeUnitId()))
                .isZero();
    }

    @Test
    void theDatabaseRefusesToDeleteAUnitOrAnOrganisationStillNamed() {
        jdbc.update(
                "insert into plan_task_supporter (task_id, position, organisation_id) values (?, 0, ?)",
                taskId,
                world.organisationId());

        assertThatThrownBy(() -> jdbc.update("delete from org_unit where id = ?", world.ddrUnitId()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("delete from org_unit where id = ?", world.policeUnitId()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("delete from organisation where id = ?", world.organisationId()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aTaskOfAPlanOutOfDraftKeepsExactlyOneLead() {
        assertThatThrownBy(() -> jdbc.update("update plan_task set lead_unit_id = null where id = ?", taskId))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("exactly one lead");

        jdbc.update("update plan set status = 'DRAFT' where id = ?", planId);
        jdbc.update("update plan_task set lead_unit_id = null where id = ?", taskId);
        assertThatThrownBy(() -> jdbc.update("update plan set status = 'IN_REVIEW' where id = ?", planId))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("task has no lead");
    }

    @Test
    void aDraftWithATaskWithoutLeadIsNotSubmittedAndThePageSaysWhy() {
        jdbc.update("update plan set status = 'DRAFT' where id = ?", planId);
        jdbc.update("update plan_task set lead_unit_id = null where id = ?", taskId);
        planner.get("/plans/" + planId + "/review");

        var refused = planner.postForm(
                "/plans/" + planId + "/review/submit", Map.of("version", String.valueOf(planVersion()), "message", ""));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("A task of this plan has no lead");
        assertThat(jdbc.queryForObject("select status from plan where id = ?", String.class, planId))
                .isEqualTo("DRAFT");
    }

    private long planVersion() {
        return jdbc.queryForObject("select version from plan where id = ?", Long.class, planId);
    }
}
