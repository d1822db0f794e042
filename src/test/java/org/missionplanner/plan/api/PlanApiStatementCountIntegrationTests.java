package org.missionplanner.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

/** The API reads a plan, or all of one kind of its parts, in as many statements for one task as for a thousand. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanApiStatementCountIntegrationTests {

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
    PlanApiSupport api;
    long small;
    long large;

    @BeforeEach
    void createPlans() {
        world = PlanWorld.create(jdbc, encoder);
        api = new PlanApiSupport(mvc, users, world);
        large = LargePlan.create(jdbc, world.missionId()).planId();
        small = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end) values (?, 'MISSION_CONCEPT', 'Small',
                date '2026-01-01', date '2026-12-31') returning id""", Long.class, world.missionId());
        long task = jdbc.queryForObject("""
                insert into plan_task (plan_id, position, title, lead_unit_id) values (?, 1, 'Only task', ?)
                returning id""", Long.class, small, world.headUnitId());
        jdbc.update(
                "insert into plan_task_supporter (task_id, position, unit_id) values (?, 0, ?)",
                task,
                world.ddrUnitId());
        jdbc.update("""
                insert into plan_risk (plan_id, position, description, likelihood, impact, owner_unit_id)
                values (?, 1, 'Only risk', 'LOW', 'HIGH', ?)""", small, world.policeUnitId());
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/objectives", "/results", "/indicators", "/benchmarks", "/tasks", "/risks"})
    void aListRunsTheSameStatementsForOneTaskAsForAThousand(String part) throws Exception {
        var counter = new StatementCounter(entityManagerFactory);

        long forSmall = counter.count(() -> read("/api/v1/plans/" + small + part));
        long forLarge = counter.count(() -> read("/api/v1/plans/" + large + part));

        assertThat(forLarge)
                .as("statements of GET %s for the large plan (small: %d)", part, forSmall)
                .isEqualTo(forSmall);
        assertThat(forSmall).isBetween(1L, 20L);
    }

    private void read(String path) throws Exception {
        mvc.perform(get(path).with(api.viewer())).andExpect(status().isOk());
    }
}
