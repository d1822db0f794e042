package org.missionplanner.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.missionplanner.plan.api.PlanApiSupport.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.PlanWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** A planner builds a plan with every part over the API, reads it back whole and part by part, changes and deletes it. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanApiIntegrationTests {

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

    @BeforeEach
    void createWorld() {
        world = PlanWorld.create(jdbc, encoder);
        api = new PlanApiSupport(mvc, users, world);
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
    }

    @Test
    void aPlannerBuildsAPlanWithEveryPartAndReadsItBackWhole() throws Exception {
        long plan = api.createPlan();
        long objective = api.createObjective(plan);
        long result = api.createResult(plan, objective);
        long indicator = api.create("/api/v1/plans/" + plan + "/indicators", """
                {"resultId": %d, "definition": "Police officers deployed", "unit": "officers", "baselineValue": 100,
                 "baselineOn": "2026-01-01", "targetValue": 300, "targetOn": "2027-12-31", "dataSource": "UNPOL",
                 "frequency": "QUARTERLY"}""".formatted(result));
        long benchmark = api.create("/api/v1/plans/" + plan + "/benchmarks", """
                {"objectiveId": %d, "description": "Police take over security", "dueOn": "2027-06-30",
                 "transition": true}""".formatted(objective));
        long task = api.createTask(plan, result, "Train police recruits");
        long unlinked = api.create("/api/v1/plans/" + plan + "/tasks", """
                {"title": "Map the county courts", "lead": "organisation-%d"}""".formatted(world.organisationId()));
        long risk = api.create("/api/v1/plans/" + plan + "/risks", """
                {"description": "Vetting is refused", "dilemma": "LOCAL_OWNERSHIP", "likelihood": "HIGH",
                 "impact": "MEDIUM", "mitigation": "Agree vetting with the ministry", "owner": "unit-%d"}""".formatted(world.policeUnitId()));

        mvc.perform(get("/api/v1/plans/" + plan).with(api.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.title").value("API ISF"))
                .andExpect(jsonPath("$.plan.status").value("DRAFT"))
                .andExpect(jsonPath("$.plan.version").value(0))
                .andExpect(jsonPath("$.objectives[0].objective.id").value(objective))
                .andExpect(jsonPath("$.objectives[0].objective.dimension").value("SECURITY"))
                .andExpect(jsonPath("$.objectives[0].results[0].result.id").value(result))
                .andExpect(
                        jsonPath("$.objectives[0].results[0].indicators[0].id").value(indicator))
                .andExpect(jsonPath("$.objectives[0].results[0].tasks[0].id").value(task))
                .andExpect(jsonPath("$.objectives[0].results[0].tasks[0].objectiveId")
                        .value(objective))
                .andExpect(jsonPath("$.objectives[0].results[0].tasks[0].lead.name")
                        .value("SRSG"))
                .andExpect(jsonPath("$.objectives[0].results[0].tasks[0].supporters[*].key")
                        .value(containsInAnyOrder(
                                "unit-" + world.ddrUnitId(), "organisation-" + world.organisationId())))
                .andExpect(jsonPath("$.objectives[0].benchmarks[0].id").value(benchmark))
                .andExpect(jsonPath("$.objectives[0].benchmarks[0].transition").value(true))
                .andExpect(jsonPath("$.unlinkedTasks[0].id").value(unlinked))
                .andExpect(jsonPath("$.unlinkedTasks[0].lead.name").value(world.organisationAcronym()))
                .andExpect(jsonPath("$.risks[0].id").value(risk))
                .andExpect(jsonPath("$.risks[0].owner.name").value("UNPOL"));

        mvc.perform(get("/api/v1/missions/" + world.missionId() + "/plans").with(api.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(plan))
                .andExpect(jsonPath("$[0].kind").value("INTEGRATED_STRATEGIC_FRAMEWORK"));
        mvc.perform(get("/api/v1/plans/" + plan + "/tasks").with(api.viewer()))
                .andExpect(jsonPath("$[*].id").value(containsInAnyOrder((int) task, (int) unlinked)));
        mvc.perform(get("/api/v1/plans/" + plan + "/tasks/" + task).with(api.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Train police recruits"))
                .andExpect(jsonPath("$.nationalCounterpart").value("Ministry of Justice"))
                .andExpect(jsonPath("$.fundingSource").value("VOLUNTARY"))
                .andExpect(jsonPath("$.currency").value("USD"))
                .andExpect(jsonPath("$.horizon").value("POLITICAL_TIMETABLE"))
                .andExpect(jsonPath("$.status").value("NOT_STARTED"));
        mvc.perform(get("/api/v1/plans/" + plan + "/objectives/" + objective).with(api.viewer()))
                .andExpect(jsonPath("$.title").value("Security sector reform"));
        mvc.perform(get("/api/v1/plans/" + plan + "/results").with(api.viewer()))
                .andExpect(jsonPath("$[0].objectiveId").value(objective));
        mvc.perform(get("/api/v1/plans/" + plan + "/benchmarks/" + benchmark).with(api.viewer()))
                .andExpect(jsonPath("$.dueOn").value("2027-06-30"));
        mvc.perform(get("/api/v1/plans/" + plan + "/risks/" + risk).with(api.viewer()))
                .andExpect(jsonPath("$.likelihood").value("HIGH"))
                .andExpect(jsonPath("$.owner.key").value("unit-" + world.policeUnitId()));
        mvc.perform(get("/api/v1/plans/" + plan + "/indicators/" + indicator).with(api.viewer()))
                .andExpect(jsonPath("$.targetOn").value("2027-12-31"))
                .andExpect(jsonPath("$.latestValue").doesNotExist());
    }

    @Test
    void measurementsAndStatusUpdatesAreRecordedAndShowOnTheIndicatorAndTask() throws Exception {
        long plan = api.createPlan();
        long result = api.createResult(plan, api.createObjective(plan));
        long indicator = api.create("/api/v1/plans/" + plan + "/indicators", """
                {"resultId": %d, "definition": "Officers", "baselineValue": 0, "targetValue": 200}""".formatted(result));
        long task = api.createTask(plan, result, "Train police recruits");

        mvc.perform(json(post("/api/v1/plans/" + plan + "/indicators/" + indicator + "/measurements"), """
                        {"value": 50, "measuredOn": "2026-06-30", "note": "First count"}""")
                        .with(api.planner()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.indicatorId").value(indicator))
                .andExpect(jsonPath("$.recordedBy").value(world.plannerUsername()));
        mvc.perform(get("/api/v1/plans/" + plan + "/indicators/" + indicator + "/measurements")
                        .with(api.viewer()))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].note").value("First count"));
        mvc.perform(get("/api/v1/plans/" + plan + "/indicators/" + indicator).with(api.viewer()))
                .andExpect(jsonPath("$.latestOn").value("2026-06-30"))
                .andExpect(jsonPath("$.progressPercent").value(25));

        mvc.perform(json(post("/api/v1/plans/" + plan + "/tasks/" + task + "/status-updates"), """
                        {"status": "AT_RISK", "narrative": "Recruits are late", "version": 0}""")
                        .with(api.planner()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("AT_RISK"));
        mvc.perform(get("/api/v1/plans/" + plan + "/tasks/" + task + "/status-updates")
                        .with(api.viewer()))
                .andExpect(jsonPath("$[0].narrative").value("Recruits are late"))
                .andExpect(jsonPath("$[0].recordedBy").value(world.plannerUsername()));
        mvc.perform(get("/api/v1/plans/" + plan + "/tasks/" + task).with(api.viewer()))
                .andExpect(jsonPath("$.status").value("AT_RISK"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void aPlannerChangesAndDeletesEachPart() throws Exception {
        long plan = api.createPlan();
        long objective = api.createObjective(plan);
        long result = api.createResult(plan, objective);
        long task = api.createTask(plan, result, "Train police recruits");
        long risk = api.create("/api/v1/plans/" + plan + "/risks", """
                {"description": "Vetting is refused", "likelihood": "LOW", "impact": "LOW"}""");

        mvc.perform(json(put("/api/v1/plans/" + plan), """
                        {"kind": "TRANSITION_PLAN", "title": "Transition plan", "periodStart": "2026-01-01",
                         "periodEnd": "2028-12-31", "version": 0}""").with(api.planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Transition plan"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/plans/" + plan + "/tasks/" + task), """
                        {"title": "Train and equip recruits", "objectiveId": %d, "lead": "unit-%d",
                         "supporters": ["unit-%d"], "amount": 0, "status": "ON_TRACK", "version": 0}""".formatted(
                                        objective, world.policeUnitId(), world.headUnitId()))
                        .with(api.planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Train and equip recruits"))
                .andExpect(jsonPath("$.resultId").doesNotExist())
                .andExpect(jsonPath("$.lead.name").value("UNPOL"))
                .andExpect(jsonPath("$.supporters[*].name").value(containsInAnyOrder("SRSG")))
                .andExpect(jsonPath("$.status").value("ON_TRACK"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/plans/" + plan + "/objectives/" + objective), """
                        {"title": "Rule of law", "dimension": "RULE_OF_LAW", "version": 0}""")
                        .with(api.planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dimension").value("RULE_OF_LAW"));

        mvc.perform(delete("/api/v1/plans/" + plan + "/risks/" + risk)
                        .param("version", "0")
                        .with(csrf())
                        .with(api.planner()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/plans/" + plan + "/risks/" + risk).with(api.viewer()))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/plans/" + plan + "/objectives/" + objective)
                        .param("version", "1")
                        .with(csrf())
                        .with(api.planner()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/plans/" + plan + "/results/" + result).with(api.viewer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans/" + plan).with(api.viewer()))
                .andExpect(jsonPath("$.objectives", hasSize(0)))
                .andExpect(jsonPath("$.unlinkedTasks[0].id").value(task));

        mvc.perform(delete("/api/v1/plans/" + plan)
                        .param("version", "1")
                        .with(csrf())
                        .with(api.planner()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/plans/" + plan).with(api.viewer())).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from plan_task where plan_id = ?", Integer.class, plan))
                .isZero();
    }
}
