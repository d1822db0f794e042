package org.missionplanner.planview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The coherence report, the task list, the coherence API and the monitoring dashboard run the same
 * number of SQL statements for a plan of one task as for one of 1,000 tasks and 400 indicators.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CoherenceStatementCountIntegrationTests {

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
    long small;
    long large;
    RequestPostProcessor planner;

    @BeforeEach
    void oneSmallAndOneLargePlan() {
        world = PlanWorld.create(jdbc, encoder);
        large = LargePlan.create(jdbc, world.missionId()).planId();
        small = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end) values (?, 'MISSION_CONCEPT', 'Small',
                date '2026-01-01', date '2026-12-31') returning id""", Long.class, world.missionId());
        jdbc.update(
                "insert into plan_task (plan_id, position, title, lead_unit_id) values (?, 1, 'Only task', ?)",
                small,
                world.headUnitId());
        jdbc.update("""
                insert into task_status_update (plan_id, task_id, status, narrative, recorded_by)
                select plan_id, id, 'ON_TRACK', 'Started', 'counter' from plan_task where plan_id in (?, ?)""", small, large);
        planner = user(userDetails.loadUserByUsername(world.plannerUsername()));
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
    }

    @Test
    void theCoherencePageRunsTheSameStatementsForOneTaskAsForAThousand() throws Exception {
        // national: 3 more than before, the tasks' national counterparts, their kinds and the aligned priorities
        assertBounded("/plans/{id}/coherence", "Strategic deficit: 10 % unlinked", 28);
    }

    @Test
    void theTaskListRunsTheSameStatementsForOneTaskAsForAThousand() throws Exception {
        // the last page (asked beyond it: clamped) holds the last objective
        assertBounded("/plans/{id}/tasks?filter=counterpart&page=99", "Task 999", 25);
    }

    @Test
    void theCoherenceApiRunsTheSameStatementsForOneTaskAsForAThousand() throws Exception {
        assertBounded("/api/v1/plans/{id}/coherence", "\"taskCount\":1000", 25);
    }

    @Test
    void theMonitoringDashboardRunsTheSameStatementsForOneTaskAsForAThousand() throws Exception {
        assertBounded("/plans/{id}/monitoring", "Indicator ", 25);
    }

    // national: local ownership and alignment read the actors and priorities named, whatever their number
    @Test
    void theCoherencePageWithNationalCounterpartsAndAlignmentRunsTheSameStatements() throws Exception {
        jdbc.update("insert into mission_host_country (mission_id, country_code) values (?, 'NR')", world.missionId());
        long nationalPlan = jdbc.queryForObject("""
                insert into national_plan (country, title, period_start, period_end)
                values ('NR', ?, date '2026-01-01', date '2028-12-31') returning id""", Long.class, "Count strategy " + System.nanoTime());
        jdbc.update("""
                insert into national_priority (plan_id, position, code, title)
                select ?, g, 'P' || g, 'Priority ' || g from generate_series(0, 9) g""", nationalPlan);
        java.util.List<Long> actors = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long organisation = jdbc.queryForObject(
                    """
                    insert into organisation (acronym, full_name, kind) values (?, ?, 'HOST_GOVERNMENT_INSTITUTION')
                    returning id""", Long.class, "CNT-NAT-" + System.nanoTime() + "-" + i, "Count ministry " + i);
            jdbc.update(
                    "insert into national_actor (organisation_id, country, kind) values (?, 'NR', ?)",
                    organisation,
                    i % 2 == 0 ? "MINISTRY" : "COMMISSION");
            actors.add(organisation);
        }
        // the small plan's task names one too, so that both name organisations
        jdbc.update("""
                insert into task_national_counterpart (task_id, organisation_id)
                select id, ? from plan_task where plan_id = ?""", actors.get(0), small);
        for (int i = 0; i < actors.size(); i++) {
            jdbc.update("""
                    insert into task_national_counterpart (task_id, organisation_id)
                    select id, ? from plan_task where plan_id = ? and position % 12 = ?""", actors.get(i), large, i);
        }
        jdbc.update("""
                update plan_objective set national_priority_id =
                  (select id from national_priority where plan_id = ? and position = plan_objective.position % 10)
                where plan_id = ?""", nationalPlan, large);
        try {
            assertBounded("/plans/{id}/coherence", "data-actor=\"organisation-", 30);
            assertBounded("/plans/{id}/tasks?counterpartKind=MINISTRY&page=99", "data-testid=\"task-count\"", 30);
        } finally {
            jdbc.update("delete from national_plan where id = ?", nationalPlan);
            jdbc.update(
                    "delete from task_national_counterpart where task_id in (select id from plan_task where plan_id in (?, ?))",
                    small,
                    large);
            actors.forEach(id -> jdbc.update("delete from organisation where id = ?", id));
        }
    }

    private void assertBounded(String path, String inLargePage, long limit) throws Exception {
        var counter = new StatementCounter(entityManagerFactory);
        long forSmall =
                counter.count(() -> mvc.perform(get(path, small).with(planner)).andExpect(status().isOk()));
        long forLarge = counter.count(() -> mvc.perform(get(path, large).with(planner))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(inLargePage))));

        assertThat(forLarge)
                .as("%s for 1,000 tasks (1 task: %d)", path, forSmall)
                .isEqualTo(forSmall);
        assertThat(forSmall).isBetween(1L, limit);
    }
}
