package org.missionplanner.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.missionplanner.admin.ApiTokens;
import org.missionplanner.admin.SignInRecorder;
import org.missionplanner.support.HttpSession;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Personal API tokens, end to end over HTTP: create, use, revoke, expire, and follow their owner's account. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiTokenIntegrationTests {

    private static final String PASSWORD = "Token-Owner-Passphrase-2026";
    private static final Pattern TOKEN_FIELD = Pattern.compile("\"token\":\"(mpt_[A-Za-z0-9_-]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    SignInRecorder recorder;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aTokenCreatedOverTheApiCarriesExactlyItsOwnersPermissionsUntilRevoked() {
        HttpSession planner = new HttpSession(port);
        planner.signIn("planner", HttpSession.DEMO_PASSWORD);
        planner.get("/account");

        HttpResponse<String> created = planner.send(planner.request("/api/v1/tokens")
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", planner.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"reporting script\"}"))
                .build());
        assertThat(created.statusCode()).isEqualTo(201);
        Matcher matcher = TOKEN_FIELD.matcher(created.body());
        assertThat(matcher.find()).isTrue();
        String token = matcher.group(1);

        HttpResponse<String> missions = bearer(token, "/api/v1/missions");
        assertThat(missions.statusCode()).isEqualTo(200);
        assertThat(missions.body())
                .contains("\"UNMIL\"", "\"UNMIK\"", "\"MONUC\"")
                .doesNotContain("\"UNAMA\"");
        assertThat(bearer(token, "/api/v1/missions/" + missionId("UNAMA")).statusCode())
                .isEqualTo(403);

        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class, token))
                .as("the token value is never stored")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where concat(old_value, new_value, detail) like ?",
                        Integer.class,
                        "%" + token.substring(4, 20) + "%"))
                .as("nor written to the audit log")
                .isZero();

        long tokenId = jdbc.queryForObject(
                "select id from api_token where name = 'reporting script' order by id desc limit 1", Long.class);
        HttpResponse<String> revoked = planner.send(planner.request("/api/v1/tokens/" + tokenId)
                .header("Authorization", "Bearer " + token)
                .DELETE()
                .build());
        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(bearer(token, "/api/v1/missions").statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event e join app_user u on u.id = e.target_user_id
                where u.username = 'planner' and e.event_type in ('TOKEN_CREATED', 'TOKEN_REVOKED')
                  and e.occurred_at > now() - interval '1 minute'
                """, Integer.class)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aWrongTokenGets401() {
        HttpResponse<String> response = bearer("mpt_not-a-real-token", "/api/v1/missions");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void anExpiredTokenGets401() {
        var issued = tokens.create("viewer", "short-lived", Instant.now().plusSeconds(60));
        assertThat(bearer(issued.token(), "/api/v1/missions").statusCode()).isEqualTo(200);
        jdbc.update(
                "update api_token set expires_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)),
                issued.id());
        assertThat(bearer(issued.token(), "/api/v1/missions").statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenOfADisabledUserGets401() {
        var issued = tokens.create("viewer", "to be disabled", null);
        jdbc.update("update app_user set enabled = false where username = 'viewer'");
        try {
            assertThat(bearer(issued.token(), "/api/v1/missions").statusCode()).isEqualTo(401);
        } finally {
            jdbc.update("update app_user set enabled = true where username = 'viewer'");
        }
    }

    @Test
    void aPasswordResetByAnAdministratorRevokesTheOwnersTokens() {
        String username = TestUsers.uniqueName("reset-token");
        long userId = new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        var issued = tokens.create(username, "before the reset", null);
        assertThat(bearer(issued.token(), "/api/v1/missions").statusCode()).isEqualTo(200);

        HttpSession admin = new HttpSession(port);
        admin.signIn("admin", HttpSession.DEMO_PASSWORD);
        admin.get("/admin/users/" + userId);
        assertThat(admin.postForm("/admin/users/" + userId + "/reset-password", Map.of())
                        .statusCode())
                .isEqualTo(302);

        assertThat(bearer(issued.token(), "/api/v1/missions").statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForObject(
                        "select revoked_at is not null from api_token where id = ?", Boolean.class, issued.id()))
                .isTrue();
    }

    @Test
    void aRoleChangeAppliesToTheTokenAtOnce() {
        String username = TestUsers.uniqueName("role-token");
        new TestUsers(jdbc, encoder).create(username, "HQ_REVIEWER", PASSWORD);
        var issued = tokens.create(username, "reviewer's script", null);
        String unama = "/api/v1/missions/" + missionId("UNAMA");
        assertThat(bearer(issued.token(), unama).statusCode()).isEqualTo(200);

        jdbc.update("update app_user set global_role = 'USER' where username = ?", username);
        assertThat(bearer(issued.token(), unama).statusCode()).isEqualTo(403);
    }

    @Test
    void aTokenKeepsWorkingWhileItsAccountIsLockedByFailedSignIns() {
        String username = TestUsers.uniqueName("locked-token");
        new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        var issued = tokens.create(username, "nightly export", null);
        for (int i = 0; i < SignInRecorder.LOCK_THRESHOLD; i++) {
            recorder.failed(username, "bad credentials");
        }
        assertThat(jdbc.queryForObject(
                        "select locked_until > now() from app_user where username = ?", Boolean.class, username))
                .isTrue();

        assertThat(bearer(issued.token(), "/api/v1/missions").statusCode()).isEqualTo(200);
        assertThat(new HttpSession(port).signIn(username, PASSWORD).headers().firstValue("Location"))
                .as("while the password stays locked")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    }

    @Test
    void anonymousApiCallsGet401() {
        assertThat(new HttpSession(port)
                        .send(new HttpSession(port)
                                .request("/api/v1/missions")
                                .GET()
                                .build())
                        .statusCode())
                .isEqualTo(401);
    }

    private HttpResponse<String> bearer(String token, String path) {
        HttpSession client = new HttpSession(port);
        return client.send(client.request(path)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }

    private long missionId(String acronym) {
        return jdbc.queryForObject("select id from mission where acronym = ?", Long.class, acronym);
    }
}
