package org.missionplanner.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database of a developer run before the application context starts, in this order:
 * an explicit {@code spring.datasource.url}; a PostgreSQL server on localhost:5432 (database
 * {@code mission_planner}, created if missing); an embedded PostgreSQL under ./data/postgres
 * (not as root: PostgreSQL refuses to run as root); otherwise a clear failure.
 *
 * <p>Development tooling, not part of the production jar: it lives in test scope with the embedded
 * PostgreSQL, and {@code ./mvnw spring-boot:run} runs the application on the test classpath. In the
 * tests it finds the throwaway database of {@code TestDatabaseEnvironmentPostProcessor} already
 * configured and leaves it alone.
 */
public class DatabaseDiscovery implements EnvironmentPostProcessor, Ordered {

    static final String DATABASE_NAME = "mission_planner";
    private static final String LOCAL_SERVER = "jdbc:postgresql://localhost:5432/";
    private static EmbeddedPostgres embedded;

    private final Log log;

    public DatabaseDiscovery(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(DatabaseDiscovery.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("app.database.discovery", Boolean.class, true)) {
            return;
        }
        String configuredUrl = environment.getProperty("spring.datasource.url");
        if (configuredUrl != null && !configuredUrl.isBlank()) {
            log.info(
                    "Database: using the configured spring.datasource.url (" + withoutCredentials(configuredUrl) + ")");
            return;
        }
        String username = environment.getProperty("spring.datasource.username", "postgres");
        String password = environment.getProperty("spring.datasource.password", "");
        String url = localServer(username, password);
        if (url != null) {
            log.info("Database: using the PostgreSQL server on localhost:5432, database " + DATABASE_NAME);
        } else if (!runningAsRoot()) {
            url = embeddedServer();
            username = "postgres";
            password = "";
            log.info(
                    "Database: no server on localhost:5432; started an embedded PostgreSQL with its data in ./data/postgres");
        } else {
            throw new NoDatabaseException(noDatabaseMessage(), null);
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", username);
        properties.put("spring.datasource.password", password);
        environment.getPropertySources().addFirst(new MapPropertySource("discoveredDatabase", properties));
    }

    private String localServer(String username, String password) {
        Properties props = new Properties();
        props.setProperty("user", username);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "3");
        try (Connection admin = DriverManager.getConnection(LOCAL_SERVER + "postgres", props)) {
            createDatabaseIfMissing(admin);
            return LOCAL_SERVER + DATABASE_NAME;
        } catch (SQLException e) {
            log.info("Database: no usable PostgreSQL server on localhost:5432 (" + e.getMessage() + ")");
            return null;
        }
    }

    private void createDatabaseIfMissing(Connection admin) throws SQLException {
        try (var exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE_NAME);
            if (exists.executeQuery().next()) {
                return;
            }
        }
        try (var create = admin.createStatement()) {
            create.execute("create database " + DATABASE_NAME);
            log.info("Database: created database " + DATABASE_NAME);
        }
    }

    private static synchronized String embeddedServer() {
        try {
            if (embedded == null) {
                Path dataDirectory = Path.of("data", "postgres").toAbsolutePath();
                dataDirectory.toFile().mkdirs();
                embedded = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(DatabaseDiscovery::stopEmbedded));
            }
            try (Connection admin = embedded.getPostgresDatabase().getConnection()) {
                try (var exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, DATABASE_NAME);
                    if (!exists.executeQuery().next()) {
                        admin.createStatement().execute("create database " + DATABASE_NAME);
                    }
                }
            }
            return embedded.getJdbcUrl("postgres", DATABASE_NAME);
        } catch (Exception e) {
            throw new NoDatabaseException("Could not start the embedded PostgreSQL. " + noDatabaseMessage(), e);
        }
    }

    private static void stopEmbedded() {
        try {
            embedded.close();
        } catch (Exception ignored) {
            // the JVM is going down either way
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static String noDatabaseMessage() {
        return "Mission Planner found no database. Choose one of: "
                + "(1) set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD; "
                + "(2) run PostgreSQL on localhost:5432 (user from SPRING_DATASOURCE_USERNAME, default postgres); "
                + "(3) run as a non-root user, so that an embedded PostgreSQL can start under ./data/postgres.";
    }

    private static String withoutCredentials(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /** Before the production check that a database is configured. */
    @Override
    public int getOrder() {
        return ConfiguredDatabaseRequirement.ORDER - 1;
    }
}
