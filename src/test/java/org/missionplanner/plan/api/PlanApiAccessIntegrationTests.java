package org.missionplanner.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.missionplanner.plan.api.PlanApiSupport.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.admin.ApiTokens;
import org.missionplanner.plan.PlanWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Who may read and write a plan over the API, what an unknown id answers, and API tokens. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanApiAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApiTokens tokens;

    PlanWorld world;
    PlanWorld otherWorld;
    PlanApiSupport api;
    PlanApiSupport otherApi;
    long plan;
    long result;
    long task;

    @BeforeEach
    void createPlan() throws Exception {
        world = PlanWorld.create(jdbc, encoder);
        otherWorld = PlanWorld.create(jdbc, encoder);
        api = new PlanApiSupport(mvc, users, world);
        otherApi = new PlanApiSupport(mvc, users, otherWorld);
        plan = api.createPlan();
        result = api.createResult(plan, api.createObjective(plan));
        task = api.createTask(plan, result, "Train recruits");
    }

    @AfterEach
    void deleteWorlds() {
        world.delete();
        otherWorld.delete();
    }

    @Test
    void aViewerReadsButCannotWrite() throws Exception {
        mvc.perform(get("/api/v1/plans/" + plan + "/tasks/" + task).with(api.viewer()))
                .andExpect(status().isOk());

        mvc.perform(json(post("/api/v1/plans/" + plan + "/objectives"), """
                        {"title": "Viewer's objective", "dimension": "POLITICAL"}""").with(api.viewer()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json(
                                post("/api/v1/plans/" + plan + "/tasks/" + task + "/status-updates"),
                                "{\"status\": \"DONE\", \"version\": 0}")
                        .with(api.viewer()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from plan_objective where plan_id = ?", Integer.class, plan))
                .isOne();
        assertThat(jdbc.queryForObject("select status from plan_task where id = ?", String.class, task))
                .isEqualTo("NOT_STARTED");
    }

    @Test
    void anotherMissionsPlannerNeitherReadsNorWrites() throws Exception {
        mvc.perform(get("/api/v1/plans/" + plan).with(otherApi.planner())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/missions/" + world.missionId() + "/plans").with(otherApi.planner()))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/plans/" + plan + "/tasks"), """
                        {"title": "Foreign task", "lead": "unit-%d"}""".formatted(world.headUnitId()))
                        .with(otherApi.planner()))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/missions/" + world.missionId() + "/plans"), """
                        {"kind": "MISSION_CONCEPT", "title": "Foreign plan", "periodStart": "2026-01-01",
                         "periodEnd": "2026-12-31"}""")
                        .with(otherApi.planner()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from plan_task where plan_id = ?", Integer.class, plan))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from plan where mission_id = ?", Integer.class, world.missionId()))
                .isOne();
    }

    @Test
    void unknownPlansAndPartsAreNotFound() throws Exception {
        long unknown = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from plan", Long.class);
        mvc.perform(get("/api/v1/plans/" + unknown).with(api.viewer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/plans/" + unknown + "/tasks").with(api.viewer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans/" + plan + "/risks/" + Long.MAX_VALUE).with(api.viewer()))
                .andExpect(status().isNotFound());

        long otherPlan = otherApi.createPlan();
        long otherTask = otherApi.createTask(otherPlan, null, "Task of another plan");
        mvc.perform(get("/api/v1/plans/" + plan + "/tasks/" + otherTask).with(api.viewer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(
                                post("/api/v1/plans/" + plan + "/tasks/" + otherTask + "/status-updates"),
                                "{\"status\": \"DONE\", \"version\": 0}")
                        .with(api.planner()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select status from plan_task where id = ?", String.class, otherTask))
                .isEqualTo("NOT_STARTED");
    }

    @Test
    void anApiTokenActsForItsOwnerWithoutASession() throws Exception {
        String token =
                tokens.create(world.plannerUsername(), "plan script", null).token();

        mvc.perform(get("/api/v1/plans/" + plan + "/tasks").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Train recruits"));
        mvc.perform(post("/api/v1/plans/" + plan + "/objectives")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Written by a script\", \"dimension\": \"DEVELOPMENT\"}"))
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("select count(*) from plan_objective where plan_id = ?", Integer.class, plan))
                .isEqualTo(2);

        String viewerToken =
                tokens.create(world.viewerUsername(), "viewer script", null).token();
        mvc.perform(post("/api/v1/plans/" + plan + "/objectives")
                        .header("Authorization", "Bearer " + viewerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Viewer's script\", \"dimension\": \"DEVELOPMENT\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/plans/" + plan).header("Authorization", "Bearer mpt_not-a-real-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/plans/" + plan)).andExpect(status().isUnauthorized());
    }

    @Test
    void theEndpointsAreDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/missions/{missionId}/plans'].post.summary")
                        .value("Start a draft plan of the mission"))
                .andExpect(jsonPath("$.paths['/api/v1/plans/{planId}/tasks/{taskId}'].put.tags[0]")
                        .value("Plan tasks"))
                .andExpect(
                        jsonPath("$.paths['/api/v1/plans/{planId}/indicators/{indicatorId}/measurements'].post.summary")
                                .value(containsString("measured value")))
                .andExpect(jsonPath("$.paths['/api/v1/plans/{planId}/tasks/{taskId}/status-updates'].get")
                        .exists());
    }
}
