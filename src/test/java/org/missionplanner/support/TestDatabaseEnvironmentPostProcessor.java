package org.missionplanner.support;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context at {@link TestDatabase}, ahead of the developer run's
 * DatabaseDiscovery (which then leaves it alone). Off when {@code app.test-database.enabled=false}:
 * {@code ./mvnw spring-boot:run} sets that, because it runs the application on the test classpath
 * on the developer's own database.
 */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("app.test-database.enabled", Boolean.class, true)) {
            return;
        }
        var database = TestDatabase.get();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "testDatabase",
                        Map.of(
                                "spring.datasource.url",
                                database.url(),
                                "spring.datasource.username",
                                database.username(),
                                "spring.datasource.password",
                                database.password(),
                                // many cached test contexts share one server: keep each pool small
                                "spring.datasource.hikari.maximum-pool-size",
                                "6",
                                "spring.datasource.hikari.minimum-idle",
                                "1",
                                // on in every test context (statement counts), so that counting tests
                                // share the cached contexts instead of starting their own
                                "spring.jpa.properties.hibernate.generate_statistics",
                                "true")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
