package org.missionplanner.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes expired sessions from the database, on one instance at a time. Spring Session's own job
 * would run on every instance (it is switched off: {@code spring.session.jdbc.cleanup-cron=-});
 * here the instance that takes a transaction-scoped PostgreSQL advisory lock does the work and the
 * others skip that turn. The lock ends with the transaction, also when an instance dies.
 */
@Component
class ExpiredSessionCleanup {

    /** This job's advisory lock key ("MPSESS" in ASCII); no other advisory lock uses it. */
    static final long LOCK_KEY = 0x4D5053455353L;

    private final JdbcIndexedSessionRepository sessions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ExpiredSessionCleanup(
            JdbcIndexedSessionRepository sessions, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${app.session.cleanup-cron:0 * * * * *}")
    void run() {
        cleanUpUnlessRunningElsewhere();
    }

    /** Cleans up and answers true, or answers false when another instance holds the lock. */
    boolean cleanUpUnlessRunningElsewhere() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            boolean first = Boolean.TRUE.equals(
                    jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY));
            if (first) {
                sessions.cleanUpExpiredSessions();
            }
            return first;
        }));
    }
}
