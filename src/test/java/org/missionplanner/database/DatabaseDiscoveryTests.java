package org.missionplanner.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

class DatabaseDiscoveryTests {

    private final DatabaseDiscovery discovery = new DatabaseDiscovery(new DeferredLogs());

    @Test
    void leavesAnExplicitlyConfiguredDatabaseAlone() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/planning");
        discovery.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/planning");
        assertThat(environment.getPropertySources().contains("discoveredDatabase")).isFalse();
    }

    @Test
    void canBeSwitchedOff() {
        MockEnvironment environment = new MockEnvironment().withProperty("app.database.discovery", "false");
        discovery.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.datasource.url")).isNull();
    }

    @Test
    void theFailureMessageListsAllThreeWaysToProvideADatabase() {
        assertThat(DatabaseDiscovery.noDatabaseMessage())
                .contains("SPRING_DATASOURCE_URL").contains("localhost:5432").contains("embedded PostgreSQL");
    }
}
