package org.missionplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plan's outline is read from the database once per revision of the plan, and any committed
 * change to what it shows, written by whatever path (here plain SQL, as another instance or a
 * migration would), is seen by the next read.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "HQ_REVIEWER")
class PlanOutlineCacheIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PlanQueries queries;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PlatformTransactionManager transactions;

    PlanWorld world;
    long planId;
    long objectiveId;
    long resultId;
    long indicatorId;
    long taskId;

    @BeforeEach
    void createPlan() {
        world = PlanWorld.create(jdbc, encoder);
        planId = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end) values (?, 'MISSION_CONCEPT',
                'Cached plan', date '2026-01-01', date '2026-12-31') returning id""", Long.class, world.missionId());
        objectiveId = jdbc.queryForObject(
                "insert into plan_objective (plan_id, position, title, dimension) values (?, 1, 'Security', 'SECURITY') returning id",
                Long.class,
                planId);
        resultId = jdbc.queryForObject(
                "insert into plan_result (plan_id, objective_id, position, title) values (?, ?, 1, 'Safer roads') returning id",
                Long.class,
                planId,
                objectiveId);
        indicatorId = jdbc.queryForObject("""
                insert into plan_indicator (plan_id, result_id, position, definition, unit, baseline_value, target_value,
                frequency) values (?, ?, 1, 'Checkpoints staffed', 'percent', 10, 90, 'QUARTERLY') returning id""", Long.class, planId, resultId);
        taskId = jdbc.queryForObject("""
                insert into plan_task (plan_id, objective_id, result_id, position, title, lead_unit_id)
                values (?, ?, ?, 1, 'Patrol the roads', ?) returning id""", Long.class, planId, objectiveId, resultId, world.ddrUnitId());
        jdbc.update(
                "insert into plan_task_supporter (task_id, position, unit_id) values (?, 0, ?)",
                taskId,
                world.policeUnitId());
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
    }

    @Test
    void anUnchangedPlanIsReadFromTheDatabaseOnce() throws Exception {
        var counter = new StatementCounter(entityManagerFactory);
        PlanOutline[] reads = new PlanOutline[2];

        long first = counter.count(() -> reads[0] = queries.outline(planId));
        long second = counter.count(() -> reads[1] = queries.outline(planId));

        assertThat(first).isGreaterThan(5);
        // the second read runs only the permission check's statement (and the revision's, in plain JDBC)
        assertThat(second).isLessThanOrEqualTo(1);
        assertThat(reads[1]).isSameAs(reads[0]);
    }

    @Test
    void everyChangeToWhatTheOutlineShowsIsSeenByTheNextRead() {
        assertThat(task().title()).isEqualTo("Patrol the roads");

        jdbc.update("update plan_task set title = 'Patrol the main roads' where id = ?", taskId);
        assertThat(task().title()).isEqualTo("Patrol the main roads");

        jdbc.update("update org_unit set name = 'DDR and CVR Section' where id = ?", world.ddrUnitId());
        assertThat(task().lead().name()).isEqualTo("DDR and CVR Section");

        jdbc.update("delete from plan_task_supporter where task_id = ?", taskId);
        assertThat(task().supporters()).isEmpty();

        jdbc.update(
                "insert into plan_task_supporter (task_id, position, organisation_id) values (?, 0, ?)",
                taskId,
                world.organisationId());
        jdbc.update(
                "update organisation set acronym = ? where id = ?",
                "RENAMED" + world.organisationId(),
                world.organisationId());
        assertThat(task().supporters())
                .singleElement()
                .satisfies(s -> assertThat(s.name()).isEqualTo("RENAMED" + world.organisationId()));

        jdbc.update("""
                insert into indicator_measurement (plan_id, indicator_id, value, measured_on, recorded_by)
                values (?, ?, 55, date '2026-03-31', 'test')""", planId, indicatorId);
        assertThat(queries.outline(planId).allIndicators())
                .singleElement()
                .satisfies(i -> assertThat(i.latestValue()).isEqualByComparingTo(new BigDecimal("55")));

        jdbc.update("update plan set title = 'Cached plan, revised' where id = ?", planId);
        assertThat(queries.outline(planId).plan().title()).isEqualTo("Cached plan, revised");

        String acronym = "NEW" + world.missionId();
        jdbc.update("update mission set acronym = ? where id = ?", acronym, world.missionId());
        assertThat(queries.outline(planId).plan().missionAcronym()).isEqualTo(acronym);

        jdbc.update("delete from plan_task where id = ?", taskId);
        assertThat(queries.outline(planId).allTasks()).isEmpty();
    }

    @Test
    void aChangeRolledBackIsNeverShown() {
        queries.outline(planId);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("update plan_task set title = 'Never saved' where id = ?", taskId);
            assertThat(task().title()).isEqualTo("Never saved");
            status.setRollbackOnly();
        });

        assertThat(task().title()).isEqualTo("Patrol the roads");
    }

    @Test
    void aPlanMadeAgainUnderTheSameIdIsReadAfresh() {
        assertThat(queries.outline(planId).plan().title()).isEqualTo("Cached plan");

        jdbc.update("delete from plan where id = ?", planId);
        jdbc.update("""
                insert into plan (id, mission_id, kind, title, period_start, period_end) values (?, ?, 'MISSION_CONCEPT',
                'Another plan', date '2026-01-01', date '2026-12-31')""", planId, world.missionId());

        PlanOutline outline = queries.outline(planId);
        assertThat(outline.plan().title()).isEqualTo("Another plan");
        assertThat(outline.allTasks()).isEmpty();
    }

    private TaskView task() {
        return queries.outline(planId).allTasks().get(0);
    }
}
