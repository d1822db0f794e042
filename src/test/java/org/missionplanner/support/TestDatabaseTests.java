package org.missionplanner.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class TestDatabaseTests {

    @Test
    void theThrowawayDatabaseCommitsWithoutWaitingForTheDisk() throws Exception {
        var database = TestDatabase.get();
        // a container runs the whole server with fsync off instead
        assumeTrue(database.url().contains("/mp_test_"), "not a throwaway database on a local server");
        try (var connection = DriverManager.getConnection(database.url(), database.username(), database.password());
                var statement = connection.createStatement();
                var result = statement.executeQuery("show synchronous_commit")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo(System.getProperty("test.database.synchronous-commit", "off"));
        }
    }

    @Test
    void synchronousCommitIsOnOrOffOnly() {
        assertThat(TestDatabase.synchronousCommit(" ON ")).isEqualTo("on");
        assertThat(TestDatabase.synchronousCommit("off")).isEqualTo("off");
        assertThatThrownBy(() -> TestDatabase.synchronousCommit("local"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("on or off");
    }
}
