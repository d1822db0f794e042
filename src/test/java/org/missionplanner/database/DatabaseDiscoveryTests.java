package org.missionplanner.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://db.example:5432/planning");
        assertThat(environment.getPropertySources().contains("discoveredDatabase"))
                .isFalse();
    }

    @Test
    void canBeSwitchedOff() {
        MockEnvironment environment = new MockEnvironment().withProperty("app.database.discovery", "false");
        discovery.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.datasource.url")).isNull();
    }

    @Test
    void asRootWithoutAUsableServerItStopsWithOneClearMessage() {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root cannot fall back to the embedded server");
        MockEnvironment environment =
                new MockEnvironment().withProperty("spring.datasource.username", "no_such_role_for_this_test");
        assertThatThrownBy(() -> discovery.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(NoDatabaseException.class);
        var analysis = new NoDatabaseFailureAnalyzer().analyze(new NoDatabaseException("x", null));
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL", "localhost:5432", "non-root");
    }

    @Test
    void theFailureMessageListsAllThreeWaysToProvideADatabase() {
        assertThat(DatabaseDiscovery.noDatabaseMessage())
                .contains("SPRING_DATASOURCE_URL")
                .contains("localhost:5432")
                .contains("embedded PostgreSQL");
    }
}
