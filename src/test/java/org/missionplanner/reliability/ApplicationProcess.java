package org.missionplanner.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.missionplanner.MissionPlannerApplication;
import org.missionplanner.support.TestDatabase;

/**
 * The application as an OS process of its own (a JVM on the test classpath, so that it can be
 * killed with SIGKILL and started again), on loopback only, on one fixed port across restarts, in
 * demo mode, against the given database. Each start writes its log to {@code app-<n>.log} in the
 * report folder. A JVM shutdown hook kills a process left running.
 */
final class ApplicationProcess implements AutoCloseable {

    private final TestDatabase.Connection database;
    private final Path logFolder;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private Process process;
    private int starts;

    ApplicationProcess(TestDatabase.Connection database, Path logFolder) {
        this.database = database;
        this.logFolder = logFolder;
        this.port = freeLoopbackPort();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process running = process;
            if (running != null) {
                running.destroyForcibly();
            }
        }));
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Starts a new process (the previous one must have ended). */
    synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the application is already running, pid " + process.pid());
        }
        starts++;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-XX:+ExitOnOutOfMemoryError",
                "-Djava.io.tmpdir=" + tmpFolder(),
                "-Djna.tmpdir=" + tmpFolder(),
                "-Dpdfbox.fontcache=" + tmpFolder(),
                // on the test classpath, but on this database, not a throwaway one of its own
                "-Dapp.test-database.enabled=false",
                "-Dserver.address=127.0.0.1",
                "-Dserver.port=" + port,
                "-Dapp.database.startup-wait=60s",
                "-cp",
                System.getProperty("java.class.path"),
                MissionPlannerApplication.class.getName()));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFolder.resolve("app-" + starts + ".log").toFile());
        var env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("APP_") || name.equals("PORT"));
        env.put("SPRING_DATASOURCE_URL", database.url());
        env.put("SPRING_DATASOURCE_USERNAME", database.username());
        env.put("SPRING_DATASOURCE_PASSWORD", database.password());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the application answers its readiness probe with 200; returns how long that took. */
    Duration awaitReady(Duration limit) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped at start-up (exit " + process.exitValue()
                        + "); see " + logFolder.resolve("app-" + starts + ".log"));
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application was not ready within " + limit + "; see "
                + logFolder.resolve("app-" + starts + ".log"));
    }

    /** {@code kill -9}: the process ends at once, whatever it was doing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the application did not end after SIGKILL");
        }
    }

    /** Stops the application as an operator would (SIGTERM, graceful), then for good. */
    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(45, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Path tmpFolder() {
        try {
            return Files.createDirectories(logFolder.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freeLoopbackPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
