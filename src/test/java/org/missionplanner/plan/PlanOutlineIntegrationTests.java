package org.missionplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
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

/** The outline of a whole plan, read in a fixed number of statements whatever the plan's size. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "HQ_REVIEWER")
class PlanOutlineIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PlanQueries queries;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    PlanWorld world;

    @BeforeEach
    void createWorld() {
        world = PlanWorld.create(jdbc, encoder);
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
    }

    @Test
    void aLargePlanIsReadWhole() {
        LargePlan plan = LargePlan.create(jdbc, world.missionId());

        PlanOutline outline = queries.outline(plan.planId());

        assertThat(outline.objectives()).hasSize(LargePlan.OBJECTIVES);
        assertThat(outline.allResults()).hasSize(LargePlan.RESULTS);
        assertThat(outline.allIndicators()).hasSize(LargePlan.INDICATORS);
        assertThat(outline.allTasks()).hasSize(LargePlan.TASKS);
        assertThat(outline.unlinkedTasks()).hasSize(LargePlan.TASKS / 10);
        assertThat(outline.allTasks()).allSatisfy(task -> {
            assertThat(task.lead()).isNotNull();
            assertThat(task.supporters()).hasSize(2);
        });
        assertThat(outline.allIndicators())
                .allSatisfy(i -> assertThat(i.latestValue()).isNotNull());
    }

    @Test
    void theOutlineRunsTheSameStatementsForOneTaskAsForAThousand() throws Exception {
        LargePlan large = LargePlan.create(jdbc, world.missionId());
        long small = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end) values (?, 'MISSION_CONCEPT', 'Small',
                date '2026-01-01', date '2026-12-31') returning id""", Long.class, world.missionId());
        jdbc.update(
                "insert into plan_task (plan_id, position, title, lead_unit_id) values (?, 1, 'Only task', ?)",
                small,
                world.headUnitId());
        var counter = new StatementCounter(entityManagerFactory);

        long forSmall = counter.count(() -> queries.outline(small));
        long forLarge = counter.count(() -> queries.outline(large.planId()));

        assertThat(forLarge)
                .as("statements for 1,000 tasks (1 task: %d)", forSmall)
                .isEqualTo(forSmall);
        assertThat(forSmall).isBetween(1L, 14L);
    }
}
