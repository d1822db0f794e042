package org.missionplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.Indicator;
import org.missionplanner.plan.LargePlan;
import org.missionplanner.plan.PlanTask;
import org.missionplanner.plan.PlanWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The form of a plan part reads that part and the choices it offers, not the plan around it. */
@SpringBootTest
@AutoConfigureMockMvc
class PartFormLoadIntegrationTests {

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
    void theFormOfATaskInAPlanOfAThousandTasksLoadsThatTaskAlone() throws Exception {
        LargePlan large = LargePlan.create(jdbc, world.missionId());
        long taskId =
                jdbc.queryForObject("select min(id) from plan_task where plan_id = ?", Long.class, large.planId());
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            String form = mvc.perform(get("/plans/{p}/tasks/{t}/edit", large.planId(), taskId)
                            .header("HX-Request", "true")
                            .with(user(users.loadUserByUsername(world.plannerUsername()))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            assertThat(form).contains("id=\"task-" + taskId + "-form\"");
            assertThat(statistics.getEntityStatistics(PlanTask.class.getName()).getLoadCount())
                    .as("tasks loaded for the form of one task among %d", LargePlan.TASKS)
                    .isEqualTo(1);
            assertThat(statistics.getEntityStatistics(Indicator.class.getName()).getLoadCount())
                    .as("indicators loaded for the form of a task")
                    .isZero();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
