package org.missionplanner.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.missionplanner.plan.api.PlanApiSupport.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The chain of plans through the API: {@code parentPlanId} on a plan, refused on that field (422,
 * nothing saved) for itself, another mission's plan or a cycle; the plans deriving from a plan; a
 * task's {@code contributesToResultId}, refused unless a result of the parent plan; and the roll-up
 * in the parent's coherence report, read in as many statements for many deriving plans as for one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanChainApiIntegrationTests {

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
    PlanWorld otherWorld;
    PlanApiSupport api;
    long isf;
    long isfResult;
    long otherIsfResult;
    long component;

    @BeforeEach
    void createChain() throws Exception {
        world = PlanWorld.create(jdbc, encoder);
        otherWorld = PlanWorld.create(jdbc, encoder);
        api = new PlanApiSupport(mvc, users, world);
        isf = api.createPlan();
        long objective = api.createObjective(isf);
        isfResult = api.createResult(isf, objective);
        otherIsfResult = api.create("/api/v1/plans/" + isf + "/results", """
                {"objectiveId": %d, "title": "Courts reopened"}""".formatted(objective));
        component = api.create("/api/v1/missions/" + world.missionId() + "/plans", plan("DDR work plan", isf, null));
    }

    @AfterEach
    void deleteWorlds() {
        world.delete();
        otherWorld.delete();
    }

    @Test
    void aPlanCreatedWithAParentSaysSoAndIsOneOfItsChildren() throws Exception {
        mvc.perform(get("/api/v1/plans/{id}", component).with(api.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentPlanId").value(isf))
                .andExpect(jsonPath("$.plan.title").value("DDR work plan"));
        mvc.perform(get("/api/v1/plans/{id}/children", isf).with(api.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(component))
                .andExpect(jsonPath("$[0].title").value("DDR work plan"))
                .andExpect(jsonPath("$[0].kind").value("COMPONENT_PLAN"))
                .andExpect(jsonPath("$[0].status").value("DRAFT"));
        mvc.perform(get("/api/v1/plans/{id}/children", component).with(api.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void theChildrenAreReadLikeThePlan() throws Exception {
        var outsider = new PlanApiSupport(mvc, users, otherWorld);
        mvc.perform(get("/api/v1/plans/{id}/children", isf).with(outsider.planner()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/plans/{id}/children", isf)).andExpect(status().isUnauthorized());
    }

    @Test
    void aPlanCannotDeriveFromItself() throws Exception {
        putPlan(component, plan("DDR work plan", component, version(component)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("parentPlanId"))
                .andExpect(jsonPath("$.errors[0].message").value("A plan cannot derive from itself."));
        assertThat(parentOf(component)).isEqualTo(isf);
    }

    @Test
    void aPlanCannotDeriveFromAPlanOfAnotherMission() throws Exception {
        long foreign = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Foreign ISF', date '2026-01-01', date '2026-12-31')
                returning id""", Long.class, otherWorld.missionId());
        int plans = plansOfMission();

        mvc.perform(json(post("/api/v1/missions/{m}/plans", world.missionId()), plan("Stray", foreign, null))
                        .with(api.planner()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("parentPlanId"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("A plan can only derive from another plan of the same mission."));
        putPlan(component, plan("DDR work plan", foreign, version(component)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("parentPlanId"));

        assertThat(plansOfMission()).isEqualTo(plans);
        assertThat(parentOf(component)).isEqualTo(isf);
    }

    @Test
    void aPlanCannotDeriveFromAPlanThatDerivesFromIt() throws Exception {
        long grandChild =
                api.create("/api/v1/missions/" + world.missionId() + "/plans", plan("DDR team plan", component, null));

        putPlan(isf, isfRequest(grandChild, version(isf)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("parentPlanId"))
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        "That plan already derives from this one: the chain of plans would go round in a circle."));
        assertThat(parentOf(isf)).isNull();
    }

    @Test
    void theParentChangesUnderOptimisticLocking() throws Exception {
        long stale = version(component);
        putPlan(component, plan("DDR work plan", null, stale))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentPlanId").value(nullValue()));
        putPlan(component, plan("DDR work plan", isf, stale)).andExpect(status().isConflict());
        assertThat(parentOf(component)).isNull();
    }

    @Test
    void aTaskContributesOnlyToAResultOfTheParentPlan() throws Exception {
        long ownResult = api.createResult(component, api.createObjective(component));
        int tasks = tasksOf(component);

        postTask(component, ownResult)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("contributesToResultId"))
                .andExpect(jsonPath("$.errors[0].message").value("Choose a result of the plan this one derives from."));
        postTask(isf, isfResult)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("contributesToResultId"));
        assertThat(tasksOf(component)).isEqualTo(tasks);
        assertThat(jdbc.queryForObject(
                        "select count(*) from plan_contribution where plan_id in (?, ?)",
                        Integer.class,
                        isf,
                        component))
                .isZero();

        postTask(component, isfResult).andExpect(status().isCreated());
        assertThat(jdbc.queryForObject(
                        "select count(*) from plan_contribution where plan_id = ? and parent_result_id = ?",
                        Integer.class,
                        component,
                        isfResult))
                .isEqualTo(1);
    }

    @Test
    void theCoherenceReportRollsUpWhatTheChildrenContribute() throws Exception {
        api.createTask(isf, otherIsfResult, "Reopen the courts");
        long contributing = number(postTask(component, null));
        long unserving = number(postTask(component, null));

        mvc.perform(get("/api/v1/plans/{id}/coherence", isf).with(api.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chain.results").value(2))
                .andExpect(jsonPath("$.chain.resultsWithoutTask[*].id")
                        .value(org.hamcrest.Matchers.contains((int) isfResult)))
                .andExpect(jsonPath("$.chain.tasksWithoutContribution").value(2))
                .andExpect(jsonPath("$.chain.childWork[0].tasks").value(2));

        String task = mvc.perform(get("/api/v1/plans/{p}/tasks/{t}", component, contributing)
                        .with(api.viewer()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long taskVersion = ((Number) com.jayway.jsonpath.JsonPath.read(task, "$.version")).longValue();
        mvc.perform(json(put("/api/v1/plans/{p}/tasks/{t}", component, contributing), taskBody(isfResult, taskVersion))
                        .with(api.planner()))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/plans/{id}/coherence", isf).with(api.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chain.resultsWithoutTask", hasSize(0)))
                .andExpect(jsonPath("$.chain.resultsServedByChildren[0].id").value(isfResult))
                .andExpect(jsonPath("$.chain.resultsServedByChildren[0].contributingTasks")
                        .value(1))
                .andExpect(jsonPath("$.chain.tasksWithoutContribution").value(1))
                .andExpect(jsonPath("$.chain.childWork[0].tasksWithoutContribution[0].taskId")
                        .value(unserving));
    }

    @Test
    void aResultContributesOnlyToAResultOfTheParentPlanAndItsTasksServeThatResult() throws Exception {
        long objective = api.createObjective(component);
        int results =
                jdbc.queryForObject("select count(*) from plan_result where plan_id = ?", Integer.class, component);

        mvc.perform(json(post("/api/v1/plans/{p}/results", component), """
                        {"objectiveId": %d, "title": "Sites open", "contributesToResultId": %d}""".formatted(objective, otherWorldResult()))
                        .with(api.planner()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("contributesToResultId"));
        assertThat(jdbc.queryForObject("select count(*) from plan_result where plan_id = ?", Integer.class, component))
                .isEqualTo(results);

        long childResult = api.create("/api/v1/plans/" + component + "/results", """
                {"objectiveId": %d, "title": "Sites open", "contributesToResultId": %d}""".formatted(objective, isfResult));
        api.createTask(component, childResult, "Staff the sites");

        mvc.perform(get("/api/v1/plans/{id}/coherence", isf).with(api.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chain.resultsServedByChildren[0].id").value(isfResult))
                .andExpect(jsonPath("$.chain.resultsServedByChildren[0].contributingTasks")
                        .value(1))
                .andExpect(jsonPath("$.chain.tasksWithoutContribution").value(0));

        long version = jdbc.queryForObject("select version from plan_result where id = ?", Long.class, childResult);
        mvc.perform(json(put("/api/v1/plans/{p}/results/{r}", component, childResult), """
                        {"objectiveId": %d, "title": "Sites open", "contributesToResultId": null, "version": %d}""".formatted(
                                        objective, version))
                        .with(api.planner()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/plans/{id}/coherence", isf).with(api.viewer()))
                .andExpect(jsonPath("$.chain.tasksWithoutContribution").value(1));
    }

    private long otherWorldResult() {
        long plan = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Foreign ISF', date '2026-01-01', date '2026-12-31')
                returning id""", Long.class, otherWorld.missionId());
        return sqlResult(plan);
    }

    @Test
    void deletingEitherEndOfAContributionRemovesIt() throws Exception {
        long task = number(postTask(component, isfResult));
        long taskVersion = jdbc.queryForObject("select version from plan_task where id = ?", Long.class, task);
        mvc.perform(
                        delete("/api/v1/plans/{p}/tasks/{t}", component, task)
                                .param("version", String.valueOf(taskVersion))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .with(api.planner()))
                .andExpect(status().isNoContent());
        assertThat(contributions()).isZero();

        number(postTask(component, isfResult));
        long resultVersion = jdbc.queryForObject("select version from plan_result where id = ?", Long.class, isfResult);
        mvc.perform(
                        delete("/api/v1/plans/{p}/results/{r}", isf, isfResult)
                                .param("version", String.valueOf(resultVersion))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .with(api.planner()))
                .andExpect(status().isNoContent());
        assertThat(contributions()).isZero();
    }

    @Test
    void theRollUpReadsAsManyStatementsForManyChildrenAsForOne() throws Exception {
        long small = sqlPlan("Small ISF", null);
        long smallResult = sqlResult(small);
        long smallChild = sqlPlan("Small child", small);
        sqlTask(smallChild, smallResult);

        long large = sqlPlan("Large ISF", null);
        long largeResult = sqlResult(large);
        for (int c = 0; c < 6; c++) {
            long child = sqlPlan("Large child " + c, large);
            for (int t = 0; t < 15; t++) {
                sqlTask(child, t % 2 == 0 ? largeResult : null);
            }
        }
        var counter = new StatementCounter(entityManagerFactory);

        long forSmall = counter.count(
                () -> mvc.perform(get("/api/v1/plans/{id}/coherence", small).with(api.viewer()))
                        .andExpect(status().isOk()));
        long forLarge = counter.count(
                () -> mvc.perform(get("/api/v1/plans/{id}/coherence", large).with(api.viewer()))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.chain.childWork", hasSize(6)))
                        .andExpect(jsonPath("$.chain.tasksWithoutContribution").value(6 * 7)));

        assertThat(forLarge)
                .as("statements for six children (one child: %d)", forSmall)
                .isEqualTo(forSmall);
    }

    // --- helpers ---

    private String plan(String title, Long parent, Long version) {
        return """
                {"kind": "COMPONENT_PLAN", "title": "%s", "periodStart": "2026-01-01", "periodEnd": "2026-12-31",
                 "parentPlanId": %s, "version": %s}""".formatted(title, parent, version);
    }

    private String isfRequest(Long parent, long version) {
        return """
                {"kind": "INTEGRATED_STRATEGIC_FRAMEWORK", "title": "API ISF", "periodStart": "2026-01-01",
                 "periodEnd": "2027-12-31", "sharedVision": "A stable country", "parentPlanId": %s, "version": %d}""".formatted(parent, version);
    }

    private String taskBody(Long contributesTo, Long version) {
        return """
                {"title": "Canton the combatants", "lead": "unit-%d", "fundingSource": "ASSESSED", "horizon": "IMMEDIATE",
                 "status": "NOT_STARTED", "contributesToResultId": %s, "version": %s}""".formatted(world.ddrUnitId(), contributesTo, version);
    }

    private ResultActions postTask(long planId, Long contributesTo) throws Exception {
        return mvc.perform(json(post("/api/v1/plans/{p}/tasks", planId), taskBody(contributesTo, null))
                .with(api.planner()));
    }

    private ResultActions putPlan(long planId, String body) throws Exception {
        return mvc.perform(json(put("/api/v1/plans/{id}", planId), body).with(api.planner()));
    }

    private static long number(ResultActions result) throws Exception {
        return PlanApiSupport.number(result.andExpect(status().isCreated()).andReturn(), "$.id");
    }

    private long version(long planId) {
        return jdbc.queryForObject("select version from plan where id = ?", Long.class, planId);
    }

    private Long parentOf(long planId) {
        return jdbc.queryForObject("select parent_plan_id from plan where id = ?", Long.class, planId);
    }

    private int plansOfMission() {
        return jdbc.queryForObject("select count(*) from plan where mission_id = ?", Integer.class, world.missionId());
    }

    private int tasksOf(long planId) {
        return jdbc.queryForObject("select count(*) from plan_task where plan_id = ?", Integer.class, planId);
    }

    private int contributions() {
        return jdbc.queryForObject(
                "select count(*) from plan_contribution where plan_id = ?", Integer.class, component);
    }

    private long sqlPlan(String title, Long parent) {
        return jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end, parent_plan_id)
                values (?, 'COMPONENT_PLAN', ?, date '2026-01-01', date '2026-12-31', ?) returning id""", Long.class, world.missionId(), title, parent);
    }

    private long sqlResult(long planId) {
        long objective = jdbc.queryForObject("""
                insert into plan_objective (plan_id, position, title, dimension) values (?, 1, 'Objective', 'SECURITY')
                returning id""", Long.class, planId);
        jdbc.queryForObject("""
                insert into plan_result (plan_id, objective_id, position, title) values (?, ?, 2, 'Unserved')
                returning id""", Long.class, planId, objective);
        return jdbc.queryForObject("""
                insert into plan_result (plan_id, objective_id, position, title) values (?, ?, 1, 'Served')
                returning id""", Long.class, planId, objective);
    }

    private void sqlTask(long planId, Long contributesTo) {
        long task = jdbc.queryForObject("""
                insert into plan_task (plan_id, position, title, lead_unit_id)
                values (?, (select count(*) from plan_task where plan_id = ?) + 1, 'Task', ?) returning id""", Long.class, planId, planId, world.headUnitId());
        if (contributesTo != null) {
            jdbc.update(
                    "insert into plan_contribution (plan_id, task_id, parent_result_id) values (?, ?, ?)",
                    planId,
                    task,
                    contributesTo);
        }
    }
}
