package org.missionplanner.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.HttpSession;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Brute-force protection: 10 consecutive failures lock an account for 15 minutes. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInLockoutIntegrationTests {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SignInRecorder recorder;

    @Test
    void locksAfterTenFailuresAndShowsTheSameMessageForEveryFailure() {
        String username = TestUsers.uniqueName("lock");
        new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);

        String unknownUserPage = failedSignInPage("nobody-" + username, "whatever-password");
        for (int i = 0; i < 10; i++) {
            assertThat(failedSignInPage(username, "wrong password " + i)).isEqualTo(unknownUserPage);
        }
        assertThat(jdbc.queryForObject(
                        "select locked_until > now() + interval '14 minutes' from app_user where username = ?",
                        Boolean.class,
                        username))
                .isTrue();

        String lockedPage = failedSignInPage(username, PASSWORD);
        assertThat(lockedPage).isEqualTo(unknownUserPage);
        assertThat(auditCount(username, "ACCOUNT_LOCKED")).isEqualTo(1);
    }

    @Test
    void aSuccessfulSignInResetsTheCounter() {
        String username = TestUsers.uniqueName("reset");
        new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        for (int i = 0; i < 9; i++) {
            failedSignInPage(username, "wrong password " + i);
        }
        HttpResponse<String> success = new HttpSession(port).signIn(username, PASSWORD);
        assertThat(success.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(failedAttempts(username)).isZero();
    }

    @Test
    void countsEveryOneOfFiftyParallelFailures() throws Exception {
        String username = TestUsers.uniqueName("parallel");
        new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        runInParallel(50, () -> {
            recorder.failed(username, "bad credentials");
            return null;
        });
        assertThat(failedAttempts(username)).isEqualTo(50);
        assertThat(auditCount(username, "ACCOUNT_LOCKED")).isEqualTo(1);
    }

    @Test
    void fiftyParallelWrongPasswordsOverHttpLockTheAccountAndAreAllAccountedFor() throws Exception {
        String username = TestUsers.uniqueName("http-parallel");
        new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        List<Integer> statuses = runInParallel(
                50,
                () -> new HttpSession(port).signIn(username, "wrong password").statusCode());
        assertThat(statuses).allMatch(status -> status == 302);

        // attempts that came in after the lock are refused without counting; every other one is counted
        int countedFailures = failedAttempts(username);
        int refusedWhileLocked = jdbc.queryForObject("""
                select count(*) from audit_event e join app_user u on u.id = e.target_user_id
                where u.username = ? and e.event_type = 'SIGN_IN_FAILED' and e.detail = 'LockedException'
                """, Integer.class, username);
        assertThat(countedFailures).isGreaterThanOrEqualTo(10);
        assertThat(countedFailures + refusedWhileLocked).isEqualTo(50);
        assertThat(new HttpSession(port).signIn(username, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    private String failedSignInPage(String username, String password) {
        HttpSession session = new HttpSession(port);
        HttpResponse<String> response = session.signIn(username, password);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        String page = session.get("/login?error").body();
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }

    private int failedAttempts(String username) {
        return jdbc.queryForObject("select failed_attempts from app_user where username = ?", Integer.class, username);
    }

    private int auditCount(String username, String type) {
        return jdbc.queryForObject("""
                select count(*) from audit_event e join app_user u on u.id = e.target_user_id
                where u.username = ? and e.event_type = ?
                """, Integer.class, username, type);
    }

    private static <T> List<T> runInParallel(int count, Callable<T> task) throws Exception {
        var executor = Executors.newFixedThreadPool(count);
        try {
            List<Callable<T>> tasks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                tasks.add(task);
            }
            List<T> results = new ArrayList<>();
            for (var future : executor.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }
}
