package org.missionplanner.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops the application before its context starts when no database is configured
 * ({@code spring.datasource.url}, e.g. from {@code SPRING_DATASOURCE_URL}), instead of failing
 * later with Spring Boot's generic data-source message. Runs after every other environment post
 * processor, so that a developer run's DatabaseDiscovery (test scope) has set the URL first.
 */
public class ConfiguredDatabaseRequirement implements EnvironmentPostProcessor, Ordered {

    /** The last environment post processor of the application. */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            throw new DatabaseNotConfiguredException();
        }
    }

    static String action() {
        return "Configure the PostgreSQL database with the environment variables SPRING_DATASOURCE_URL "
                + "(for example jdbc:postgresql://db.example.org:5432/mission_planner), "
                + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD. "
                + "(A developer run, ./mvnw spring-boot:run, finds or starts a local PostgreSQL by itself.)";
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
