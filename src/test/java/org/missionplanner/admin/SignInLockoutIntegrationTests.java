package org.missionplanner.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Brute-force protection: 10 consecutive failures lock an account for 15 minutes, and the owner and
 * the administrators are told; one client address gets only a few attempts per account, so that it
 * cannot lock anyone out quickly. Each request names its client address.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInLockoutIntegrationTests {

    private static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SignInRecorder recorder;

    @Test
    void locksAfterTenFailuresFromAnywhereAndGivesTheSameAnswerForEveryFailure() throws Exception {
        String username = TestUsers.uniqueName("lock");
        long userId = new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);

        assertThat(signIn("nobody-" + username, "whatever-password", nextAddress()))
                .isEqualTo("/login?error");
        for (int i = 0; i < 10; i++) {
            assertThat(signIn(username, "wrong password " + i, nextAddress())).isEqualTo("/login?error");
        }
        assertThat(jdbc.queryForObject(
                        "select locked_until > now() + interval '14 minutes' from app_user where username = ?",
                        Boolean.class,
                        username))
                .isTrue();
        assertThat(signIn(username, PASSWORD, nextAddress())).isEqualTo("/login?error");
        assertThat(auditCount(username, "ACCOUNT_LOCKED")).isEqualTo(1);

        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where user_id = ? and message_key = ?",
                        Integer.class,
                        userId,
                        "notification.account.locked.owner"))
                .as("the owner is told")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        """
                        select count(*) from notification n join app_user u on u.id = n.user_id
                        where u.username = 'admin' and n.message_key = ? and n.subject = ? and n.link = ?
                        """, Integer.class, "notification.account.locked", username, "/admin/users/" + userId))
                .as("so are the administrators")
                .isEqualTo(1);
    }

    @Test
    void aSuccessfulSignInResetsTheCounter() throws Exception {
        String username = TestUsers.uniqueName("reset");
        new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        for (int i = 0; i < 9; i++) {
            signIn(username, "wrong password " + i, nextAddress());
        }
        assertThat(signIn(username, PASSWORD, nextAddress())).isEqualTo("/");
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
    void fiftyParallelWrongPasswordsFromFiftyAddressesLockTheAccountAndAreAllAccountedFor() throws Exception {
        String username = TestUsers.uniqueName("many-addresses");
        new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        List<String> redirects = runInParallel(50, () -> signIn(username, "wrong password", nextAddress()));
        assertThat(redirects).containsOnly("/login?error");

        // attempts that came in after the lock are refused without counting; every other one is counted
        int countedFailures = failedAttempts(username);
        int refusedWhileLocked = jdbc.queryForObject("""
                select count(*) from audit_event e join app_user u on u.id = e.target_user_id
                where u.username = ? and e.event_type = 'SIGN_IN_FAILED' and e.detail = 'LockedException'
                """, Integer.class, username);
        assertThat(countedFailures).isGreaterThanOrEqualTo(10);
        assertThat(countedFailures + refusedWhileLocked).isEqualTo(50);
        assertThat(signIn(username, PASSWORD, nextAddress())).isEqualTo("/login?error");
    }

    @Test
    void oneAddressIsThrottledLongBeforeItCouldLockTheAccount() throws Exception {
        String username = TestUsers.uniqueName("one-address");
        new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        String attacker = nextAddress();

        List<String> redirects = runInParallel(50, () -> signIn(username, "wrong password", attacker));
        assertThat(redirects).filteredOn("/login?error"::equals).hasSize(5);
        assertThat(redirects).filteredOn("/login?throttled"::equals).hasSize(45);
        assertThat(failedAttempts(username)).isEqualTo(5);
        assertThat(auditCount(username, "ACCOUNT_LOCKED")).isZero();
        assertThat(auditCount(username, "SIGN_IN_THROTTLED"))
                .as("audited once per run")
                .isEqualTo(1);

        assertThat(signIn(username, PASSWORD, attacker))
                .as("even the right password, from there")
                .isEqualTo("/login?throttled");
        assertThat(signIn(username, PASSWORD, nextAddress()))
                .as("the owner, elsewhere")
                .isEqualTo("/");
    }

    @Test
    void theThrottleKeysOnTheAccountAsTheSignInFormReadsIt() throws Exception {
        String username = TestUsers.uniqueName("case");
        new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        String address = nextAddress();
        for (int i = 0; i < 5; i++) {
            String spelling = i % 2 == 0 ? username.toUpperCase() : " " + username + " ";
            assertThat(signIn(spelling, "wrong password", address)).isEqualTo("/login?error");
        }
        assertThat(signIn(username, "wrong password", address)).isEqualTo("/login?throttled");
        assertThat(signIn("another-" + username, "wrong password", address))
                .as("another account from the same address has its own attempts")
                .isEqualTo("/login?error");
    }

    /** Posts the sign-in form from the given client address; returns where it redirects. */
    private String signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) % 250 + "." + (n % 250 + 1);
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
