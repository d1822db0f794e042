package org.missionplanner.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.missionplanner.plan.api.PlanApiSupport.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
 * Bad input comes back as problem details naming the field, and nothing is saved: 400 for what the
 * request shows by itself, 422 for what only the plan's rules can tell (a unit of another mission),
 * 409 for a stale version.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanApiValidationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    PlanWorld world;
    PlanWorld otherWorld;
    PlanApiSupport api;
    long plan;
    long result;

    @BeforeEach
    void createPlan() throws Exception {
        world = PlanWorld.create(jdbc, encoder);
        otherWorld = PlanWorld.create(jdbc, encoder);
        api = new PlanApiSupport(mvc, users, world);
        plan = api.createPlan();
        result = api.createResult(plan, api.createObjective(plan));
    }

    @AfterEach
    void deleteWorlds() {
        world.delete();
        otherWorld.delete();
    }

    @Test
    void anIndicatorTargetDateBeforeItsBaselineDateIsRefusedOnTargetOn() throws Exception {
        postPart("/indicators", """
                {"resultId": %d, "definition": "Officers", "baselineOn": "2026-06-01", "targetOn": "2026-01-01"}""".formatted(result))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("targetOn"))
                .andExpect(
                        jsonPath("$.errors[0].message").value("The target date cannot be before the baseline date."));
        assertThat(count("plan_indicator")).isZero();
    }

    @Test
    void aSupporterEqualToTheLeadIsRefusedOnSupporters() throws Exception {
        postPart("/tasks", task("unit-" + world.headUnitId(), "\"unit-" + world.headUnitId() + "\"", "10"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("supporters")))
                .andExpect(jsonPath("$.errors[0].message").value("The lead cannot also be a supporter."));
        assertThat(count("plan_task")).isZero();
    }

    @Test
    void aNegativeAmountIsRefusedOnAmount() throws Exception {
        postPart("/tasks", task("unit-" + world.headUnitId(), "", "-5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("amount")))
                .andExpect(jsonPath("$.errors[*].field").value(not(hasItem("supporters"))));
        assertThat(count("plan_task")).isZero();
    }

    @Test
    void fundingBySourceIsSavedAndReadBackAndBadAmountsAreRefusedOnFunding() throws Exception {
        String lead = "unit-" + world.headUnitId();
        var created = postPart("/tasks", """
                        {"title": "Reintegration places", "lead": "%s", "currency": "USD", "fundingSource": "VOLUNTARY",
                         "funding": [{"source": "VOLUNTARY", "required": 20000000, "pledged": 12000000, "disbursed": 9500000},
                                     {"source": "APPEAL", "required": 1000000}]}""".formatted(lead))
                .andExpect(status().isCreated())
                .andReturn();
        assertThat(jdbc.queryForList(
                        "select source || ' ' || required || ' ' || pledged || ' ' || disbursed from plan_task_funding f "
                                + "join plan_task t on t.id = f.task_id where t.plan_id = ? order by f.position",
                        String.class,
                        plan))
                .containsExactly("VOLUNTARY 20000000.00 12000000.00 9500000.00", "APPEAL 1000000.00 0.00 0.00");
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        mvc.perform(get("/api/v1/plans/" + plan).with(api.planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unlinkedTasks[0].funding[0].source").value("VOLUNTARY"))
                .andExpect(jsonPath("$.unlinkedTasks[0].funding[0].pledged").value(12000000.0))
                .andExpect(jsonPath("$.unlinkedTasks[0].funding[1].source").value("APPEAL"));

        postPart("/tasks", """
                        {"title": "Bad", "lead": "%s", "currency": "USD",
                         "funding": [{"source": "BILATERAL", "required": 100, "pledged": -1}]}""".formatted(lead))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("funding[0].pledged")));
        postPart("/tasks", """
                        {"title": "Bad", "lead": "%s", "currency": "USD",
                         "funding": [{"source": "BILATERAL", "required": 100, "pledged": 50, "disbursed": 80}]}""".formatted(lead))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("funding"))
                .andExpect(
                        jsonPath("$.errors[0].message").value("A source cannot have disbursed more than it pledged."));
        postPart("/tasks", """
                        {"title": "Bad", "lead": "%s", "currency": "USD",
                         "funding": [{"source": "BILATERAL", "required": 1}, {"source": "BILATERAL", "required": 2}]}""".formatted(lead))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("funding"));
        assertThat(count("plan_task")).isEqualTo(1);
    }

    @Test
    void aLeadUnitOfAnotherMissionIsRefusedOnLead() throws Exception {
        postPart("/tasks", task("unit-" + otherWorld.headUnitId(), "", "10"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lead"))
                .andExpect(jsonPath("$.errors[0].message").value("This unit is not part of this mission's structure."));
        postPart("/tasks", task("unit-" + world.headUnitId(), "\"unit-" + otherWorld.ddrUnitId() + "\"", "10"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("supporters"));
        assertThat(count("plan_task")).isZero();
    }

    @Test
    void missingAndMalformedFieldsAreEachNamed() throws Exception {
        postPart("/tasks", """
                {"title": " ", "lead": "squad-3", "supporters": ["unit-x"], "currency": "usd"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("lead")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("supporters[0]")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("currency")));
        postPart("/risks", "{\"description\": \"Unrest\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("likelihood")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("impact")));
        mvc.perform(json(post("/api/v1/missions/" + world.missionId() + "/plans"), """
                        {"kind": "MISSION_CONCEPT", "title": "Backwards", "periodStart": "2027-01-01",
                         "periodEnd": "2026-01-01"}""")
                        .with(api.planner()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("periodEnd"));
        postPart("/tasks", "{\"title\": \"Bad status\", \"lead\": \"unit-1\", \"status\": \"SOMEWHERE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        postPart(
                        "/indicators",
                        "{\"resultId\": %d, \"definition\": \"x\", \"targetOn\": \"2026-13-01\"}".formatted(result))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targetOn"));
        assertThat(count("plan_task") + count("plan_risk") + count("plan_indicator"))
                .isZero();
    }

    @Test
    void aChangeWithoutAVersionIsRefusedOnVersion() throws Exception {
        long task = api.createTask(plan, result, "Train recruits");
        mvc.perform(json(put("/api/v1/plans/" + plan + "/tasks/" + task), task("unit-" + world.headUnitId(), "", "10"))
                        .with(api.planner()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(delete("/api/v1/plans/" + plan + "/tasks/" + task)
                        .with(csrf())
                        .with(api.planner()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select version from plan_task where id = ?", Long.class, task))
                .isZero();
    }

    @Test
    void aTaskInAPlanThatIsNoLongerADraftIsRefusedWithAClearMessage() throws Exception {
        jdbc.update("update plan set status = 'APPROVED' where id = ?", plan);

        postPart("/tasks", task("unit-" + world.headUnitId(), "", "10"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Only a draft plan can be changed; this plan is not a draft."));
        mvc.perform(json(put("/api/v1/plans/" + plan), """
                        {"kind": "TRANSITION_PLAN", "title": "Changed", "periodStart": "2026-01-01",
                         "periodEnd": "2028-12-31", "version": 0}""").with(api.planner()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("not a draft")));
        assertThat(count("plan_task")).isZero();
        assertThat(jdbc.queryForObject("select title from plan where id = ?", String.class, plan))
                .isEqualTo("API ISF");
    }

    @Test
    void monitoringIsRecordedOnlyWithItsFieldsAndOnlyOnADraftOrTheApprovedPlan() throws Exception {
        long task = api.createTask(plan, result, "Train recruits");
        long indicator = api.create("/api/v1/plans/" + plan + "/indicators", """
                {"resultId": %d, "definition": "Officers"}""".formatted(result));

        postPart("/indicators/" + indicator + "/measurements", "{\"note\": \"No value\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("value")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("measuredOn")));
        postPart("/tasks/" + task + "/status-updates", "{\"status\": \"DONE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));

        jdbc.update("update plan set status = 'IN_REVIEW' where id = ?", plan);
        postPart("/indicators/" + indicator + "/measurements", "{\"value\": 3, \"measuredOn\": \"2026-05-01\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("approved plan in force")));
        jdbc.update("update plan set status = 'APPROVED' where id = ?", plan);
        postPart("/indicators/" + indicator + "/measurements", "{\"value\": 3, \"measuredOn\": \"2026-05-01\"}")
                .andExpect(status().isCreated());
        postPart("/tasks/" + task + "/status-updates", "{\"status\": \"DONE\", \"version\": 0}")
                .andExpect(status().isCreated());

        assertThat(count("indicator_measurement")).isOne();
        assertThat(count("task_status_update")).isOne();
    }

    @Test
    void twoChangesOfTheSameTaskConflictWhileChangesOfDifferentTasksDoNot() throws Exception {
        long first = api.createTask(plan, result, "First");
        long second = api.createTask(plan, result, "Second");

        putPart("/tasks/" + first, taskUpdate("First, changed", 0)).andExpect(status().isOk());
        putPart("/tasks/" + second, taskUpdate("Second, changed", 0)).andExpect(status().isOk());
        putPart("/tasks/" + first, taskUpdate("First, overwritten", 0))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Someone else changed this")));
        mvc.perform(delete("/api/v1/plans/" + plan + "/tasks/" + first)
                        .param("version", "0")
                        .with(csrf())
                        .with(api.planner()))
                .andExpect(status().isConflict());
        mvc.perform(json(
                                post("/api/v1/plans/" + plan + "/tasks/" + second + "/status-updates"),
                                "{\"status\": \"DONE\", \"version\": 0}")
                        .with(api.planner()))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/plans/" + plan)
                        .param("version", "7")
                        .with(csrf())
                        .with(api.planner()))
                .andExpect(status().isConflict());

        assertThat(jdbc.queryForList("select title from plan_task where plan_id = ? order by id", String.class, plan))
                .containsExactly("First, changed", "Second, changed");
        assertThat(count("task_status_update")).isZero();
    }

    private ResultActions postPart(String part, String body) throws Exception {
        return mvc.perform(json(post("/api/v1/plans/" + plan + part), body).with(api.planner()));
    }

    private ResultActions putPart(String part, String body) throws Exception {
        return mvc.perform(json(put("/api/v1/plans/" + plan + part), body).with(api.planner()));
    }

    private static String task(String lead, String supporters, String amount) {
        return """
                {"title": "A task", "lead": "%s", "supporters": [%s], "amount": %s, "currency": "USD"}""".formatted(lead, supporters, amount);
    }

    private String taskUpdate(String title, long version) {
        return """
                {"title": "%s", "resultId": %d, "lead": "unit-%d", "version": %d}""".formatted(title, result, world.headUnitId(), version);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where plan_id = ?", Integer.class, plan);
    }
}
