package org.missionplanner.shared;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job on one instance at a time: the instance that takes the job's
 * transaction-scoped PostgreSQL advisory lock does the work, the others skip that turn. The lock
 * ends with the transaction, also when an instance dies mid-job.
 */
@Component
public class OncePerCluster {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    OncePerCluster(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Runs the job and answers true, or answers false when another instance holds the lock.
     *
     * @param lockKey the job's own advisory lock key, used by no other job
     */
    public boolean run(long lockKey, Runnable job) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            boolean first = Boolean.TRUE.equals(
                    jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, lockKey));
            if (first) {
                job.run();
            }
            return first;
        }));
    }
}
