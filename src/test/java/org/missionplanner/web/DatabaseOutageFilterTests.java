package org.missionplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.orm.jpa.JpaSystemException;

/** Which failures mean "the database cannot be reached" (503) rather than a fault of the request. */
class DatabaseOutageFilterTests {

    /**
     * PostgreSQL restarted while a transaction was under way: the pool closed the broken
     * connection, and the rollback on it ("Connection is closed", no SQL state) replaced the
     * connection error. That was answered 500 once the database answered again (found by
     * scripts/reliability/run.sh); it is an outage.
     */
    @Test
    void aRollbackOnAConnectionThePoolClosedIsAnOutage() {
        var rollback = new JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

        assertThat(DatabaseOutageFilter.databaseUnreachable(rollback)).isTrue();
    }

    @Test
    void aConnectionErrorIsAnOutageAndARefusedStatementIsNot() {
        assertThat(DatabaseOutageFilter.databaseUnreachable(new SQLException("I/O error", "08006")))
                .isTrue();
        assertThat(DatabaseOutageFilter.databaseUnreachable(
                        new DuplicateKeyException("duplicate", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseOutageFilter.databaseUnreachable(new SQLException("Connection is closed", "23505")))
                .isFalse();
    }
}
