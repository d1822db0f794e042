package org.missionplanner.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.missionplanner.plan.api.PlanApiSupport.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.PlanWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Input the database cannot store, or that JSON should not mean, is a 400 naming the field, and
 * nothing is saved: control characters and NUL bytes in text, lone surrogates, dates outside 1900 to
 * 2200, numbers where a date or an enumeration is expected, plan periods over 15 years. A body over
 * 1 MB is refused before it is read.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiBadInputIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    PlanWorld world;
    PlanApiSupport api;
    long plan;

    @BeforeEach
    void createPlan() throws Exception {
        world = PlanWorld.create(jdbc, encoder);
        api = new PlanApiSupport(mvc, users, world);
        plan = api.createPlan();
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
    }

    @Test
    void controlCharactersAndNulBytesInTextAreRefusedOnTheField() throws Exception {
        for (String title : new String[] {"a\\u0001b", "a\\u0000b", "a\\u001bb", "a\\u0085b", "a\\u007fb"}) {
            postTask(task("\"title\": \"" + title + "\""))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("title"))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value("This text contains control characters, which are not allowed."));
        }
        postTask(task("\"title\": \"ok\", \"supporters\": [\"unit-1\\u0000\"]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("supporters[0]"));
        assertThat(tasks()).isZero();
    }

    @Test
    void tabsAndLineBreaksAreAccepted() throws Exception {
        postTask(task("\"title\": \"Line\\tone\", \"description\": \"first\\r\\nsecond\\nthird\""))
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("select description from plan_task where plan_id = ?", String.class, plan))
                .isEqualTo("first\r\nsecond\nthird");
    }

    @Test
    void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() throws Exception {
        postTask(task("\"title\": \"broken \\ud800 text\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        postTask(task("\"title\": \"fine \\ud83d\\ude00 emoji\"")).andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("select title from plan_task where plan_id = ?", String.class, plan))
                .isEqualTo("fine \ud83d\ude00 emoji");
    }

    @Test
    void datesOutsideTheYears1900To2200AreRefusedOnTheField() throws Exception {
        postTask(task("\"title\": \"Far\", \"startOn\": \"+999999999-12-31\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startOn"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Enter a valid date (YYYY-MM-DD). Years run from 1900 to 2200."));
        postTask(task("\"title\": \"Far\", \"endOn\": \"1899-12-31\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endOn"));
        assertThat(tasks()).isZero();

        long indicator = indicator();
        measurement("""
                {"value": 12, "measuredOn": "+999999999-12-31"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("measuredOn"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from indicator_measurement where indicator_id = ?", Integer.class, indicator))
                .isZero();

        mvc.perform(json(post("/api/v1/tokens"), """
                        {"name": "far", "expiresAt": "+999999999-12-31T00:00:00Z"}""").with(api.planner()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresAt"));
        mvc.perform(json(post("/api/v1/tokens"), """
                        {"name": "far", "expiresAt": 253402300799}""").with(api.planner()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresAt"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_token where user_id = ?", Integer.class, world.plannerId()))
                .isZero();
    }

    @Test
    void aNumberIsNeitherADateNorAnEnumerationValue() throws Exception {
        indicator();
        measurement("""
                {"value": 12, "measuredOn": 20260101}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("measuredOn"));
        postTask(task("\"title\": \"Numbered\", \"fundingSource\": 1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fundingSource"));
        assertThat(tasks()).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from indicator_measurement where plan_id = ?", Integer.class, plan))
                .isZero();
    }

    @Test
    void aPlanPeriodOverFifteenYearsIsRefusedOnPeriodEnd() throws Exception {
        mvc.perform(json(post("/api/v1/missions/" + world.missionId() + "/plans"), """
                        {"kind": "INTEGRATED_STRATEGIC_FRAMEWORK", "title": "Forever", "periodStart": "2026-01-01",
                         "periodEnd": "2041-01-01"}""")
                        .with(api.planner()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("periodEnd")))
                .andExpect(jsonPath("$.errors[0].message").value("A plan covers at most 15 years."));
        mvc.perform(json(post("/api/v1/missions/" + world.missionId() + "/plans"), """
                        {"kind": "INTEGRATED_STRATEGIC_FRAMEWORK", "title": "Long", "periodStart": "2026-01-01",
                         "periodEnd": "2040-12-31"}""")
                        .with(api.planner()))
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject(
                        "select count(*) from plan where mission_id = ? and title = 'Forever'",
                        Integer.class,
                        world.missionId()))
                .isZero();
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedBeforeItIsRead() throws Exception {
        String big = "x".repeat(1024 * 1024 + 1);
        postTask(task("\"title\": \"Big\", \"description\": \"" + big + "\""))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(tasks()).isZero();
    }

    private ResultActions postTask(String body) throws Exception {
        return mvc.perform(json(post("/api/v1/plans/" + plan + "/tasks"), body).with(api.planner()));
    }

    private String task(String fields) {
        return "{\"lead\": \"unit-" + world.headUnitId() + "\", " + fields + "}";
    }

    private long indicator() throws Exception {
        long result = api.createResult(plan, api.createObjective(plan));
        return api.create("/api/v1/plans/" + plan + "/indicators", """
                {"resultId": %d, "definition": "Officers deployed"}""".formatted(result));
    }

    private ResultActions measurement(String body) throws Exception {
        long indicator = jdbc.queryForObject("select max(id) from plan_indicator where plan_id = ?", Long.class, plan);
        return mvc.perform(json(post("/api/v1/plans/" + plan + "/indicators/" + indicator + "/measurements"), body)
                .with(api.planner()));
    }

    private int tasks() {
        return jdbc.queryForObject("select count(*) from plan_task where plan_id = ?", Integer.class, plan);
    }
}
