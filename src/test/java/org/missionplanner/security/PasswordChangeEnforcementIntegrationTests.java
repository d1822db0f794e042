package org.missionplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** Until a temporary password is changed, nothing else is allowed: pages, API by cookie, API by token. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PasswordChangeEnforcementIntegrationTests {

    private static final String TEMPORARY = "tmpab-cdefg-hjkmn-pqrst";
    private static final String CHOSEN = "My-Own-Passphrase-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApiTokens tokens;

    @Test
    void aTemporaryPasswordOpensNothingButThePasswordChange() {
        String username = TestUsers.uniqueName("temporary");
        long userId = new TestUsers(jdbc, encoder).create(username, "HQ_REVIEWER", TEMPORARY);
        jdbc.update("update app_user set must_change_password = true where id = ?", userId);
        // a token from before the reset, as a script would hold it
        var token = tokens.create(username, "older script", null);

        HttpSession browser = new HttpSession(port);
        browser.signIn(username, TEMPORARY);
        assertThat(browser.get("/missions").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/account/password"));
        assertThat(browser.get("/account/password").statusCode()).isEqualTo(200);

        HttpResponse<String> list = browser.send(browser.request("/api/v1/missions")
                .header("Accept", "application/json")
                .GET()
                .build());
        assertRefused(list);

        HttpResponse<String> newToken = browser.send(browser.request("/api/v1/tokens")
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", browser.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"way around\"}"))
                .build());
        assertRefused(newToken);
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_token where user_id = ? and name = 'way around'",
                        Integer.class,
                        userId))
                .isZero();

        assertRefused(bearer(token.token(), "/api/v1/missions"));

        HttpResponse<String> changed = browser.postForm(
                "/account/password",
                Map.of("currentPassword", TEMPORARY, "newPassword", CHOSEN, "confirmPassword", CHOSEN));
        assertThat(changed.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        assertThat(browser.send(browser.request("/api/v1/missions").GET().build())
                        .statusCode())
                .isEqualTo(200);
        assertThat(bearer(token.token(), "/api/v1/missions").statusCode()).isEqualTo(200);
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("Password change required", "/account/password");
    }

    private HttpResponse<String> bearer(String token, String path) {
        HttpSession client = new HttpSession(port);
        return client.send(client.request(path)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }
}
