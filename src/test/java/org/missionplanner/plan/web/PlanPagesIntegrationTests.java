package org.missionplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The plan pages as a planner and a viewer use them: the outline editor with and without htmx. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanPagesIntegrationTests {

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
    void createWorld() {
        world = PlanWorld.create(jdbc, encoder);
        plan = PlanFixture.create(jdbc, world);
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
    }

    @Test
    void theOutlineShowsTheTreeWithEditControlsForAPlannerOnly() throws Exception {
        String asPlanner = page(get("/plans/{id}", plan.planId()), planner());
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/outline-debug.html"), asPlanner);
        assertThat(asPlanner).contains("Secure the cantonment sites", "Combatants disarmed", "Weapons collected",
                "Canton the combatants", "Unlinked tasks", "Radio programme", "Add a task", "Edit the plan");
        assertThat(asPlanner).contains("The task&#39;s dates fall outside the plan&#39;s period.");

        String asViewer = page(get("/plans/{id}", plan.planId()), viewer());
        assertThat(asViewer).contains("Canton the combatants", "Unlinked tasks").doesNotContain("Add a task",
                "/delete", "Edit the plan");
    }

    @Test
    void everyPageAndFormRendersWithAndWithoutHtmx() throws Exception {
        long p = plan.planId();
        assertThat(page(get("/missions/{m}/plans", world.missionId()), planner())).contains("Fixture ISF", "New plan");
        assertThat(page(get("/plans"), viewer())).contains("Fixture ISF");
        assertThat(page(get("/missions/{m}/plans/new", world.missionId()), planner())).contains("Create the plan");
        assertThat(page(get("/plans/{p}/edit", p), planner())).contains("A country at peace", "Delete the plan");
        assertThat(page(get("/plans/{p}/risks", p), planner())).contains("Spoilers attack the sites", "Add a risk");
        assertThat(page(get("/plans/{p}/risks/{r}/edit", p, plan.riskId()), planner())).contains("Edit the risk");
        assertThat(page(get("/plans/{p}/tasks/new", p).param("serves", "result-" + plan.resultId()), planner()))
                .contains("Add a task", "id=\"task-new-result-" + plan.resultId() + "-title\"", "<html");
        String fragment = page(get("/plans/{p}/tasks/{t}/edit", p, plan.taskId()).header("HX-Request", "true"),
                planner());
        assertThat(fragment).doesNotContain("<html").contains("hx-post=", "Canton the combatants", "UNPOL");
        assertThat(page(get("/plans/{p}/results/new", p).param("objectiveId", "" + plan.objectiveId()), planner()))
                .contains("Add a result");
        assertThat(page(get("/plans/{p}/indicators/{i}/edit", p, plan.indicatorId()), planner()))
                .contains("Weapons collected");
        assertThat(page(get("/plans/{p}/benchmarks/new", p), planner())).contains("Add a benchmark");
        assertThat(page(get("/plans/{p}/objectives/{o}/edit", p, plan.objectiveId()), planner()))
                .contains("Secure the cantonment sites");
        assertThat(page(get("/plans/{p}", p).header("HX-Request", "true"), planner())).doesNotContain("<html")
                .contains("id=\"outline\"");
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }

    String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        var response = perform(request, who);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    RequestPostProcessor planner() {
        return user(users.loadUserByUsername(world.plannerUsername()));
    }

    RequestPostProcessor viewer() {
        return user(users.loadUserByUsername(world.viewerUsername()));
    }
}
