package org.missionplanner.planview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The matrix (page and files) and the timeline run the same number of SQL statements for a plan of
 * one task as for one of 1,000 tasks, 50 objectives and 20 benchmarks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanMatrixTimelineStatementCountIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService userDetails;

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
    void theMatrixAndTheTimelineRunTheSameStatementsForOneTaskAsForAThousand() throws Exception {
        LargePlan large = LargePlan.create(jdbc, world.missionId());
        long small = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end) values (?, 'MISSION_CONCEPT', 'Small',
                date '2026-01-01', date '2026-12-31') returning id""", Long.class, world.missionId());
        jdbc.update("""
                insert into plan_task (plan_id, position, title, lead_unit_id, start_on, end_on)
                values (?, 1, 'Only task', ?, date '2026-02-01', date '2026-05-31')""", small, world.headUnitId());
        RequestPostProcessor viewer = user(userDetails.loadUserByUsername(world.viewerUsername()));
        var counter = new StatementCounter(entityManagerFactory);

        for (String view : List.of("/matrix", "/matrix.csv", "/matrix.xlsx", "/timeline")) {
            long forSmall = counter.count(() -> request(small, view, viewer));
            long forLarge = counter.count(() -> request(large.planId(), view, viewer));

            assertThat(forLarge)
                    .as("%s: statements for 1,000 tasks (1 task: %d)", view, forSmall)
                    .isEqualTo(forSmall);
            assertThat(forSmall).as(view).isBetween(1L, 20L);
        }
    }

    @Test
    void aThousandTasksAreAllShown() throws Exception {
        LargePlan large = LargePlan.create(jdbc, world.missionId());
        RequestPostProcessor viewer = user(userDetails.loadUserByUsername(world.viewerUsername()));

        // the matrix comes in pages of whole objectives (LargePlanPagesIntegrationTests reads them all)
        assertThat(request(large.planId(), "/matrix", viewer))
                .contains("Showing 1,000 of 1,000 tasks")
                .contains(">Task 1</a>");
        assertThat(request(large.planId(), "/matrix?page=100", viewer)).contains(">Task 1000</a>");
        assertThat(request(large.planId(), "/timeline", viewer))
                .contains("1,000 tasks drawn")
                .contains("data-task=");
    }

    private String request(long planId, String view, RequestPostProcessor viewer) throws Exception {
        var response = mvc.perform(get("/plans/" + planId + view).with(viewer))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(view).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
