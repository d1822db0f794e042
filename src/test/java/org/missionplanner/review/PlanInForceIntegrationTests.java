package org.missionplanner.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The plan in force stays visible, printable and monitored while its revision is drafted: every view
 * and the API show the approved version or the draft on request, a version has its own read-only
 * page, the lists show both states, and measurements go on against the indicators kept by id.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanInForceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    PlanWorld world;
    ReviewActors actors;
    long planId;
    long taskId;
    long indicatorId;
    String outsider;
    long outsiderId;

    @BeforeEach
    void createPlan() {
        world = PlanWorld.create(jdbc, encoder);
        actors = ReviewActors.create(jdbc, encoder, users, world);
        outsider = TestUsers.uniqueName("outsider");
        outsiderId = new TestUsers(jdbc, encoder).create(outsider, "USER", PlanWorld.PASSWORD);
        planId = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end, shared_vision)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'ISF 2026-2027', date '2026-01-01', date '2027-12-31',
                        'A country at peace') returning id""", Long.class, world.missionId());
        long objective = jdbc.queryForObject("""
                insert into plan_objective (plan_id, position, title, dimension) values (?, 1, 'Security sector reform', 'SECURITY')
                returning id""", Long.class, planId);
        long result = jdbc.queryForObject("""
                insert into plan_result (plan_id, objective_id, position, title) values (?, ?, 1, 'A professional police service')
                returning id""", Long.class, planId, objective);
        indicatorId = jdbc.queryForObject("""
                insert into plan_indicator (plan_id, result_id, position, definition, unit, baseline_value, target_value)
                values (?, ?, 1, 'Police officers deployed', 'officers', 0, 2000) returning id""", Long.class, planId, result);
        taskId = jdbc.queryForObject("""
                insert into plan_task (plan_id, objective_id, result_id, position, title, lead_unit_id)
                values (?, ?, ?, 1, 'Train the national police', ?) returning id""", Long.class, planId, objective, result, world.policeUnitId());
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
        actors.delete();
        jdbc.update("delete from app_user where id = ?", outsiderId);
    }

    @Test
    void theVersionInForceStaysVisibleBesideItsDraftInTheApi() throws Exception {
        api("?version=approved", world.viewerUsername())
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        approve();

        // starting the revision: stale version 409, current version 200, not approved any more 422
        newDraft(version() - 1).andExpect(status().isConflict());
        newDraft(version())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(planId))
                .andExpect(jsonPath("$.status").value("DRAFT"));
        newDraft(version())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/plans/{id}/new-draft", planId)
                        .with(as(world.plannerUsername()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest());
        newDraft(version(), world.viewerUsername()).andExpect(status().isForbidden());

        // the draft changes; a measurement is recorded on the plan in force while it is drafted
        jdbc.update("update plan_task set title = 'Train and equip the national police' where id = ?", taskId);
        mvc.perform(post("/api/v1/plans/{id}/indicators/{i}/measurements", planId, indicatorId)
                        .with(as(world.plannerUsername()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": 500, \"measuredOn\": \"2026-06-30\"}"))
                .andExpect(status().is2xxSuccessful());
        long taskVersion = jdbc.queryForObject("select version from plan_task where id = ?", Long.class, taskId);
        mvc.perform(post("/api/v1/plans/{id}/tasks/{t}/status-updates", planId, taskId)
                        .with(as(world.plannerUsername()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"AT_RISK\", \"narrative\": \"Delayed\", \"version\": " + taskVersion
                                + "}"))
                .andExpect(status().is2xxSuccessful());

        api("?version=approved", world.viewerUsername())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.status").value("APPROVED"))
                .andExpect(jsonPath("$.objectives[0].results[0].tasks[0].title").value("Train the national police"))
                .andExpect(
                        jsonPath("$.objectives[0].results[0].indicators[0].id").value(indicatorId))
                .andExpect(jsonPath("$.objectives[0].results[0].indicators[0].latestValue")
                        .value(500))
                .andExpect(jsonPath("$.objectives[0].results[0].indicators[0].progressPercent")
                        .value(25));
        api("?version=1", world.viewerUsername())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.objectives[0].results[0].tasks[0].title").value("Train the national police"));
        api("", world.viewerUsername())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.status").value("DRAFT"))
                .andExpect(jsonPath("$.objectives[0].results[0].tasks[0].title")
                        .value("Train and equip the national police"));
        api("?version=draft", world.viewerUsername())
                .andExpect(jsonPath("$.objectives[0].results[0].tasks[0].title")
                        .value("Train and equip the national police"));
        api("?version=7", world.viewerUsername())
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api("?version=newest", world.viewerUsername()).andExpect(status().isNotFound());
        api("?version=approved", outsider).andExpect(status().isForbidden());
        api("?version=1", outsider).andExpect(status().isForbidden());

        // the revision approved in its turn: the measurement carries over to the indicator kept by id
        approve();
        api("?version=approved", world.viewerUsername())
                .andExpect(jsonPath("$.objectives[0].results[0].tasks[0].title")
                        .value("Train and equip the national police"))
                .andExpect(jsonPath("$.objectives[0].results[0].indicators[0].latestValue")
                        .value(500));
        api("?version=1", world.viewerUsername())
                .andExpect(jsonPath("$.plan.status").value("SUPERSEDED"));
    }

    @Test
    void everyViewAndBothExportsShowTheVersionInForceReadOnlyBesideTheDraft() throws Exception {
        approve();
        newDraft(version()).andExpect(status().isOk());
        jdbc.update("update plan_task set title = 'Train and equip the national police' where id = ?", taskId);
        jdbc.update("update plan set shared_vision = 'A country at peace with itself' where id = ?", planId);

        String draft = page("/plans/" + planId, world.plannerUsername());
        assertThat(draft)
                .contains("Train and equip the national police")
                .contains("In force: version 1")
                .contains("Revision being drafted")
                .contains("data-testid=\"show-draft\"");
        String inForce = page("/plans/" + planId + "?version=approved", world.plannerUsername());
        assertThat(inForce)
                .contains("Train the national police")
                .doesNotContain("Train and equip the national police")
                .contains("A country at peace<")
                .contains("data-testid=\"version-read-only\"")
                .contains("export.pdf?version=approved")
                .doesNotContain("Edit the plan")
                .doesNotContain("/edit\"");
        for (String view : new String[] {"matrix", "timeline", "coherence", "monitoring", "risks", "tasks"}) {
            String shown = page("/plans/" + planId + "/" + view + "?version=approved", world.viewerUsername());
            assertThat(shown)
                    .as(view)
                    .contains("data-testid=\"version-read-only\"")
                    .as("the tabs keep the version")
                    .contains("href=\"/plans/" + planId + "/coherence?version=approved\"")
                    .contains("href=\"/plans/" + planId + "/review\"");
            if (!view.equals("coherence") && !view.equals("risks") && !view.equals("monitoring")) {
                assertThat(shown).as(view).contains("Train the national police");
            }
        }
        String monitoring = page("/plans/" + planId + "/monitoring?version=approved", world.plannerUsername());
        assertThat(monitoring).contains("Police officers deployed");
        assertThat(page("/plans/" + planId + "/matrix", world.viewerUsername()))
                .contains("Train and equip the national police");
        mvc.perform(get("/plans/{id}/matrix?version=9", planId).with(as(world.viewerUsername())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}?version=approved", planId).with(as(outsider)))
                .andExpect(status().isForbidden());

        mvc.perform(get("/plans/{id}/export.pdf?version=approved", planId).with(as(world.viewerUsername())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(
                        header().string("Content-Disposition", org.hamcrest.Matchers.containsString("-approved.pdf")));
        byte[] xlsx = mvc.perform(
                        get("/plans/{id}/export.xlsx?version=1", planId).with(as(world.viewerUsername())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("-v1.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            StringBuilder cells = new StringBuilder();
            workbook.forEach(sheet ->
                    sheet.forEach(row -> row.forEach(cell -> cells.append(cell).append('|'))));
            assertThat(cells.toString()).contains("Train the national police").doesNotContain("Train and equip");
        }
    }

    @Test
    void theVersionsPageLinksEachVersionToItsReadOnlyPageAndTheListsShowBothStates() throws Exception {
        approve();
        newDraft(version()).andExpect(status().isOk());
        jdbc.update("update plan_task set title = 'Train and equip the national police' where id = ?", taskId);

        assertThat(page("/plans/" + planId + "/versions", world.viewerUsername()))
                .contains("/plans/" + planId + "/versions/1\"");
        String version = page("/plans/" + planId + "/versions/1", world.viewerUsername());
        assertThat(version)
                .contains("data-testid=\"version-summary\"")
                .contains("Approved, in force")
                .contains("Submitted by")
                .contains("Decided by")
                .contains("Train the national police")
                .doesNotContain("Train and equip the national police");
        mvc.perform(get("/plans/{id}/versions/4", planId).with(as(world.viewerUsername())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/versions/1", planId).with(as(outsider))).andExpect(status().isForbidden());

        String list = page("/missions/" + world.missionId() + "/plans", world.viewerUsername());
        assertThat(list).contains("Approved v1 in force").contains("Draft revision");
        assertThat(page("/plans", world.viewerUsername()))
                .contains("Approved v1 in force")
                .contains("Draft revision");
    }

    @Test
    void aPlanWithoutAnApprovedVersionShowsItsDraftAloneAndNoVersionInForce() throws Exception {
        assertThat(page("/plans/" + planId, world.viewerUsername())).doesNotContain("data-testid=\"version-switch\"");
        mvc.perform(get("/plans/{id}?version=approved", planId).with(as(world.viewerUsername())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/export.pdf?version=approved", planId).with(as(world.viewerUsername())))
                .andExpect(status().isNotFound());
    }

    private void approve() throws Exception {
        mvc.perform(post("/api/v1/plans/{id}/submit", planId)
                        .with(as(world.plannerUsername()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"message\": \"Ready\", \"version\": " + version() + "}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/plans/{id}/approve", planId)
                        .with(as(actors.reviewer()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reasons\": \"Sound\", \"version\": " + version() + "}"))
                .andExpect(status().isOk());
    }

    private ResultActions newDraft(long version) throws Exception {
        return newDraft(version, world.plannerUsername());
    }

    private ResultActions newDraft(long version, String username) throws Exception {
        return mvc.perform(post("/api/v1/plans/{id}/new-draft", planId)
                .with(as(username))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + version + "}"));
    }

    private ResultActions api(String query, String username) throws Exception {
        return mvc.perform(get("/api/v1/plans/" + planId + query).with(as(username)));
    }

    private String page(String url, String username) throws Exception {
        return mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long version() {
        return jdbc.queryForObject("select version from plan where id = ?", Long.class, planId);
    }
}
