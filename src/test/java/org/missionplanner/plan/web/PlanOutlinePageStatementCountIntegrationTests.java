package org.missionplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.LargePlan;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The outline page of a plan with 1,000 tasks runs the same statements as that of a plan with one. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanOutlinePageStatementCountIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

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
    void theOutlinePageOfAThousandTasksRunsAsManyStatementsAsThatOfOne() throws Exception {
        LargePlan large = LargePlan.create(jdbc, world.missionId());
        long small = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end) values (?, 'MISSION_CONCEPT',
                'Small', date '2026-01-01', date '2026-12-31') returning id""", Long.class, world.missionId());
        jdbc.update(
                "insert into plan_task (plan_id, position, title, lead_unit_id) values (?, 1, 'Only task', ?)",
                small,
                world.headUnitId());
        var planner = user(users.loadUserByUsername(world.plannerUsername()));
        var counter = new StatementCounter(entityManagerFactory);
        String[] largePage = new String[1];

        long forSmall = counter.count(
                () -> mvc.perform(get("/plans/{id}", small).with(planner)).andReturn());
        long forLarge = counter.count(() ->
                largePage[0] = mvc.perform(get("/plans/{id}", large.planId()).with(planner))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(largePage[0]).contains("50 objectives · 200 results · 400 indicators · 1,000 tasks");
        assertThat(forLarge)
                .as("statements for 1,000 tasks (1 task: %d)", forSmall)
                .isEqualTo(forSmall);
        assertThat(forSmall).isBetween(1L, 20L);
    }
}
