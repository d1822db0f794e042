package org.missionplanner.database;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Waits for the database before the application context starts, for at most
 * {@code app.database.startup-wait} (APP_DATABASE_STARTUP_WAIT, 60 s by default; 0 does not wait):
 * a database that starts together with the application, or restarts, is not a failure. One line
 * says that it waits; if the database is still unreachable at the end, start-up stops with one
 * clear message ({@link DatabaseUnreachableFailureAnalyzer}). Wrong credentials or an unknown
 * database are not waited for: Flyway reports them at once.
 */
public class DatabaseStartupWait implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartupWait.class);
    private static final Duration PAUSE = Duration.ofSeconds(2);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            return; // ConfiguredDatabaseRequirement refused already, or a test without a database
        }
        Duration wait = environment.getProperty("app.database.startup-wait", Duration.class, Duration.ofSeconds(60));
        Properties properties = new Properties();
        putIfSet(properties, "user", environment.getProperty("spring.datasource.username"));
        putIfSet(properties, "password", environment.getProperty("spring.datasource.password"));
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("loginTimeout", "5");
        waitFor(url, properties, wait);
    }

    static void waitFor(String url, Properties properties, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean announced = false;
        while (true) {
            try (var connection = DriverManager.getConnection(url, properties)) {
                if (announced) {
                    log.info("Database reachable, starting");
                }
                return;
            } catch (SQLException e) {
                if (!unreachable(e)) {
                    return; // not an outage (credentials, unknown database): Flyway says what is wrong
                }
                if (System.nanoTime() >= deadline) {
                    throw new DatabaseUnreachableException(hostOf(url), wait, e);
                }
                if (!announced) {
                    log.warn(
                            "Database at {} unreachable ({}); retrying for up to {} s",
                            hostOf(url),
                            e.getMessage(),
                            wait.toSeconds());
                    announced = true;
                }
                sleep();
            }
        }
    }

    /** 08: no connection; 57P03: the server is starting or shutting down. */
    private static boolean unreachable(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.equals("57P03");
    }

    /** host:port of a JDBC URL, without the database name, parameters or credentials. */
    static String hostOf(String url) {
        String rest = url.replaceFirst("^jdbc:[a-z]+://", "");
        int end = rest.indexOf('/');
        String host = end < 0 ? rest : rest.substring(0, end);
        return host.substring(host.lastIndexOf('@') + 1);
    }

    private static void putIfSet(Properties properties, String key, String value) {
        if (value != null) {
            properties.setProperty(key, value);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
