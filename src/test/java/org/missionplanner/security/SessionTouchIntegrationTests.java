package org.missionplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.missionplanner.support.HttpSession;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A session's last-access time is written at most once a minute, not on every request. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SessionTouchIntegrationTests {

    private static final String PASSWORD = "Touch-Passphrase-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void requestsWithinAMinuteReadTheSessionWithoutWritingIt() {
        String username = TestUsers.uniqueName("touch");
        new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        HttpSession browser = new HttpSession(port);
        browser.signIn(username, PASSWORD);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        long touched = lastAccessOf(username);

        for (int i = 0; i < 5; i++) {
            assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        }
        assertThat(lastAccessOf(username)).isEqualTo(touched);

        // a minute later, the next request writes the new last-access time
        jdbc.update(
                "update spring_session set last_access_time = last_access_time - ? where principal_name = ?",
                SessionTouchThrottle.TOUCH_EVERY_MILLIS,
                username);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        assertThat(lastAccessOf(username)).isGreaterThanOrEqualTo(touched);
    }

    @Test
    void signingInStillReplacesTheSessionIdAndNamesItsUser() {
        String username = TestUsers.uniqueName("touch-id");
        new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        HttpSession browser = new HttpSession(port);
        browser.get("/login");
        String before = browser.cookieHeader();
        browser.signIn(username, PASSWORD);
        assertThat(browser.cookieHeader()).isNotEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Integer.class, username))
                .isOne();
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionAttributeThatCannotBeReadSendsTheUserToSignInInsteadOfFailing() {
        String username = TestUsers.uniqueName("unreadable");
        new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        HttpSession browser = new HttpSession(port);
        browser.signIn(username, PASSWORD);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        // as if written by another version of the application: a class that does not exist here
        jdbc.update(
                "update spring_session_attributes set attribute_bytes = decode('aced000573720004476f6e65', 'hex')"
                        + " where session_primary_id in (select primary_id from spring_session where principal_name = ?)",
                username);

        var response = browser.get("/account");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(browser.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
    }

    private long lastAccessOf(String username) {
        return jdbc.queryForObject(
                "select last_access_time from spring_session where principal_name = ?", Long.class, username);
    }
}
