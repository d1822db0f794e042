package org.missionplanner.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares while some work runs. Statistics are switched on
 * only around the work (not by a property, which would start another application context).
 */
public final class StatementCounter {

    /** Work that may throw, such as a MockMvc request. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private final Statistics statistics;

    public StatementCounter(EntityManagerFactory entityManagerFactory) {
        this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    public synchronized long count(Work work) throws Exception {
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            work.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
