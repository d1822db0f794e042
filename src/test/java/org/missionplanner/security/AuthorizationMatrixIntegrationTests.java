package org.missionplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionplanner.security.AuthorizationMatrixIntegrationTests.Outcome.CREATED;
import static org.missionplanner.security.AuthorizationMatrixIntegrationTests.Outcome.FORBIDDEN;
import static org.missionplanner.security.AuthorizationMatrixIntegrationTests.Outcome.LOGIN;
import static org.missionplanner.security.AuthorizationMatrixIntegrationTests.Outcome.NOT_FOUND;
import static org.missionplanner.security.AuthorizationMatrixIntegrationTests.Outcome.NO_CONTENT;
import static org.missionplanner.security.AuthorizationMatrixIntegrationTests.Outcome.OK;
import static org.missionplanner.security.AuthorizationMatrixIntegrationTests.Outcome.REDIRECT;
import static org.missionplanner.security.AuthorizationMatrixIntegrationTests.Outcome.UNAUTHORIZED;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.missionplanner.security.SecurityFixture.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Who may call which endpoint. The endpoints come from the application's own handler mapping, so
 * a new endpoint fails {@link #everyEndpointOfTheApplicationHasAnExpectation()} until a row is
 * added to {@link #EXPECTED}. Every cell of the table is one request with a valid CSRF token
 * (this measures authorisation, not CSRF); a refused request must leave the database unchanged.
 *
 * <p>Path variables: {missionId} = mission A, {userId} = a target user (USER, VIEWER of A),
 * {tokenId} = the target user's API token. The actors are the columns of the table.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

    /** What a correct application answers. */
    enum Outcome {
        OK(200),
        CREATED(201),
        NO_CONTENT(204),
        REDIRECT(302),
        LOGIN(302),
        UNAUTHORIZED(401),
        FORBIDDEN(403),
        NOT_FOUND(404);

        final int status;

        Outcome(int status) {
            this.status = status;
        }

        /** Refused: sent to the sign-in page, 401, 403, or 404 (an id the caller may not use). */
        boolean isRefusal() {
            return this == LOGIN || status >= 400;
        }

        /** The outcome of a response, or null when it is none of these (a 500, say). */
        static Outcome of(MvcResult result) {
            int status = result.getResponse().getStatus();
            if (status == 302) {
                String location = result.getResponse().getRedirectedUrl();
                return location != null && location.endsWith("/login") ? LOGIN : REDIRECT;
            }
            return Arrays.stream(values())
                    .filter(o -> o.status == status)
                    .findFirst()
                    .orElse(null);
        }
    }

    // @formatter:off
    private static final Map<String, List<Outcome>> EXPECTED = table(
            //                                                          anonymous     viewer of A  planner of A planner
            // of B HQ reviewer  administrator
            row("GET /", LOGIN, OK, OK, OK, OK, OK),
            row("GET /login", OK, REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT),

            // the signed-in user's own account; somebody else's token is "not found", even for an administrator
            row("GET /account", LOGIN, OK, OK, OK, OK, OK),
            row("GET /account/password", LOGIN, OK, OK, OK, OK, OK),
            row("POST /account/password", LOGIN, REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT),
            row("POST /account/tokens", LOGIN, REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT),
            row("POST /account/tokens/{tokenId}/revoke", LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),

            // mail
            // e-mail preferences: every signed-in user, for themself; the e-mailed links work without signing in
            // (the token is the credential: an unknown unsubscribe token is "not found", an unknown first
            // sign-in link shows a page saying so)
            row("POST /account/mail", LOGIN, REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT),
            row("GET /account/first-sign-in", OK, OK, OK, OK, OK, OK),
            row("POST /account/first-sign-in", OK, OK, OK, OK, OK, OK),
            row("GET /mail/unsubscribe/{token}", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
            row("POST /mail/unsubscribe/{token}", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),

            // missions: members of the mission, HQ reviewers and administrators read it; nobody else
            row("GET /missions", LOGIN, OK, OK, OK, OK, OK),
            row("GET /missions/{missionId}", LOGIN, OK, OK, FORBIDDEN, OK, OK),

            // mission facts (registry, forms, API) -- rows below
            // registering and deleting missions: administrators; changing a mission's facts: its planners and
            // administrators
            row("GET /missions/new", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
            row("POST /missions", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REDIRECT),
            row("GET /missions/{missionId}/edit", LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, OK),
            row("POST /missions/{missionId}", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, REDIRECT),
            row("POST /missions/{missionId}/delete", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REDIRECT),
            row("POST /api/v1/missions", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, CREATED),
            row("PUT /api/v1/missions/{missionId}", UNAUTHORIZED, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, OK),
            row(
                    "DELETE /api/v1/missions/{missionId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    NO_CONTENT),
            // the API's description (springdoc) is public: it holds no data
            row("GET /api/docs", REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT),
            row("GET /v3/api-docs", OK, OK, OK, OK, OK, OK),
            row("GET /v3/api-docs.yaml", OK, OK, OK, OK, OK, OK),
            row("GET /v3/api-docs/swagger-config", OK, OK, OK, OK, OK, OK),

            // mandate and mission import -- rows below
            row("GET /missions/{missionId}/mandate", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "GET /missions/{missionId}/mandate/resolutions/new",
                    LOGIN,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/mandate/resolutions",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "GET /missions/{missionId}/mandate/resolutions/{resolutionId}/edit",
                    LOGIN,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/mandate/resolutions/{resolutionId}",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/mandate/resolutions/{resolutionId}/delete",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /api/v1/missions/{missionId}/resolutions", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row("GET /missions/import", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
            row("POST /missions/import", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
            row("POST /api/v1/missions/import", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),

            // structure, organigram, checks, comparison -- rows below
            row("GET /missions/{missionId}/structure", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "POST /missions/{missionId}/structure/start",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /missions/{missionId}/structure/units/new", LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row(
                    "POST /missions/{missionId}/structure/units",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "GET /missions/{missionId}/structure/units/{unitId}",
                    LOGIN,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/structure/units/{unitId}",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/structure/units/{unitId}/move",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/structure/units/{unitId}/delete",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/structure/units/{unitId}/lines",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/structure/units/{unitId}/lines/{lineId}/delete",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /api/v1/missions/{missionId}/structure", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),

            // organigram, checks, comparison
            row("GET /missions/{missionId}/organigram", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /missions/{missionId}/organigram.svg", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /missions/compare", LOGIN, OK, OK, OK, OK, OK),
            row("GET /api/v1/missions/{missionId}/checks", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),

            // compare branch: the mission comparison's API; every signed-in user, missions they may not see left out
            row("GET /api/v1/missions/compare", UNAUTHORIZED, OK, OK, OK, OK, OK),

            // national
            // national actors and plans: every signed-in user reads them; administrators and the planners
            // of a mission hosted by the country (mission A, hosted by Tuvalu) record them
            row("GET /national-actors", LOGIN, OK, OK, OK, OK, OK),
            row("POST /national-actors", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, REDIRECT),
            row("GET /api/v1/national-actors", UNAUTHORIZED, OK, OK, OK, OK, OK),
            row("POST /api/v1/national-actors", UNAUTHORIZED, FORBIDDEN, CREATED, FORBIDDEN, FORBIDDEN, CREATED),
            row("GET /national-plans", LOGIN, OK, OK, OK, OK, OK),
            row("POST /national-plans", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, REDIRECT),
            row("GET /api/v1/national-plans", UNAUTHORIZED, OK, OK, OK, OK, OK),
            row("POST /api/v1/national-plans", UNAUTHORIZED, FORBIDDEN, CREATED, FORBIDDEN, FORBIDDEN, CREATED),
            // --- i16 ---
            // editing a national actor or plan: the same people as recording one (administrators, planners of a
            // mission the country hosts); everyone signed in reads one
            row("GET /api/v1/national-actors/{nationalActorId}", UNAUTHORIZED, OK, OK, OK, OK, OK),
            row("PUT /api/v1/national-actors/{nationalActorId}", UNAUTHORIZED, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, OK),
            row("GET /national-actors/{nationalActorId}/edit", LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, OK),
            row("POST /national-actors/{nationalActorId}", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, REDIRECT),
            row("GET /api/v1/national-plans/{nationalPlanId}", UNAUTHORIZED, OK, OK, OK, OK, OK),
            row("PUT /api/v1/national-plans/{nationalPlanId}", UNAUTHORIZED, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, OK),
            row("GET /national-plans/{nationalPlanId}/edit", LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, OK),
            row("POST /national-plans/{nationalPlanId}", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, REDIRECT),

            // organisations registry and about page -- rows below
            // reading: every signed-in user; creating and editing organisations (reference data): administrators
            row("GET /organisations", LOGIN, OK, OK, OK, OK, OK),
            // partnership principles across missions: each user sees the missions they may see
            row("GET /partnerships", LOGIN, OK, OK, OK, OK, OK),
            row("GET /organisations/{organisationId}", LOGIN, OK, OK, OK, OK, OK),
            row("GET /organisations/new", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
            row("POST /organisations", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REDIRECT),
            row("GET /organisations/{organisationId}/edit", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
            row("POST /organisations/{organisationId}", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REDIRECT),
            row("GET /api/v1/organisations", UNAUTHORIZED, OK, OK, OK, OK, OK),
            row("GET /api/v1/organisations/{organisationId}", UNAUTHORIZED, OK, OK, OK, OK, OK),
            row("POST /api/v1/organisations", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, CREATED),
            row(
                    "PUT /api/v1/organisations/{organisationId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    OK),
            row("GET /about/data", LOGIN, OK, OK, OK, OK, OK),

            // partnerships and partner map -- rows below
            // reading: members of the mission, HQ reviewers, administrators; changing: the mission's planners
            row("GET /missions/{missionId}/partners", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /missions/{missionId}/partners/map.svg", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "GET /missions/{missionId}/partners/partnerships/new",
                    LOGIN,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/partners/partnerships",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "GET /missions/{missionId}/partners/partnerships/{partnershipId}",
                    LOGIN,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/partners/partnerships/{partnershipId}",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/partners/partnerships/{partnershipId}/delete",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /api/v1/missions/{missionId}/partnerships", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "POST /api/v1/missions/{missionId}/partnerships",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    CREATED,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "GET /api/v1/missions/{missionId}/partnerships/{partnershipId}",
                    UNAUTHORIZED,
                    OK,
                    OK,
                    FORBIDDEN,
                    OK,
                    OK),
            row(
                    "PUT /api/v1/missions/{missionId}/partnerships/{partnershipId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "DELETE /api/v1/missions/{missionId}/partnerships/{partnershipId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    NO_CONTENT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),

            // coordination bodies, meetings, action items -- rows below
            row("GET /missions/{missionId}/coordination", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "GET /missions/{missionId}/coordination/bodies/new",
                    LOGIN,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/coordination/bodies",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /missions/{missionId}/coordination/bodies/{bodyId}", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "GET /missions/{missionId}/coordination/bodies/{bodyId}/edit",
                    LOGIN,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/coordination/bodies/{bodyId}",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/coordination/bodies/{bodyId}/delete",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "GET /missions/{missionId}/coordination/bodies/{bodyId}/meetings/new",
                    LOGIN,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/coordination/bodies/{bodyId}/meetings",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "GET /missions/{missionId}/coordination/bodies/{bodyId}/meetings/{meetingId}",
                    LOGIN,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/coordination/bodies/{bodyId}/meetings/{meetingId}",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/coordination/action-items/{actionItemId}/status",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /api/v1/missions/{missionId}/coordination-bodies", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "POST /api/v1/missions/{missionId}/coordination-bodies",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    CREATED,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "GET /api/v1/missions/{missionId}/coordination-bodies/{bodyId}/meetings",
                    UNAUTHORIZED,
                    OK,
                    OK,
                    FORBIDDEN,
                    OK,
                    OK),
            row("GET /api/v1/missions/{missionId}/action-items", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),

            // cmcoord requests -- rows below
            row("GET /cmcoord", LOGIN, OK, OK, OK, OK, OK),
            row("GET /missions/{missionId}/cmcoord", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("POST /missions/{missionId}/cmcoord", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("GET /missions/{missionId}/cmcoord/{requestId}", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "POST /missions/{missionId}/cmcoord/{requestId}/assessment",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/cmcoord/{requestId}/decision",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /api/v1/missions/{missionId}/cmcoord-requests", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "POST /api/v1/missions/{missionId}/cmcoord-requests",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    CREATED,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "GET /api/v1/missions/{missionId}/cmcoord-requests/{requestId}",
                    UNAUTHORIZED,
                    OK,
                    OK,
                    FORBIDDEN,
                    OK,
                    OK),
            row(
                    "PUT /api/v1/missions/{missionId}/cmcoord-requests/{requestId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /api/v1/missions/{missionId}/cmcoord-requests/{requestId}/decision",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),

            // plans: pages and outline editor -- rows below
            // reading: members of the mission, HQ reviewers, administrators; writing: the mission's planners only
            row("GET /plans", LOGIN, OK, OK, OK, OK, OK),
            row("GET /missions/{missionId}/plans", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /missions/{missionId}/plans/new", LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("POST /missions/{missionId}/plans", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("GET /plans/{planId}", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /plans/{planId}/objectives/{objectiveId}/outline", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /plans/{planId}/unlinked-tasks", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "GET /plans/{planId}/tasks/{taskId}/in-outline",
                    LOGIN,
                    REDIRECT,
                    REDIRECT,
                    FORBIDDEN,
                    REDIRECT,
                    REDIRECT),
            row("GET /plans/{planId}/edit", LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("POST /plans/{planId}", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("POST /plans/{planId}/delete", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("POST /plans/{planId}/objectives", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row(
                    "GET /plans/{planId}/objectives/{objectiveId}/edit",
                    LOGIN,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /plans/{planId}/objectives/{objectiveId}",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "GET /plans/{planId}/objectives/{objectiveId}/delete",
                    LOGIN,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /plans/{planId}/objectives/{objectiveId}/delete",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /plans/{planId}/objectives/{objectiveId}/move",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("POST /plans/{planId}/results", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("GET /plans/{planId}/results/new", LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("GET /plans/{planId}/results/{resultId}/edit", LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("POST /plans/{planId}/results/{resultId}", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("GET /plans/{planId}/results/{resultId}/delete", LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row(
                    "POST /plans/{planId}/results/{resultId}/delete",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /plans/{planId}/results/{resultId}/move",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("POST /plans/{planId}/indicators", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("GET /plans/{planId}/indicators/new", LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row(
                    "GET /plans/{planId}/indicators/{indicatorId}/edit",
                    LOGIN,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /plans/{planId}/indicators/{indicatorId}",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "GET /plans/{planId}/indicators/{indicatorId}/delete",
                    LOGIN,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /plans/{planId}/indicators/{indicatorId}/delete",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /plans/{planId}/indicators/{indicatorId}/move",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("POST /plans/{planId}/benchmarks", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("GET /plans/{planId}/benchmarks/new", LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row(
                    "GET /plans/{planId}/benchmarks/{benchmarkId}/edit",
                    LOGIN,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /plans/{planId}/benchmarks/{benchmarkId}",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "GET /plans/{planId}/benchmarks/{benchmarkId}/delete",
                    LOGIN,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /plans/{planId}/benchmarks/{benchmarkId}/delete",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /plans/{planId}/benchmarks/{benchmarkId}/move",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("POST /plans/{planId}/tasks", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("GET /plans/{planId}/tasks/new", LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("GET /plans/{planId}/tasks/{taskId}/edit", LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("POST /plans/{planId}/tasks/{taskId}", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("GET /plans/{planId}/tasks/{taskId}/delete", LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row(
                    "POST /plans/{planId}/tasks/{taskId}/delete",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /plans/{planId}/tasks/{taskId}/move",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /plans/{planId}/risks", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("POST /plans/{planId}/risks", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("GET /plans/{planId}/risks/{riskId}/edit", LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("POST /plans/{planId}/risks/{riskId}", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("GET /plans/{planId}/risks/{riskId}/delete", LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row(
                    "POST /plans/{planId}/risks/{riskId}/delete",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),

            // plans: matrix and timeline -- rows below
            // reading: members of the mission, HQ reviewers, administrators (the files honour the page's filters)
            row("GET /plans/{planId}/matrix", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /plans/{planId}/matrix.csv", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /plans/{planId}/matrix.xlsx", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /plans/{planId}/timeline", LOGIN, OK, OK, FORBIDDEN, OK, OK),

            // plans: coherence and monitoring -- rows below
            row("GET /plans/{planId}/coherence", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /plans/{planId}/chain", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /plans/{planId}/tasks", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /plans/{planId}/tasks/{taskId}", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "POST /plans/{planId}/tasks/{taskId}/status",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /plans/{planId}/monitoring", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /plans/{planId}/indicators/{indicatorId}", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "POST /plans/{planId}/indicators/{indicatorId}/measurements",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /api/v1/plans/{planId}/coherence", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row("GET /api/v1/plans/{planId}/children", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),

            // plans: API -- rows below
            // reading: members of the plan's mission, HQ reviewers, administrators; writing: the mission's planners
            row("GET /api/v1/missions/{missionId}/plans", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "POST /api/v1/missions/{missionId}/plans",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    CREATED,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /api/v1/plans/{planId}", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row("PUT /api/v1/plans/{planId}", UNAUTHORIZED, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("DELETE /api/v1/plans/{planId}", UNAUTHORIZED, FORBIDDEN, NO_CONTENT, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("GET /api/v1/plans/{planId}/objectives", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "POST /api/v1/plans/{planId}/objectives",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    CREATED,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /api/v1/plans/{planId}/objectives/{objectiveId}", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "PUT /api/v1/plans/{planId}/objectives/{objectiveId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "DELETE /api/v1/plans/{planId}/objectives/{objectiveId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    NO_CONTENT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /api/v1/plans/{planId}/results", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "POST /api/v1/plans/{planId}/results",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    CREATED,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /api/v1/plans/{planId}/results/{resultId}", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "PUT /api/v1/plans/{planId}/results/{resultId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "DELETE /api/v1/plans/{planId}/results/{resultId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    NO_CONTENT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /api/v1/plans/{planId}/indicators", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "POST /api/v1/plans/{planId}/indicators",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    CREATED,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /api/v1/plans/{planId}/indicators/{indicatorId}", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "PUT /api/v1/plans/{planId}/indicators/{indicatorId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "DELETE /api/v1/plans/{planId}/indicators/{indicatorId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    NO_CONTENT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /api/v1/plans/{planId}/benchmarks", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "POST /api/v1/plans/{planId}/benchmarks",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    CREATED,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /api/v1/plans/{planId}/benchmarks/{benchmarkId}", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "PUT /api/v1/plans/{planId}/benchmarks/{benchmarkId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "DELETE /api/v1/plans/{planId}/benchmarks/{benchmarkId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    NO_CONTENT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /api/v1/plans/{planId}/tasks", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row("POST /api/v1/plans/{planId}/tasks", UNAUTHORIZED, FORBIDDEN, CREATED, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("GET /api/v1/plans/{planId}/tasks/{taskId}", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "PUT /api/v1/plans/{planId}/tasks/{taskId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "DELETE /api/v1/plans/{planId}/tasks/{taskId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    NO_CONTENT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /api/v1/plans/{planId}/risks", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row("POST /api/v1/plans/{planId}/risks", UNAUTHORIZED, FORBIDDEN, CREATED, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("GET /api/v1/plans/{planId}/risks/{riskId}", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "PUT /api/v1/plans/{planId}/risks/{riskId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "DELETE /api/v1/plans/{planId}/risks/{riskId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    NO_CONTENT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "GET /api/v1/plans/{planId}/indicators/{indicatorId}/measurements",
                    UNAUTHORIZED,
                    OK,
                    OK,
                    FORBIDDEN,
                    OK,
                    OK),
            row(
                    "POST /api/v1/plans/{planId}/indicators/{indicatorId}/measurements",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    CREATED,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("GET /api/v1/plans/{planId}/tasks/{taskId}/status-updates", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "POST /api/v1/plans/{planId}/tasks/{taskId}/status-updates",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    CREATED,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),

            // plans: exports -- rows below
            row("GET /plans/{planId}/export.pdf", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /plans/{planId}/export.xlsx", LOGIN, OK, OK, FORBIDDEN, OK, OK),

            // history of missions, structures and plans; the organigram as of a date -- rows below
            row("GET /missions/{missionId}/history", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /missions/{missionId}/structure/history", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /plans/{planId}/history", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /api/v1/missions/{missionId}/history", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row("GET /api/v1/missions/{missionId}/structure/history", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row("GET /api/v1/plans/{planId}/history", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),

            // plans: review -- rows below
            // the HQ inbox: HQ reviewers only; reading a plan's review, versions and comparisons: whoever reads the
            // plan
            row("GET /reviews", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
            row("GET /plans/{planId}/review", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /plans/{planId}/versions", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /plans/{planId}/versions/{a}/compare/{b}", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /plans/{planId}/compare-approved", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            // a version, read-only: whoever reads the plan (plan in force)
            row("GET /plans/{planId}/versions/{number}", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            // submitting and reopening: the mission's planners; deciding: HQ reviewers (not administrators)
            row("POST /plans/{planId}/review/submit", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("POST /plans/{planId}/review/new-draft", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("POST /plans/{planId}/review/approve", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REDIRECT, FORBIDDEN),
            row("POST /plans/{planId}/review/return", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REDIRECT, FORBIDDEN),
            // comments: the mission's planners and HQ reviewers
            row("POST /plans/{planId}/comments", LOGIN, FORBIDDEN, REDIRECT, FORBIDDEN, REDIRECT, FORBIDDEN),
            row(
                    "POST /plans/{planId}/comments/{commentId}/resolve",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN),
            // notifications: everyone their own; somebody else's is "not found"
            row("GET /notifications", LOGIN, OK, OK, OK, OK, OK),
            row(
                    "POST /notifications/{notificationId}/read",
                    LOGIN,
                    REDIRECT,
                    NOT_FOUND,
                    NOT_FOUND,
                    NOT_FOUND,
                    NOT_FOUND),
            row("POST /notifications/read-all", LOGIN, REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT),
            // the API
            row("POST /api/v1/plans/{planId}/submit", UNAUTHORIZED, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row("POST /api/v1/plans/{planId}/approve", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
            row("POST /api/v1/plans/{planId}/return", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
            row("GET /api/v1/plans/{planId}/comments", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row(
                    "POST /api/v1/plans/{planId}/comments",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    CREATED,
                    FORBIDDEN,
                    CREATED,
                    FORBIDDEN),
            row(
                    "POST /api/v1/plans/{planId}/comments/{commentId}/resolve",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    NO_CONTENT,
                    FORBIDDEN,
                    NO_CONTENT,
                    FORBIDDEN),
            row("GET /api/v1/plans/{planId}/versions", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row("GET /api/v1/plans/{planId}/versions/{a}/compare/{b}", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            // starting the revision of an approved plan: the mission's planners (plan in force)
            row("POST /api/v1/plans/{planId}/new-draft", UNAUTHORIZED, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),

            // a mission's members: administrators only
            row("GET /missions/{missionId}/members", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
            row("POST /missions/{missionId}/members", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REDIRECT),
            row(
                    "POST /missions/{missionId}/members/{userId}/delete",
                    LOGIN,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    REDIRECT),

            // administration: administrators only
            row("GET /admin/audit", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
            row("GET /admin/audit/export.csv", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
            row("GET /admin/users", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
            row("GET /admin/users/new", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
            row("POST /admin/users", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REDIRECT),
            row("GET /admin/users/{userId}", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
            row("POST /admin/users/{userId}", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REDIRECT),
            row("POST /admin/users/{userId}/disable", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REDIRECT),
            row("POST /admin/users/{userId}/enable", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REDIRECT),
            row("POST /admin/users/{userId}/unlock", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REDIRECT),
            row(
                    "POST /admin/users/{userId}/reset-password",
                    LOGIN,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    REDIRECT),
            row("POST /admin/users/{userId}/memberships", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REDIRECT),
            row(
                    "POST /admin/users/{userId}/memberships/{missionId}/delete",
                    LOGIN,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    REDIRECT),

            // the API: the same rules, 401 instead of the sign-in page
            row("GET /api/v1/missions", UNAUTHORIZED, OK, OK, OK, OK, OK),
            row("GET /api/v1/missions/{missionId}", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row("GET /api/v1/tokens", UNAUTHORIZED, OK, OK, OK, OK, OK),
            row("POST /api/v1/tokens", UNAUTHORIZED, CREATED, CREATED, CREATED, CREATED, CREATED),
            row("DELETE /api/v1/tokens/{tokenId}", UNAUTHORIZED, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),

            // planning calendar -- rows below; the feed's secret is the credential, an unknown one is "not found"
            row("GET /missions/{missionId}/calendar", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /calendar", LOGIN, OK, OK, OK, OK, OK),
            row("GET /missions/{missionId}/calendar/stages/new", LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            row(
                    "POST /missions/{missionId}/calendar/stages",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "GET /missions/{missionId}/calendar/stages/{stageId}/edit",
                    LOGIN,
                    FORBIDDEN,
                    OK,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/calendar/stages/{stageId}",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row(
                    "POST /missions/{missionId}/calendar/stages/{stageId}/delete",
                    LOGIN,
                    FORBIDDEN,
                    REDIRECT,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN),
            row("POST /account/calendar-feed", LOGIN, REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT),
            row(
                    "POST /account/calendar-feed/{feedId}/revoke",
                    LOGIN,
                    NOT_FOUND,
                    NOT_FOUND,
                    NOT_FOUND,
                    NOT_FOUND,
                    NOT_FOUND),
            row("GET /calendar/feed/{secret}.ics", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
            row("GET /api/v1/missions/{missionId}/milestones", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row("GET /api/v1/calendar-feeds", UNAUTHORIZED, OK, OK, OK, OK, OK),
            row("POST /api/v1/calendar-feeds", UNAUTHORIZED, CREATED, CREATED, CREATED, CREATED, CREATED),
            row(
                    "DELETE /api/v1/calendar-feeds/{feedId}",
                    UNAUTHORIZED,
                    NOT_FOUND,
                    NOT_FOUND,
                    NOT_FOUND,
                    NOT_FOUND,
                    NOT_FOUND),

            // portfolio -- rows below; every signed-in user sees the rows of the missions they may see
            row("GET /portfolio", LOGIN, OK, OK, OK, OK, OK),
            row("GET /portfolio.csv", LOGIN, OK, OK, OK, OK, OK),
            row("GET /portfolio/export.csv", LOGIN, OK, OK, OK, OK, OK),
            row("GET /portfolio.xlsx", LOGIN, OK, OK, OK, OK, OK),
            row("GET /portfolio/export.xlsx", LOGIN, OK, OK, OK, OK, OK),
            row("GET /api/v1/portfolio", UNAUTHORIZED, OK, OK, OK, OK, OK),
            // search (branch search) -- every signed-in user; the hits are filtered to what they may see
            row("GET /search", LOGIN, OK, OK, OK, OK, OK),
            row("GET /api/v1/search", UNAUTHORIZED, OK, OK, OK, OK, OK),
            // deployments (branch deployments) -- rows below: read like the mission itself
            row("GET /missions/{missionId}/deployments", LOGIN, OK, OK, FORBIDDEN, OK, OK),
            row("GET /api/v1/missions/{missionId}/deployments", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            row("GET /api/v1/missions/{missionId}/contributors", UNAUTHORIZED, OK, OK, FORBIDDEN, OK, OK),
            // sso
            // the page of a user without any role or membership yet; everybody else is sent home
            row("GET /access-pending", LOGIN, REDIRECT, REDIRECT, REDIRECT, REDIRECT, REDIRECT),
            // identity
            // the humanitarian coordination role (decides CMCoord requests): granted by administrators only
            row(
                    "POST /missions/{missionId}/members/{userId}/humanitarian-coordination",
                    LOGIN,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    REDIRECT),
            row(
                    "GET /api/v1/missions/{missionId}/members",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    OK),
            row(
                    "PUT /api/v1/missions/{missionId}/members/{userId}",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    OK),
            // merging a duplicate organisation: administrators only
            row("GET /organisations/{organisationId}/merge", LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
            row(
                    "POST /organisations/{organisationId}/merge",
                    LOGIN,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    REDIRECT),
            row(
                    "POST /api/v1/organisations/{organisationId}/merge",
                    UNAUTHORIZED,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    FORBIDDEN,
                    OK));
    // @formatter:on

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    SecurityFixture fixture;
    EndpointRequests requests;
    // the write counters right after the fixture was last reset
    DatabaseSnapshot asReset;

    @BeforeAll
    void createFixture() {
        DatabaseSnapshot.install(jdbc);
        fixture = SecurityFixture.create(context);
        requests = new EndpointRequests(fixture);
    }

    @AfterAll
    void stopCountingWrites() {
        DatabaseSnapshot.uninstall(jdbc);
    }

    /**
     * Resets the fixture when anything was written since its last reset, and returns the counters
     * of a fixture as reset: most cells (every read, every refusal) leave nothing to reset.
     */
    private DatabaseSnapshot resetIfWritten() {
        if (asReset == null
                || !asReset.changesUntil(DatabaseSnapshot.take(jdbc)).isEmpty()) {
            fixture.reset();
            asReset = DatabaseSnapshot.take(jdbc);
        }
        return asReset;
    }

    @Test
    void everyEndpointOfTheApplicationHasAnExpectation() {
        assertThat(minus(Endpoints.discover(context), EXPECTED.keySet()))
                .as("endpoints of the application without a row in EXPECTED (add one)")
                .isEmpty();
    }

    @Test
    void everyExpectationNamesAnEndpointThatExists() {
        assertThat(minus(EXPECTED.keySet(), Endpoints.discover(context)))
                .as("rows of EXPECTED for which the application has no endpoint (remove them)")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryActorAsExpected() {
        return Endpoints.discover(context).stream()
                .filter(EXPECTED::containsKey)
                .flatMap(endpoint -> Arrays.stream(Actor.values()).map(actor -> {
                    Outcome expected = EXPECTED.get(endpoint).get(actor.ordinal());
                    return DynamicTest.dynamicTest(
                            endpoint + " as " + actor + " -> " + expected, () -> check(endpoint, actor, expected));
                }));
    }

    /** One cell: the answer is the expected one, and a refused request changed nothing. */
    private void check(String endpoint, Actor actor, Outcome expected) throws Exception {
        resetIfWritten();
        // building a request may write (a throwaway mission to delete), so the snapshot comes after it
        var request = requests.build(endpoint).with(fixture.as(actor));
        if (Endpoints.isStateChanging(endpoint)) {
            request.with(csrf());
        }
        var before = DatabaseSnapshot.take(jdbc);
        MvcResult result = perform(request, endpoint + " as " + actor);
        var after = DatabaseSnapshot.take(jdbc);

        Outcome actual = Outcome.of(result);
        var soft = new SoftAssertions();
        soft.assertThat(actual)
                .as("%s as %s answered %s", endpoint, actor, describe(result))
                .isEqualTo(expected);
        if (expected.isRefusal() || (actual != null && actual.isRefusal())) {
            soft.assertThat(before.changesUntil(after))
                    .as(
                            "%s as %s (expected %s, answered %s) must leave the database unchanged",
                            endpoint, actor, expected, describe(result))
                    .isEmpty();
        }
        soft.assertAll();
    }

    /** MockMvc rethrows what the application did not handle; a real server would answer 500. */
    private MvcResult perform(RequestBuilder request, String cell) {
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            throw new AssertionError(cell + " failed with an unhandled exception (a 500 in production)", e);
        }
    }

    /** Shows that the database check of a refused request can fail: an allowed write is seen. */
    @Test
    void theDatabaseSnapshotSeesTheChangeOfAnAllowedWrite() throws Exception {
        fixture.reset();
        var before = DatabaseSnapshot.take(jdbc);
        var result = mvc.perform(requests.build("POST /admin/users/{userId}/disable")
                        .with(fixture.as(Actor.ADMINISTRATOR))
                        .with(csrf()))
                .andReturn();
        assertThat(Outcome.of(result)).isEqualTo(REDIRECT);
        assertThat(before.changesUntil(DatabaseSnapshot.take(jdbc))).anyMatch(change -> change.startsWith("app_user"));
        fixture.reset();
    }

    /** A User lists only the missions they are a member of; HQ reviewers and administrators list all. */
    @Test
    void missionListsShowAUserOnlyTheirOwnMissions() throws Exception {
        assertThat(apiListedMissions(Actor.VIEWER_OF_A)).containsExactly(fixture.acronymA);
        assertThat(apiListedMissions(Actor.PLANNER_OF_A)).containsExactly(fixture.acronymA);
        assertThat(apiListedMissions(Actor.PLANNER_OF_B)).containsExactly(fixture.acronymB);
        assertThat(apiListedMissions(Actor.HQ_REVIEWER)).containsExactly(fixture.acronymA, fixture.acronymB);
        assertThat(apiListedMissions(Actor.ADMINISTRATOR)).containsExactly(fixture.acronymA, fixture.acronymB);

        assertThat(missionListPage(Actor.PLANNER_OF_B))
                .contains(fixture.acronymB)
                .doesNotContain(fixture.acronymA);
        assertThat(missionListPage(Actor.VIEWER_OF_A))
                .contains(fixture.acronymA)
                .doesNotContain(fixture.acronymB);
        assertThat(missionListPage(Actor.HQ_REVIEWER)).contains(fixture.acronymA, fixture.acronymB);
    }

    /** An id that does not exist is 404 (a page or problem JSON) for whoever could see it if it existed. */
    @Test
    void unknownIdsAreNotFound() throws Exception {
        long unknown = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from mission", Long.class);
        long unknownUser = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from app_user", Long.class);
        var admin = fixture.as(Actor.ADMINISTRATOR);
        assertThat(status(get("/missions/{id}", unknown).with(admin))).isEqualTo(404);
        assertThat(status(get("/missions/{id}/members", unknown).with(admin))).isEqualTo(404);
        assertThat(status(get("/api/v1/missions/{id}", unknown).with(admin))).isEqualTo(404);
        assertThat(status(get("/admin/users/{id}", unknownUser).with(admin))).isEqualTo(404);
        assertThat(status(get("/api/v1/missions/{id}", unknown).with(fixture.as(Actor.HQ_REVIEWER))))
                .isEqualTo(404);
    }

    private int status(RequestBuilder request) {
        return perform(request, "a request for an unknown id").getResponse().getStatus();
    }

    /** The acronyms of the fixture's missions in GET /api/v1/missions (the search text picks out the fixture's). */
    private List<String> apiListedMissions(Actor actor) throws Exception {
        String json = mvc.perform(
                        get("/api/v1/missions").param("q", fixture.suffix()).with(fixture.as(actor)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$.items[*].acronym");
    }

    private String missionListPage(Actor actor) throws Exception {
        return mvc.perform(get("/missions").param("q", fixture.suffix()).with(fixture.as(actor)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String describe(MvcResult result) {
        var response = result.getResponse();
        return response.getStatus() + (response.getRedirectedUrl() == null ? "" : " -> " + response.getRedirectedUrl());
    }

    private static SortedSet<String> minus(Iterable<String> all, Set<String> removed) {
        SortedSet<String> rest = new TreeSet<>();
        all.forEach(key -> {
            if (!removed.contains(key)) {
                rest.add(key);
            }
        });
        return rest;
    }

    private static Map.Entry<String, List<Outcome>> row(String endpoint, Outcome... byActor) {
        if (byActor.length != Actor.values().length) {
            throw new IllegalArgumentException(endpoint + ": one outcome per actor " + Arrays.toString(Actor.values()));
        }
        return Map.entry(endpoint, List.of(byActor));
    }

    @SafeVarargs
    private static Map<String, List<Outcome>> table(Map.Entry<String, List<Outcome>>... rows) {
        Map<String, List<Outcome>> table = new LinkedHashMap<>();
        for (var row : rows) {
            if (table.put(row.getKey(), row.getValue()) != null) {
                throw new IllegalArgumentException("two rows for " + row.getKey());
            }
        }
        return table;
    }
}
