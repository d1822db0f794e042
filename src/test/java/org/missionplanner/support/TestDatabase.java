package org.missionplanner.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL every test runs against, one per test JVM: a Testcontainers container when
 * Docker is available; otherwise a throwaway database on the server named by TEST_DATABASE_URL
 * (default jdbc:postgresql://localhost:5432/postgres), dropped when the JVM ends, whose commits do
 * not wait for the disk (synchronous_commit off, as the container runs with fsync off). The
 * application's own mission_planner database is never touched.
 */
public final class TestDatabase {

    public record Connection(String url, String username, String password) {}

    private static Connection connection;
    private static Runnable drop = () -> {};

    private TestDatabase() {}

    public static synchronized Connection get() {
        if (connection == null) {
            connection = start();
        }
        return connection;
    }

    private static Connection start() {
        String serverUrl = System.getenv("TEST_DATABASE_URL");
        if (serverUrl == null && dockerAvailable()) {
            var container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        String url = serverUrl != null ? serverUrl : "jdbc:postgresql://localhost:5432/postgres";
        String username = env("TEST_DATABASE_USERNAME", "postgres");
        String password = env("TEST_DATABASE_PASSWORD", "");
        String database = "mp_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(url, username, password, "create database " + database);
        drop = () -> execute(url, username, password, "drop database if exists " + database + " with (force)");
        Runtime.getRuntime().addShutdownHook(new Thread(drop));
        // a commit does not wait for its WAL to reach the disk, as in the container (which runs
        // with fsync off): the database is thrown away at the end of the run, and a crash of the
        // server is no part of any test; -Dtest.database.synchronous-commit=on keeps the
        // server's default (the reliability run does)
        execute(
                url,
                username,
                password,
                "alter database " + database + " set synchronous_commit = "
                        + synchronousCommit(System.getProperty("test.database.synchronous-commit", "off")));
        return new Connection(withDatabase(url, database), username, password);
    }

    /**
     * Drops the throwaway database now rather than when the JVM ends, for a run that starts
     * processes of its own against it and wants to see it gone; nothing for a container.
     */
    public static synchronized void dropNow() {
        drop.run();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void execute(String url, String username, String password, String sql) {
        try (java.sql.Connection admin = DriverManager.getConnection(url, username, password);
                var statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Test database: '" + sql + "' failed on " + url
                            + ". Start PostgreSQL on localhost:5432 or set TEST_DATABASE_URL.",
                    e);
        }
    }

    /** The synchronous_commit setting asked for: "on" or "off", nothing else. */
    static String synchronousCommit(String asked) {
        String value = asked.trim().toLowerCase(Locale.ROOT);
        if (!value.equals("on") && !value.equals("off")) {
            throw new IllegalArgumentException(
                    "test.database.synchronous-commit must be on or off, not '" + asked + "'");
        }
        return value;
    }

    /** Replaces the database name in a JDBC URL, keeping any query parameters. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
