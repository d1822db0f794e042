package org.missionplanner.security;

import org.missionplanner.shared.OncePerCluster;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

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
    private final OncePerCluster once;

    ExpiredSessionCleanup(JdbcIndexedSessionRepository sessions, OncePerCluster once) {
        this.sessions = sessions;
        this.once = once;
    }

    @Scheduled(cron = "${app.session.cleanup-cron:0 * * * * *}")
    void run() {
        cleanUpUnlessRunningElsewhere();
    }

    /** Cleans up and answers true, or answers false when another instance holds the lock. */
    boolean cleanUpUnlessRunningElsewhere() {
        return once.run(LOCK_KEY, sessions::cleanUpExpiredSessions);
    }
}
