package org.missionplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.PlanWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Bad input in the plan forms is shown on its field, the form comes back, and nothing is saved:
 * control characters, values the column cannot hold, values that are not of the field's type, dates
 * outside 1900 to 2200, plan periods over 15 years.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanFormBadInputIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    PlanWorld world;
    PlanFixture plan;

    @BeforeEach
    void createPlan() {
        world = PlanWorld.create(jdbc, encoder);
        plan = PlanFixture.create(jdbc, world);
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
    }

    @Test
    void aControlCharacterOrNulByteInATaskTitleIsAFieldError() throws Exception {
        for (String title : new String[] {"a\u0000b", "a\u0001b", "a\u009fb"}) {
            var response = perform(task(title));

            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString())
                    .contains("This text contains control characters, which are not allowed.")
                    .containsPattern("-title-errors\"");
        }
        assertThat(count("plan_task")).isEqualTo(2);
    }

    @Test
    void tabsAndLineBreaksAreKept() throws Exception {
        var response = perform(task("Tab\there").param("description", "one\r\ntwo"));

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(count("plan_task")).isEqualTo(3);
    }

    @Test
    void anIndicatorValueTooLargeForItsColumnIsAFieldError() throws Exception {
        var response = perform(post("/plans/{p}/indicators", plan.planId())
                .param("resultId", String.valueOf(plan.resultId()))
                .param("definition", "Huge")
                .param("baselineValue", "99999999999999999999")
                .param("frequency", "QUARTERLY"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("Enter a number with at most 14 digits before the decimal point and 4 after it.")
                .containsPattern("-baselineValue-errors\"");
        assertThat(count("plan_indicator")).isEqualTo(1);
    }

    @Test
    void aTaskAmountTooLargeForItsColumnIsAFieldError() throws Exception {
        var response =
                perform(task("Costly").param("amount", "1234567890123456").param("currency", "USD"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).containsPattern("-amount-errors\"");
        assertThat(count("plan_task")).isEqualTo(2);
    }

    @Test
    void valuesOfTheWrongTypeInTheBenchmarkFormAreFieldErrors() throws Exception {
        var response = perform(post("/plans/{p}/benchmarks", plan.planId())
                .param("objectiveId", "x")
                .param("description", "Elections held")
                .param("dueOn", "2026-02-30")
                .param("version", "abc"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("Enter a valid date (YYYY-MM-DD). Years run from 1900 to 2200.")
                .containsPattern("-dueOn-errors\"")
                .containsPattern("-objectiveId-errors\"");
        assertThat(count("plan_benchmark")).isZero();

        var update = perform(post("/plans/{p}/tasks/{t}", plan.planId(), plan.taskId())
                .param("title", "Changed")
                .param("lead", "unit-" + world.ddrUnitId())
                .param("version", "abc"));
        assertThat(update.getStatus()).isLessThan(500);
        assertThat(jdbc.queryForObject("select title from plan_task where id = ?", String.class, plan.taskId()))
                .isEqualTo("Canton the combatants");
    }

    @Test
    void aDateOutsideTheYears1900To2200IsAFieldError() throws Exception {
        var response = perform(task("Far").param("startOn", "+999999999-12-31"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("Enter a valid date (YYYY-MM-DD). Years run from 1900 to 2200.")
                .containsPattern("-startOn-errors\"");
        assertThat(count("plan_task")).isEqualTo(2);
    }

    @Test
    void aPlanPeriodOverFifteenYearsIsAFieldError() throws Exception {
        var response = perform(post("/missions/{m}/plans", world.missionId())
                .param("kind", "INTEGRATED_STRATEGIC_FRAMEWORK")
                .param("title", "Forever")
                .param("periodStart", "1900-01-01")
                .param("periodEnd", "2200-12-31"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("A plan covers at most 15 years.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from plan where mission_id = ?", Integer.class, world.missionId()))
                .isEqualTo(1);
    }

    private MockHttpServletRequestBuilder task(String title) {
        return post("/plans/{p}/tasks", plan.planId())
                .param("title", title)
                .param("lead", "unit-" + world.ddrUnitId())
                .param("fundingSource", "ASSESSED")
                .param("horizon", "IMMEDIATE")
                .param("status", "NOT_STARTED");
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(world.plannerUsername())))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    private int count(String table) {
        return jdbc.queryForObject(
                "select count(*) from " + table + " where plan_id = ?", Integer.class, plan.planId());
    }
}
