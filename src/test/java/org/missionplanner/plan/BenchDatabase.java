package org.missionplanner.plan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh, empty database of its own for one benchmark run, on the PostgreSQL server named by
 * TEST_DATABASE_URL (default jdbc:postgresql://localhost:5432/postgres, user TEST_DATABASE_USERNAME
 * or postgres), as the tests' throwaway databases are; dropped by {@link #close()}.
 */
final class BenchDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String username;
    private final String password;
    private final String name;
    private final JdbcTemplate jdbc;

    private BenchDatabase(String serverUrl, String username, String password, String name) {
        this.serverUrl = serverUrl;
        this.username = username;
        this.password = password;
        this.name = name;
        var dataSource = new DriverManagerDataSource(url(), username, password);
        this.jdbc = new JdbcTemplate(dataSource);
    }

    static BenchDatabase create() {
        String serverUrl = env("TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/postgres");
        String username = env("TEST_DATABASE_USERNAME", "postgres");
        String password = env("TEST_DATABASE_PASSWORD", "");
        String name = "mp_bench_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(serverUrl, username, password, "create database " + name);
        return new BenchDatabase(serverUrl, username, password, name);
    }

    String url() {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String params = query < 0 ? "" : serverUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    String name() {
        return name;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        execute(serverUrl, username, password, "drop database if exists " + name + " with (force)");
    }

    private static void execute(String url, String username, String password, String sql) {
        try (Connection admin = DriverManager.getConnection(url, username, password);
                var statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Benchmark database: '" + sql + "' failed on " + url, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
