package org.missionplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** Expired sessions are deleted by one instance at a time: the one holding the advisory lock. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ExpiredSessionCleanupIntegrationTests {

    @Autowired
    ExpiredSessionCleanup cleanup;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Test
    void skipsWhileAnotherInstanceHoldsTheLockAndDeletesExpiredSessionsOtherwise() throws Exception {
        // the application's own scheduled clean-up runs at second 0 of every minute and would take
        // the lock or the session in the middle of this test: start well clear of it
        while (java.time.LocalTime.now().getSecond() < 3
                || java.time.LocalTime.now().getSecond() > 55) {
            Thread.sleep(200);
        }
        String id = java.util.UUID.randomUUID().toString();
        jdbc.update("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                                            max_inactive_interval, expiry_time, principal_name)
                values (?, ?, 0, 0, 60, 1, 'nobody')""", id, id);

        try (var otherInstance = DriverManager.getConnection(
                        environment.getProperty("spring.datasource.url"),
                        environment.getProperty("spring.datasource.username"),
                        environment.getProperty("spring.datasource.password"));
                var lock = otherInstance.createStatement()) {
            lock.execute("select pg_advisory_lock(" + ExpiredSessionCleanup.LOCK_KEY + ")");
            assertThat(cleanup.cleanUpUnlessRunningElsewhere()).isFalse();
            assertThat(sessionExists(id)).isTrue();
            // released here, not by closing: the server drops a closed connection's locks a moment later
            lock.execute("select pg_advisory_unlock(" + ExpiredSessionCleanup.LOCK_KEY + ")");
        }

        assertThat(cleanup.cleanUpUnlessRunningElsewhere()).isTrue();
        assertThat(sessionExists(id)).isFalse();
    }

    private boolean sessionExists(String id) {
        return jdbc.queryForObject("select count(*) from spring_session where primary_id = ?", Integer.class, id) == 1;
    }
}
