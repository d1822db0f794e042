package org.missionplanner.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged application as users run it: {@code java -Xmx512m -jar target/mission-planner-*.jar}
 * in a process of its own, on loopback, on one port across restarts, in demo mode, against the
 * given database. Each start writes its log to {@code app-<n>.log} in the log folder; the log says
 * how long Spring Boot took to start and whether an OutOfMemoryError was thrown.
 */
final class ApplicationJar implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");

    private final Path jar;
    private final String heap;
    private final BenchDatabase database;
    private final Path logFolder;
    private final List<String> extraArguments;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private Process process;
    private int starts;

    ApplicationJar(Path jar, String heap, BenchDatabase database, Path logFolder, List<String> extraArguments) {
        // absolute: a command line of its own, not one that matches another run's "-jar target/..."
        this.jar = jar.toAbsolutePath();
        this.heap = heap;
        this.database = database;
        this.logFolder = logFolder;
        this.extraArguments = List.copyOf(extraArguments);
        this.port = freeLoopbackPort();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process running = process;
            if (running != null) {
                running.destroyForcibly();
            }
        }));
    }

    /**
     * The jar named by {@code bench.jar}, or the newest executable jar in {@code target/} (not the
     * {@code -plain} one), if there is one.
     */
    static Optional<Path> find() {
        String named = System.getProperty("bench.jar");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isRegularFile);
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith("mission-planner-")
                                && name.endsWith(".jar")
                                && !name.endsWith("-plain.jar");
                    })
                    .max(Comparator.comparingLong(file -> file.toFile().lastModified()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Path jar() {
        return jar;
    }

    Path log() {
        return logFolder.resolve("app-" + starts + ".log");
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts a new process (the previous one must have ended). */
    synchronized void start() {
        if (alive()) {
            throw new IllegalStateException("the application is already running, pid " + process.pid());
        }
        starts++;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-Djava.io.tmpdir=" + tmpFolder(),
                "-Dpdfbox.fontcache=" + tmpFolder(),
                "-jar",
                jar.toString(),
                "--server.address=127.0.0.1",
                "--server.port=" + port));
        command.addAll(extraArguments);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile());
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

    /** Waits until the readiness probe answers 200; returns how long that took from now. */
    Duration awaitReady(Duration limit) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the application stopped at start-up (exit " + process.exitValue() + "); see " + log());
            }
            if (status("/actuator/health/readiness", Duration.ofSeconds(5)) == 200) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the application was not ready within " + limit + "; see " + log());
    }

    /** The status of a GET of this path, or -1 when there was no answer within the limit. */
    int status(String path, Duration limit) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(baseUrl() + path))
                                    .timeout(limit)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** What Spring Boot logged as its start-up time ("Started ... in X seconds") in this start's log. */
    OptionalDouble startedInSeconds() {
        Matcher matcher = STARTED.matcher(logText());
        return matcher.find() ? OptionalDouble.of(Double.parseDouble(matcher.group(1))) : OptionalDouble.empty();
    }

    /** Whether any log of this run mentions an OutOfMemoryError. */
    boolean loggedOutOfMemory() {
        for (int start = 1; start <= starts; start++) {
            if (read(logFolder.resolve("app-" + start + ".log")).contains("OutOfMemoryError")) {
                return true;
            }
        }
        return false;
    }

    String logText() {
        return read(log());
    }

    /** Stops the application as an operator would (SIGTERM, graceful), then for good. */
    @Override
    public void close() throws InterruptedException {
        if (!alive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(45, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return new String(readBytes(file), StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** Extra arguments for the application, from a property such as {@code "--a=b --c=d"}. */
    static List<String> arguments(String property) {
        String value = System.getProperty(property, "").trim();
        return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+"));
    }
}
