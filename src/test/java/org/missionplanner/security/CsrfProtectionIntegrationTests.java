package org.missionplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.missionplanner.admin.IssuedToken;
import org.missionplanner.security.SecurityFixture.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every state-changing page (found in the handler mapping, plus the sign-in and sign-out forms of
 * Spring Security) refuses a request without a CSRF token or with a wrong one, with 403 and no
 * change to the database, although the signed-in administrator would be allowed to do it. The
 * API needs a CSRF token when the caller is authenticated by the session cookie, not when the
 * caller sends a bearer token.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfProtectionIntegrationTests {

    private static final String CSRF_REFUSAL = ": missing or invalid CSRF token";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    SecurityFixture fixture;
    EndpointRequests requests;
    IssuedToken administratorsToken;

    @BeforeAll
    void createFixture() {
        DatabaseSnapshot.install(jdbc);
        fixture = SecurityFixture.create(context);
        requests = new EndpointRequests(fixture);
        administratorsToken = fixture.issueToken(Actor.ADMINISTRATOR, "administrator's own token");
    }

    @AfterAll
    void stopCountingWrites() {
        DatabaseSnapshot.uninstall(jdbc);
    }

    /** The page endpoints that change state: POST/PUT/PATCH/DELETE mappings outside /api, and the security forms. */
    List<String> stateChangingPageEndpoints() {
        List<String> endpoints = new ArrayList<>(Endpoints.discover(context).stream()
                .filter(Endpoints::isStateChanging)
                .filter(endpoint -> !Endpoints.isApi(endpoint))
                // RFC 8058 one-click unsubscribe: mail clients post it without a session; the
                // unguessable token in the path is its protection (MailIntegrationTests)
                .filter(endpoint -> !endpoint.equals("POST /mail/unsubscribe/{token}"))
                .toList());
        endpoints.add("POST /login");
        endpoints.add("POST /logout");
        return endpoints;
    }

    @Test
    void theDiscoveredPageFormsIncludeTheKnownOnes() {
        assertThat(stateChangingPageEndpoints())
                .contains(
                        "POST /admin/users",
                        "POST /admin/users/{userId}/disable",
                        "POST /missions/{missionId}/members",
                        "POST /account/password",
                        "POST /login",
                        "POST /logout");
    }

    @TestFactory
    Stream<DynamicTest> everyStateChangingPageRefusesAMissingOrWrongCsrfToken() {
        return stateChangingPageEndpoints().stream()
                .flatMap(endpoint -> Stream.of(
                        DynamicTest.dynamicTest(
                                endpoint + " without a CSRF token",
                                () -> assertRefusedForCsrf(endpoint, UnaryOperator.identity())),
                        DynamicTest.dynamicTest(
                                endpoint + " with a wrong CSRF token",
                                () -> assertRefusedForCsrf(
                                        endpoint, request -> request.with(csrf().useInvalidToken())))));
    }

    private void assertRefusedForCsrf(String endpoint, UnaryOperator<MockHttpServletRequestBuilder> token)
            throws Exception {
        fixture.reset();
        MockHttpServletRequestBuilder request = request(endpoint);
        // the URI the request really goes to: some requests name another plan of the fixture than the default one
        var uri = request.buildRequest(new org.springframework.mock.web.MockServletContext())
                .getRequestURI();
        long refusalsBefore = csrfRefusalsOf(endpoint, uri);
        var before = DatabaseSnapshot.take(jdbc);
        MvcResult result = mvc.perform(token.apply(request)).andReturn();
        var after = DatabaseSnapshot.take(jdbc);

        var soft = new SoftAssertions();
        soft.assertThat(result.getResponse().getStatus())
                .as("%s status", endpoint)
                .isEqualTo(403);
        soft.assertThat(before.changesUntil(after))
                .as("%s changed the database", endpoint)
                .isEmpty();
        soft.assertThat(csrfRefusalsOf(endpoint, uri) - refusalsBefore)
                .as("%s: audit events 'access denied%s'", endpoint, CSRF_REFUSAL)
                .isEqualTo(1);
        soft.assertAll();
    }

    /**
     * As the administrator, who may do all of it, with the form the endpoint accepts; {tokenId} is
     * the administrator's own token, so that a revocation would succeed. Sign-in is the login-CSRF
     * case: an anonymous browser posting valid credentials.
     */
    private MockHttpServletRequestBuilder request(String endpoint) {
        return switch (endpoint) {
            case "POST /login" ->
                post("/login")
                        .param("username", fixture.username(Actor.ADMINISTRATOR))
                        .param("password", SecurityFixture.PASSWORD)
                        .with(fixture.as(Actor.ANONYMOUS));
            case "POST /logout" -> post("/logout").with(fixture.as(Actor.ADMINISTRATOR));
            default -> requests.build(endpoint, pathVariables()).with(fixture.as(Actor.ADMINISTRATOR));
        };
    }

    private Map<String, Object> pathVariables() {
        var variables = requests.pathVariables();
        variables.put("tokenId", administratorsToken.id());
        return variables;
    }

    /** Refusals on record: each kind is audited once per window and every repetition is counted. */
    private long csrfRefusalsOf(String endpoint, String uri) {
        return jdbc.queryForObject(
                "select coalesce(sum(denials), 0) from audit_access_denial where detail = ?",
                Long.class,
                Endpoints.method(endpoint).name() + " " + uri + CSRF_REFUSAL);
    }

    // ---- the API: CSRF for cookie sessions, none for bearer tokens

    @Test
    void anApiWriteAuthenticatedBySessionNeedsACsrfToken() throws Exception {
        for (var token : List.<UnaryOperator<MockHttpServletRequestBuilder>>of(
                UnaryOperator.identity(), request -> request.with(csrf().useInvalidToken()))) {
            fixture.reset();
            var before = DatabaseSnapshot.take(jdbc);
            MvcResult result = mvc.perform(token.apply(createTokenRequest().with(fixture.as(Actor.PLANNER_OF_A))))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(403);
            assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(before.changesUntil(DatabaseSnapshot.take(jdbc))).isEmpty();
        }
    }

    @Test
    void anApiWriteAuthenticatedByBearerTokenNeedsNoCsrfToken() throws Exception {
        IssuedToken bearer = fixture.issueToken(Actor.PLANNER_OF_A, "bearer for the CSRF test");
        int tokensBefore = fixture.tokenCount(Actor.PLANNER_OF_A);

        MvcResult result = mvc.perform(createTokenRequest().header("Authorization", "Bearer " + bearer.token()))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        assertThat(fixture.tokenCount(Actor.PLANNER_OF_A)).isEqualTo(tokensBefore + 1);
    }

    /** A made-up bearer header must not let a cookie-authenticated request skip the CSRF check. */
    @Test
    void aBogusBearerHeaderDoesNotExemptASessionFromCsrf() throws Exception {
        fixture.reset();
        var before = DatabaseSnapshot.take(jdbc);

        MvcResult result = mvc.perform(createTokenRequest()
                        .with(fixture.as(Actor.PLANNER_OF_A))
                        .header("Authorization", "Bearer mpt_not-a-real-token"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(before.changesUntil(DatabaseSnapshot.take(jdbc))).isEmpty();
    }

    private MockHttpServletRequestBuilder createTokenRequest() {
        return post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"csrf test\"}");
    }
}
