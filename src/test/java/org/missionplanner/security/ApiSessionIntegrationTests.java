package org.missionplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionplanner.admin.ApiTokens;
import org.missionplanner.support.HttpSession;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sessions over real HTTP: a bearer-token request neither creates nor uses one, an anonymous API
 * call gets none, and a user has at most {@value SecurityConfiguration#MAXIMUM_SESSIONS_PER_USER}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiSessionIntegrationTests {

    private static final String PASSWORD = "Session-Passphrase-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApiTokens tokens;

    @Test
    void aTokenRequestHandsOutNoSessionThatCouldOutliveTheToken() {
        var issued = tokens.create("planner", "stateless check", null);
        HttpSession client = new HttpSession(port);
        HttpResponse<String> mission = client.send(client.request("/api/v1/missions/" + missionId("UNMIL"))
                .header("Authorization", "Bearer " + issued.token())
                .GET()
                .build());
        assertThat(mission.statusCode()).isEqualTo(200);
        assertThat(mission.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> revoked = client.send(client.request("/api/v1/tokens/" + issued.id())
                .header("Authorization", "Bearer " + issued.token())
                .DELETE()
                .build());
        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(revoked.headers().allValues("Set-Cookie")).isEmpty();
        // whatever the client kept from those calls, it is no longer anyone
        assertThat(client.get("/plans").statusCode()).isEqualTo(302);
        assertThat(client.send(client.request("/api/v1/tokens").GET().build()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aTokenRequestIgnoresTheSessionCookieThatCameWithIt() {
        HttpSession viewer = new HttpSession(port);
        viewer.signIn("viewer", HttpSession.DEMO_PASSWORD);
        var plannersToken = tokens.create("planner", "with someone else's cookie", null);

        HttpResponse<String> asPlanner = viewer.send(viewer.request("/api/v1/missions")
                .header("Authorization", "Bearer " + plannersToken.token())
                .GET()
                .build());
        assertThat(asPlanner.statusCode()).isEqualTo(200);
        assertThat(asPlanner.body()).contains("\"UNMIK\"");

        HttpResponse<String> wrongToken = viewer.send(viewer.request("/api/v1/missions")
                .header("Authorization", "Bearer mpt_not-a-real-token")
                .GET()
                .build());
        assertThat(wrongToken.statusCode()).as("no fallback to the session").isEqualTo(401);
        assertThat(viewer.send(viewer.request("/api/v1/missions").GET().build()).statusCode())
                .as("the browser session itself is untouched")
                .isEqualTo(200);
    }

    @Test
    void anAnonymousApiCallGetsItsRefusalWithoutASession() {
        HttpSession anonymous = new HttpSession(port);
        HttpResponse<String> read =
                anonymous.send(anonymous.request("/api/v1/missions").GET().build());
        assertThat(read.statusCode()).isEqualTo(401);
        assertThat(read.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> write = anonymous.send(anonymous
                .request("/api/v1/tokens")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\"}"))
                .build());
        assertThat(write.statusCode()).isBetween(401, 403);
        assertThat(write.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void anApiCallMadeBeforeSigningInIsNotWhereTheSignInLeads() {
        HttpSession browser = new HttpSession(port);
        browser.send(browser.request("/api/v1/missions").GET().build());
        HttpResponse<String> signedIn = browser.signIn("viewer", HttpSession.DEMO_PASSWORD);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/"));
    }

    @Test
    void aSignInBeyondTheLimitEndsTheOldestSession() {
        String username = newUser();
        List<HttpSession> sessions = signIn(username, SecurityConfiguration.MAXIMUM_SESSIONS_PER_USER);
        sessions.forEach(session -> assertThat(session.get("/").statusCode()).isEqualTo(200));

        HttpSession newest = new HttpSession(port);
        newest.signIn(username, PASSWORD);

        HttpResponse<String> oldest = sessions.get(0).get("/");
        assertThat(oldest.statusCode()).isEqualTo(302);
        assertThat(oldest.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?expired"));
        assertThat(sessions.get(1).get("/").statusCode()).isEqualTo(200);
        assertThat(newest.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void anApiCallWithAnEndedSessionIsA401ProblemNotA200() {
        String username = newUser();
        List<HttpSession> sessions = signIn(username, SecurityConfiguration.MAXIMUM_SESSIONS_PER_USER);
        new HttpSession(port).signIn(username, PASSWORD);

        HttpResponse<String> oldest = sessions.get(0)
                .send(sessions.get(0)
                        .request("/api/v1/missions")
                        .header("Accept", "application/json")
                        .build());

        assertThat(oldest.statusCode()).isEqualTo(401);
        assertThat(oldest.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(oldest.body()).contains("\"status\":401", "session has ended");
    }

    @Test
    void signingOutFreesASessionSlot() {
        String username = newUser();
        List<HttpSession> sessions = signIn(username, SecurityConfiguration.MAXIMUM_SESSIONS_PER_USER);
        HttpSession leaving = sessions.get(sessions.size() - 1);
        leaving.get("/");
        assertThat(leaving.postForm("/logout", Map.of()).statusCode()).isEqualTo(302);

        new HttpSession(port).signIn(username, PASSWORD);
        assertThat(sessions.get(0).get("/").statusCode()).isEqualTo(200);
    }

    private List<HttpSession> signIn(String username, int times) {
        List<HttpSession> sessions = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            HttpSession session = new HttpSession(port);
            assertThat(session.signIn(username, PASSWORD).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/"));
            sessions.add(session);
        }
        return sessions;
    }

    private String newUser() {
        String username = TestUsers.uniqueName("sessions");
        new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        return username;
    }

    private long missionId(String acronym) {
        return jdbc.queryForObject("select id from mission where acronym = ?", Long.class, acronym);
    }
}
