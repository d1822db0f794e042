package org.missionplanner.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import org.missionplanner.plan.PlanWorld;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Requests of the plan API tests: signed in as a user of a {@link PlanWorld}, JSON bodies, created ids. */
record PlanApiSupport(MockMvc mvc, UserDetailsService users, PlanWorld world) {

    RequestPostProcessor planner() {
        return user(users.loadUserByUsername(world.plannerUsername()));
    }

    RequestPostProcessor viewer() {
        return user(users.loadUserByUsername(world.viewerUsername()));
    }

    /** A write with a JSON body and the CSRF token, as a browser session would send it. */
    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** Posts as the planner, expects 201, and returns the id of what was created. */
    long create(String path, String body) throws Exception {
        MvcResult result = mvc.perform(json(post(path), body).with(planner())).andReturn();
        assertThat(result.getResponse().getStatus())
                .as("POST %s: %s", path, result.getResponse().getContentAsString())
                .isEqualTo(201);
        long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
        assertThat(result.getResponse().getHeader("Location")).endsWith("/" + id);
        return id;
    }

    long createPlan() throws Exception {
        return create("/api/v1/missions/" + world.missionId() + "/plans", """
                {"kind": "INTEGRATED_STRATEGIC_FRAMEWORK", "title": "API ISF", "periodStart": "2026-01-01",
                 "periodEnd": "2027-12-31", "sharedVision": "A stable country"}""");
    }

    long createObjective(long planId) throws Exception {
        return create("/api/v1/plans/" + planId + "/objectives", """
                {"title": "Security sector reform", "dimension": "SECURITY", "description": "Reform the police"}""");
    }

    long createResult(long planId, long objectiveId) throws Exception {
        return create("/api/v1/plans/" + planId + "/results", """
                {"objectiveId": %d, "title": "Police deployed in every county"}""".formatted(objectiveId));
    }

    long createTask(long planId, Long resultId, String title) throws Exception {
        return create("/api/v1/plans/" + planId + "/tasks", """
                {"title": "%s", "resultId": %s, "lead": "unit-%d", "supporters": ["unit-%d", "organisation-%d"],
                 "nationalCounterpart": "Ministry of Justice", "fundingSource": "VOLUNTARY", "amount": 250000,
                 "currency": "USD", "startOn": "2026-03-01", "endOn": "2026-12-31", "horizon": "POLITICAL_TIMETABLE"}
                """.formatted(
                        title, resultId, world.headUnitId(), world.ddrUnitId(), world.organisationId()));
    }

    static long number(MvcResult result, String path) throws Exception {
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), path)).longValue();
    }
}
