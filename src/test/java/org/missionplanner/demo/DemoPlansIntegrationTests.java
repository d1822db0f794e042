package org.missionplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo plans: UNMIL's and MONUC's frameworks with tasks, indicators and a monitoring record, seeded once. */
@SpringBootTest
@AutoConfigureMockMvc
class DemoPlansIntegrationTests {

    @Autowired
    DemoPlans demoPlans;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unmilAndMonucHaveAnIntegratedStrategicFrameworkThatEveryViewCanShow() {
        for (String acronym : new String[] {"UNMIL", "MONUC"}) {
            Long planId = jdbc.queryForObject("""
                    select min(p.id) from plan p join mission m on m.id = p.mission_id
                     where m.acronym = ? and p.kind = 'INTEGRATED_STRATEGIC_FRAMEWORK'""", Long.class, acronym);
            assertThat(planId).as(acronym).isNotNull();
            assertThat(count("select count(*) from plan_objective where plan_id = ?", planId))
                    .as(acronym)
                    .isBetween(3, 5);
            assertThat(count("select count(distinct dimension) from plan_objective where plan_id = ?", planId))
                    .as(acronym)
                    .isGreaterThanOrEqualTo(3);
            assertThat(count("select count(*) from plan_task where plan_id = ?", planId))
                    .as(acronym)
                    .isBetween(10, 20);
            assertThat(count("select count(*) from plan_task where plan_id = ? and objective_id is null", planId))
                    .as(acronym + ": one deliberately unlinked task")
                    .isEqualTo(1);
            assertThat(count(
                            "select count(*) from plan_task where plan_id = ? and mandate_category is not null",
                            planId))
                    .as(acronym)
                    .isGreaterThanOrEqualTo(3);
            assertThat(count(
                            "select count(*) from plan_task where plan_id = ? and lead_organisation_id is not null",
                            planId))
                    .as(acronym + ": partners lead some tasks")
                    .isPositive();
            assertThat(count(
                            "select count(*) from plan_task_supporter s join plan_task t on t.id = s.task_id "
                                    + "where t.plan_id = ?",
                            planId))
                    .as(acronym)
                    .isGreaterThan(10);
            assertThat(count(
                            "select count(*) from plan_task where plan_id = ? and funding_source = 'UNFUNDED'", planId))
                    .as(acronym)
                    .isPositive();
            assertThat(count("select count(distinct funding_source) from plan_task where plan_id = ?", planId))
                    .as(acronym)
                    .isGreaterThanOrEqualTo(4);
            assertThat(count("select count(*) from plan_indicator where plan_id = ?", planId))
                    .as(acronym)
                    .isGreaterThanOrEqualTo(8);
            assertThat(count("select count(*) from indicator_measurement where plan_id = ?", planId))
                    .as(acronym)
                    .isGreaterThanOrEqualTo(10);
            assertThat(count("select count(*) from task_status_update where plan_id = ?", planId))
                    .as(acronym)
                    .isGreaterThanOrEqualTo(3);
            assertThat(count("select count(*) from plan_benchmark where plan_id = ? and transition", planId))
                    .as(acronym)
                    .isPositive();
            assertThat(count("select count(*) from plan_risk where plan_id = ? and dilemma is not null", planId))
                    .as(acronym)
                    .isGreaterThanOrEqualTo(3);
            assertThat(jdbc.queryForObject("select shared_vision from plan where id = ?", String.class, planId))
                    .as(acronym)
                    .isNotBlank();
        }
        assertThat(jdbc.queryForList("""
                select p.status from plan p join mission m on m.id = p.mission_id where m.acronym = 'UNMIL'
                 and p.kind <> 'COMPONENT_PLAN' order by p.period_start""", String.class)).containsExactly("APPROVED", "DRAFT");
    }

    @Test
    void unmilAndMonucHaveAComponentPlanDerivingFromTheirFrameworkWithTasksContributingToItsResults() {
        for (String acronym : new String[] {"UNMIL", "MONUC"}) {
            Long isf = jdbc.queryForObject("""
                    select min(p.id) from plan p join mission m on m.id = p.mission_id
                     where m.acronym = ? and p.kind = 'INTEGRATED_STRATEGIC_FRAMEWORK'""", Long.class, acronym);
            Long component = jdbc.queryForObject("""
                    select min(p.id) from plan p where p.parent_plan_id = ? and p.kind = 'COMPONENT_PLAN'""", Long.class, isf);
            assertThat(component).as(acronym).isNotNull();
            assertThat(count("""
                            select count(*) from plan_contribution c join plan_result r on r.id = c.parent_result_id
                             where c.plan_id = ? and c.task_id is not null and r.plan_id = ?""", component, isf)).as(acronym).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void runningAgainAddsNothing() {
        int plans = count("select count(*) from plan");
        int tasks = count("select count(*) from plan_task");
        int contributions = count("select count(*) from plan_contribution");
        int measurements = count("select count(*) from indicator_measurement");
        int organisations = count("select count(*) from organisation");

        demoPlans.run(new DefaultApplicationArguments());

        assertThat(count("select count(*) from plan")).isEqualTo(plans);
        assertThat(count("select count(*) from plan_task")).isEqualTo(tasks);
        assertThat(count("select count(*) from plan_contribution")).isEqualTo(contributions);
        assertThat(count("select count(*) from indicator_measurement")).isEqualTo(measurements);
        assertThat(count("select count(*) from organisation")).isEqualTo(organisations);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
