package org.missionplanner.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Restarts the local PostgreSQL cluster the test database lives in, when this machine can: a
 * Debian cluster ({@code pg_ctlcluster}, one version under {@code /etc/postgresql}) reached on
 * loopback, and the rights to run the command. Otherwise {@link #unavailable} says why not.
 *
 * <p>A restart ends every session on that server, other programs' included: by default
 * ({@code reliability.restart=auto}) it waits (up to {@code reliability.restart-wait-seconds},
 * default 60) until no other test run uses the server (no session on another {@code mp_test_...}
 * database) and no other database is in the middle of a statement or transaction, and is skipped
 * otherwise; {@code force} restarts anyway, {@code skip} never. Idle connections of another
 * application's pool are not waited for: its pool reconnects.
 */
final class PostgresRestart {

    private final JdbcTemplate jdbc;
    private final String databaseUrl;
    private final String mode = System.getProperty("reliability.restart", "auto");

    PostgresRestart(JdbcTemplate jdbc, String databaseUrl) {
        this.jdbc = jdbc;
        this.databaseUrl = databaseUrl;
    }

    /** Why the server cannot be restarted here, if it cannot. */
    Optional<String> unavailable() throws InterruptedException {
        if (mode.equals("skip")) {
            return Optional.of("skipped on request (-Dreliability.restart=skip)");
        }
        if (!databaseUrl.startsWith("jdbc:postgresql://localhost:")
                && !databaseUrl.startsWith("jdbc:postgresql://127.0.0.1:")) {
            return Optional.of("the test database is not on a local server (" + databaseUrl + ")");
        }
        if (!Files.isExecutable(Path.of("/usr/bin/pg_ctlcluster"))) {
            return Optional.of("no pg_ctlcluster on this machine");
        }
        if (version().isEmpty()) {
            return Optional.of("not exactly one PostgreSQL version under /etc/postgresql");
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return Optional.of(
                    "restarting the cluster needs root (running as " + System.getProperty("user.name") + ")");
        }
        if (mode.equals("force")) {
            return Optional.empty();
        }
        long deadline = System.nanoTime()
                + Duration.ofSeconds(Integer.getInteger("reliability.restart-wait-seconds", 60))
                        .toNanos();
        long others = otherSessions();
        while (others > 0 && System.nanoTime() - deadline < 0) {
            Thread.sleep(2000);
            others = otherSessions();
        }
        return others == 0
                ? Optional.empty()
                : Optional.of(others + " sessions of other test runs or busy sessions on other databases of the "
                        + "server: a restart would break them; -Dreliability.restart=force restarts anyway");
    }

    /** Restarts the cluster; returns how long the command took. */
    Duration restart() throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = new ProcessBuilder(
                        "pg_ctlcluster", "--skip-systemctl-redirect", version().orElseThrow(), "main", "restart")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("pg_ctlcluster restart failed: " + output);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private long otherSessions() {
        return jdbc.queryForObject("""
                select count(*) from pg_stat_activity
                 where backend_type = 'client backend' and datname <> current_database()
                   and (datname like 'mp\\_test\\_%' or state <> 'idle')""", Long.class);
    }

    private static Optional<String> version() {
        try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
            List<String> names = versions.map(p -> p.getFileName().toString()).toList();
            return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
