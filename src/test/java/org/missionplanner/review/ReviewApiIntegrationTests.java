package org.missionplanner.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
 * The review API and pages answer refusals clearly and change nothing: an illegal transition is 422
 * with the reason, a decision by a planner 403, an outdated version 409, bad input 400 with the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewApiIntegrationTests {

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

    @BeforeEach
    void createWorld() {
        world = PlanWorld.create(jdbc, encoder);
        actors = ReviewActors.create(jdbc, encoder, users, world);
        planId = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end) values (?, 'MISSION_CONCEPT',
                'Concept', date '2026-01-01', date '2026-12-31') returning id""", Long.class, world.missionId());
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
        actors.delete();
    }

    @Test
    void approvingADraftIsRefusedWithTheReasonAndNothingChanges() throws Exception {
        decide("approve", actors.reviewer(), "{\"version\": " + version() + "}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(
                        jsonPath("$.detail")
                                .value(
                                        "Only a plan in review can be approved or returned; this plan is not waiting for a decision."));
        assertThat(planStatus()).isEqualTo("DRAFT");
    }

    @Test
    void theWholeJourneyThroughTheApiWithItsRefusals() throws Exception {
        decide("submit", world.plannerUsername(), "{\"message\": \"Please review\", \"version\": " + version() + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"))
                .andExpect(jsonPath("$.versionNumber").value(1));
        decide("approve", world.plannerUsername(), "{\"version\": " + version() + "}")
                .andExpect(status().isForbidden());
        decide("approve", actors.reviewer(), "{\"version\": " + (version() - 1) + "}")
                .andExpect(status().isConflict())
                .andExpect(
                        jsonPath("$.detail").value("Someone else changed this in the meantime. Reload and try again."));
        decide("return", actors.reviewer(), "{\"version\": " + version() + "}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reasons"));
        decide("return", actors.reviewer(), "{\"reasons\": \"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(planStatus()).isEqualTo("IN_REVIEW");

        mvc.perform(post("/api/v1/plans/{id}/comments", planId)
                        .with(as(actors.reviewer()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"elementType\": \"PLAN\", \"body\": \"Looks good\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/plans/{id}/comments", planId)
                        .with(as(actors.reviewer()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"elementType\": \"TASK\", \"elementId\": 0, \"body\": \"?\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("element"));
        decide("approve", actors.reviewer(), "{\"reasons\": \"Sound\", \"version\": " + version() + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        decide("approve", actors.otherReviewer(), "{\"version\": " + version() + "}")
                .andExpect(status().isUnprocessableContent());

        mvc.perform(get("/api/v1/plans/{id}/versions", planId).with(as(world.viewerUsername())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number").value(1))
                .andExpect(jsonPath("$[0].status").value("APPROVED"))
                .andExpect(jsonPath("$[0].reasons").value("Sound"));
        mvc.perform(get("/api/v1/plans/{id}/versions/1/compare/1", planId).with(as(world.viewerUsername())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.differences").isEmpty());
        mvc.perform(get("/api/v1/plans/{id}/versions/1/compare/7", planId).with(as(world.viewerUsername())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans/{id}/comments", planId).with(as(world.viewerUsername())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].key").value("plan"))
                .andExpect(jsonPath("$[0].openThreads").value(1))
                .andExpect(jsonPath("$[0].threads[0].first.body").value("Looks good"));
    }

    @Test
    void onThePageAReturnWithoutReasonsShowsWhyAndTheConcurrentLoserSeesAConflict() throws Exception {
        jdbc.update("update plan set status = 'IN_REVIEW' where id = ?", planId);
        jdbc.update("""
                insert into plan_version (plan_id, number, snapshot, status, submitted_by, submitted_by_name, submitted_at)
                values (?, 1, '{}', 'SUBMITTED', ?, 'Planner', now())""", planId, world.plannerUsername());
        long seen = version();

        String page = mvc.perform(post("/plans/{id}/review/return", planId)
                        .with(as(actors.reviewer()))
                        .with(csrf())
                        .param("version", String.valueOf(seen))
                        .param("reasons", ""))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Give the reasons for returning the plan");

        mvc.perform(post("/plans/{id}/review/approve", planId)
                        .with(as(actors.reviewer()))
                        .with(csrf())
                        .param("version", String.valueOf(seen)))
                .andExpect(status().is3xxRedirection());
        String loser = mvc.perform(post("/plans/{id}/review/return", planId)
                        .with(as(actors.otherReviewer()))
                        .with(csrf())
                        .param("version", String.valueOf(seen))
                        .param("reasons", "Too late"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(loser).contains("another reviewer may already have decided").contains("This plan is approved");
        assertThat(planStatus()).isEqualTo("APPROVED");
    }

    private ResultActions decide(String action, String username, String json) throws Exception {
        return mvc.perform(post("/api/v1/plans/{id}/" + action, planId)
                .with(as(username))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long version() {
        return jdbc.queryForObject("select version from plan where id = ?", Long.class, planId);
    }

    private String planStatus() {
        return jdbc.queryForObject("select status from plan where id = ?", String.class, planId);
    }
}
