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

    private long lastAccessOf(String username) {
        return jdbc.queryForObject(
                "select last_access_time from spring_session where principal_name = ?", Long.class, username);
    }
}
