package org.missionplanner.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionplanner.MissionPlannerApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class ConfiguredDatabaseRequirementTests {

    private final ConfiguredDatabaseRequirement requirement = new ConfiguredDatabaseRequirement();

    @Test
    void acceptsAConfiguredDatabase() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/planning");
        assertThatNoException()
                .isThrownBy(() -> requirement.postProcessEnvironment(environment, new SpringApplication()));
    }

    @Test
    void refusesAMissingOrBlankUrl() {
        assertThatThrownBy(() -> requirement.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .isInstanceOf(DatabaseNotConfiguredException.class);
        MockEnvironment blank = new MockEnvironment().withProperty("spring.datasource.url", " ");
        assertThatThrownBy(() -> requirement.postProcessEnvironment(blank, new SpringApplication()))
                .isInstanceOf(DatabaseNotConfiguredException.class);
    }

    @Test
    void runsAfterTheDevelopersDatabaseDiscovery() {
        assertThat(new DatabaseDiscovery(new DeferredLogs()).getOrder()).isLessThan(requirement.getOrder());
    }

    @Test
    void withoutADatabaseTheApplicationStopsAtStartUpWithOneClearMessage(CapturedOutput output) {
        // as the production jar: neither the tests' throwaway database nor the developer run's discovery
        SpringApplication application = new SpringApplication(MissionPlannerApplication.class);
        assertThatThrownBy(() -> application.run(
                        "--spring.datasource.url=",
                        "--app.test-database.enabled=false",
                        "--app.database.discovery=false"))
                .isInstanceOf(DatabaseNotConfiguredException.class);
        assertThat(output.getAll())
                .containsOnlyOnce("APPLICATION FAILED TO START")
                .contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD")
                .doesNotContain("Failed to configure a DataSource");
    }
}
