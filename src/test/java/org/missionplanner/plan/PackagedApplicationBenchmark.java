package org.missionplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.HttpSession;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of issue 12's targets that need the application as users run it: the packaged jar in a
 * JVM of its own with {@code -Xmx512m} ({@link ApplicationJar}), on a fresh database of its own
 * ({@link BenchDatabase}). Not part of the test suite (its name does not end in "Tests"); run by
 * {@code scripts/bench/plan-views.sh} after {@link PlanViewsBenchmark}. In order:
 *
 * <ol>
 *   <li>starts the jar on the empty database (migrations and demo data), loads the 1,000-task plan
 *       and a plan of {@code bench.pdf.tasks} tasks (2,000) with {@code bench.pdf.text}-character
 *       descriptions (4,000), stops it, and starts it again: start-up against an existing database,
 *       as Spring Boot logs it ("Started ... in X seconds"), target ≤ 8 s;
 *   <li>one planner, one request at a time, {@code bench.edits} (50) timed writes of each kind after
 *       10 untimed ones: API edit ({@code PUT /api/v1/plans/{id}/tasks/{taskId}}, bearer token), API
 *       add ({@code POST /api/v1/plans/{id}/tasks}), htmx edit ({@code POST /plans/{id}/tasks/{taskId}}
 *       with {@code HX-Request} and the CSRF header, as the outline's form) and htmx add; each write
 *       carries the version read back from the database just before; target p95 ≤ 50 ms;
 *   <li>{@code bench.users} (50) signed-in users, each with a session of their own, each requesting
 *       the six views of the 1,000-task plan in turn without pause for {@code bench.users.seconds}
 *       (60); target: no error, p95 ≤ 150 ms per view;
 *   <li>{@code bench.pdf.concurrent} (4) PDF exports of the large plan at once, while the health
 *       endpoint is asked every second; target: each 200 or 503 (422 is the application refusing a
 *       plan too large to print), no OutOfMemoryError in the log, the process alive and its health
 *       200 afterwards.
 * </ol>
 *
 * The report is written to {@code target/bench/packaged-app.txt}; the application's logs to
 * {@code target/bench/app/}. Extra arguments for the application: {@code -Dbench.app.args="--a=b"}.
 */
@Tag("benchmark")
class PackagedApplicationBenchmark {

    static final double MAX_WRITE_P95_MILLIS = 50;
    static final double MAX_VIEW_P95_MILLIS = 150;
    static final double MAX_STARTUP_SECONDS = 8;
    static final int WARM_UP_WRITES = 10;

    private static final Pattern TOKEN_FIELD = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID_FIELD = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final String heap = System.getProperty("bench.heap", "512m");
    private final List<String> lines = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    @Test
    void measureThePackagedApplication() throws Exception {
        int edits = Integer.getInteger("bench.edits", 50);
        int users = Integer.getInteger("bench.users", 50);
        int userSeconds = Integer.getInteger("bench.users.seconds", 60);
        int pdfTasks = Integer.getInteger("bench.pdf.tasks", 2000);
        int pdfText = Integer.getInteger("bench.pdf.text", 4000);
        int pdfConcurrent = Integer.getInteger("bench.pdf.concurrent", 4);
        Duration startLimit = Duration.ofSeconds(Integer.getInteger("bench.start.limit", 600));
        Path folder = Files.createDirectories(Path.of("target", "bench"));
        var jar = ApplicationJar.find();
        lines.add("");
        if (jar.isEmpty()) {
            lines.add(
                    "Packaged application: skipped, no jar in target/ (./mvnw package -DskipTests, or -Dbench.jar=...)");
            write(folder);
            assertThat(lines).isNotEmpty();
            return;
        }
        lines.add("Packaged application: java -Xmx%s -jar %s, a fresh database of its own"
                .formatted(heap, jar.get().getFileName()));
        Path logs = Files.createDirectories(folder.resolve("app"));
        try (var database = BenchDatabase.create();
                var app = new ApplicationJar(
                        jar.get(), heap, database, logs, ApplicationJar.arguments("bench.app.args"))) {
            JdbcTemplate jdbc = database.jdbc();
            app.start();
            Duration fresh = app.awaitReady(startLimit);
            lines.add("  start-up on the empty database %s (migrations, demo data): Spring Boot %s, ready after %.1f s"
                    .formatted(database.name(), seconds(app.startedInSeconds()), fresh.toMillis() / 1000.0));

            long started = System.nanoTime();
            var world = BenchWorld.create(jdbc, users);
            LargePlan plan = LargePlan.create(jdbc, world.missionId());
            LargePlan large = LargePlan.create(jdbc, world.missionId(), pdfTasks, pdfText);
            lines.add(
                    "  loaded: the 1,000-task plan, a plan of %,d tasks with %,d-character descriptions, %d users (%d ms)"
                            .formatted(pdfTasks, pdfText, users, (System.nanoTime() - started) / 1_000_000));

            app.close();
            app.start();
            Duration again = app.awaitReady(startLimit);
            OptionalDouble startup = app.startedInSeconds();
            lines.add("");
            lines.add("%-58s %s".formatted("measure", "figure  target"));
            lines.add("%-58s %s"
                    .formatted(
                            "start-up against the existing database",
                            "Spring Boot %s, ready after %.1f s  %s"
                                    .formatted(
                                            seconds(startup),
                                            again.toMillis() / 1000.0,
                                            verdict(
                                                    "<= 8 s",
                                                    startup.isPresent()
                                                            && startup.getAsDouble() <= MAX_STARTUP_SECONDS))));

            var planner = new HttpSession(app.baseUrl());
            assertThat(planner.signIn(world.plannerUsername(), HttpSession.DEMO_PASSWORD)
                            .statusCode())
                    .isEqualTo(302);
            for (String view : PlanViewsBenchmark.LOADED_VIEWS) {
                planner.get("/plans/" + plan.planId() + view);
            }
            section("task writes", () -> writes(jdbc, planner, plan, edits));
            section("users browsing", () -> browsing(app, world, plan, users, userSeconds));
            section("PDF exports", () -> exports(app, planner, large, pdfConcurrent, pdfTasks, pdfText));
        } finally {
            write(folder);
        }
        assertThat(failures)
                .as("parts of the benchmark that failed (see the report)")
                .isEmpty();
    }

    @FunctionalInterface
    private interface Section {
        void run() throws Exception;
    }

    /** Runs one part of the benchmark; a part that fails is reported as such and the next one runs. */
    private void section(String name, Section section) {
        try {
            section.run();
        } catch (Exception | AssertionError e) {
            lines.add("");
            lines.add(name + ": FAILED, " + e);
            failures.add(name);
        }
    }

    // --- adding and editing one task ---

    private void writes(JdbcTemplate jdbc, HttpSession planner, LargePlan plan, int edits) throws Exception {
        planner.get("/account");
        HttpResponse<String> created = planner.send(planner.request("/api/v1/tokens")
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", planner.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark\"}"))
                .build());
        Matcher token = TOKEN_FIELD.matcher(created.body());
        if (created.statusCode() != 201 || !token.find()) {
            lines.add("writes: no API token (%d %s)".formatted(created.statusCode(), abbreviate(created.body())));
            return;
        }
        String bearer = "Bearer " + token.group(1);
        List<Long> taskIds = jdbc.queryForList(
                "select id from plan_task where plan_id = ? and result_id is not null order by position",
                Long.class,
                plan.planId());
        planner.get("/plans/" + plan.planId());
        List<Long> added = Collections.synchronizedList(new ArrayList<>());
        long planId = plan.planId();
        record Kind(String label, WriteCall call) {}
        List<Kind> kinds = List.of(
                new Kind("API: edit a task (PUT, bearer token)", i -> {
                    Task task = Task.read(jdbc, taskIds.get(i % taskIds.size()));
                    long t = System.nanoTime();
                    var response = planner.send(planner.request("/api/v1/plans/" + planId + "/tasks/" + task.id())
                            .header("Authorization", bearer)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(task.json(title("API edit"), true)))
                            .build());
                    return new Write(System.nanoTime() - t, response, response.statusCode() == 200);
                }),
                new Kind("API: add a task (POST, bearer token)", i -> {
                    Task task = Task.read(jdbc, taskIds.get(i % taskIds.size()));
                    long t = System.nanoTime();
                    var response = planner.send(planner.request("/api/v1/plans/" + planId + "/tasks")
                            .header("Authorization", bearer)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(task.json(title("API add"), false)))
                            .build());
                    long elapsed = System.nanoTime() - t;
                    Matcher id = ID_FIELD.matcher(response.body());
                    if (response.statusCode() == 201 && id.find()) {
                        added.add(Long.parseLong(id.group(1)));
                    }
                    return new Write(elapsed, response, response.statusCode() == 201);
                }),
                new Kind("htmx: edit a task (outline form)", i -> {
                    Task task = Task.read(jdbc, taskIds.get(i % taskIds.size()));
                    long t = System.nanoTime();
                    var response = planner.send(htmx(planner, "/plans/" + planId + "/tasks/" + task.id())
                            .POST(HttpRequest.BodyPublishers.ofString(task.form(title("htmx edit"), true, planner)))
                            .build());
                    long elapsed = System.nanoTime() - t;
                    long version = Task.read(jdbc, task.id()).version();
                    return new Write(elapsed, response, response.statusCode() == 200 && version == task.version() + 1);
                }),
                new Kind("htmx: add a task (outline form)", i -> {
                    Task task = Task.read(jdbc, taskIds.get(i % taskIds.size()));
                    String title = title("htmx add");
                    long t = System.nanoTime();
                    var response = planner.send(htmx(planner, "/plans/" + planId + "/tasks")
                            .POST(HttpRequest.BodyPublishers.ofString(task.form(title, false, planner)))
                            .build());
                    long elapsed = System.nanoTime() - t;
                    List<Long> ids = jdbc.queryForList(
                            "select id from plan_task where plan_id = ? and title = ?", Long.class, planId, title);
                    added.addAll(ids);
                    return new Write(elapsed, response, response.statusCode() == 200 && ids.size() == 1);
                }));
        lines.add("");
        lines.add(
                "Adding or editing one task of the 1,000-task plan: one planner, one request at a time, %d timed after %d untimed"
                        .formatted(edits, WARM_UP_WRITES));
        lines.add("%-40s %6s %8s %8s %8s %7s  %s"
                .formatted("write", "count", "p50 ms", "p95 ms", "max ms", "errors", "target"));
        for (Kind kind : kinds) {
            long[] millis = new long[edits];
            int errors = 0;
            String firstError = null;
            for (int i = 0; i < WARM_UP_WRITES + edits; i++) {
                Write write = kind.call().write(i);
                if (i >= WARM_UP_WRITES) {
                    millis[i - WARM_UP_WRITES] = write.nanos() / 1_000_000;
                    if (!write.saved()) {
                        errors++;
                        if (firstError == null) {
                            firstError = describe(write.response());
                        }
                    }
                }
            }
            Arrays.sort(millis);
            double p95 = percentile(millis, 95);
            lines.add("%-40s %6d %8.0f %8.0f %8d %7d  %s"
                    .formatted(
                            kind.label(),
                            edits,
                            percentile(millis, 50),
                            p95,
                            millis[edits - 1],
                            errors,
                            verdict("p95 <= 50 ms", errors == 0 && p95 <= MAX_WRITE_P95_MILLIS)));
            if (firstError != null) {
                lines.add("    first error: " + firstError);
            }
        }
        // the plan goes back to its 1,000 tasks before it is browsed
        for (long id : added) {
            jdbc.update("delete from plan_task where id = ?", id);
        }
    }

    @FunctionalInterface
    private interface WriteCall {
        Write write(int i) throws Exception;
    }

    private record Write(long nanos, HttpResponse<String> response, boolean saved) {}

    /** A task as the database holds it: what a client sends back with one field changed. */
    private record Task(
            long id,
            long objectiveId,
            long resultId,
            long leadUnitId,
            List<Long> supporterUnitIds,
            String fundingSource,
            String amount,
            String currency,
            String startOn,
            String endOn,
            String horizon,
            String status,
            long version) {

        static Task read(JdbcTemplate jdbc, long id) {
            List<Long> supporters = jdbc.queryForList(
                    "select unit_id from plan_task_supporter where task_id = ? and unit_id is not null order by position",
                    Long.class,
                    id);
            return jdbc.queryForObject(
                    """
                    select id, objective_id, result_id, lead_unit_id, funding_source, amount::text, currency,
                           start_on::text, end_on::text, horizon, status, version
                      from plan_task where id = ?""",
                    (rs, n) -> new Task(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getLong(4),
                            supporters,
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getString(10),
                            rs.getString(11),
                            rs.getLong(12)),
                    id);
        }

        String json(String title, boolean withVersion) {
            return """
                    {"title": "%s", "objectiveId": %d, "resultId": %d, "lead": "unit-%d", "supporters": [%s],
                     "fundingSource": "%s", "amount": %s, "currency": "%s", "startOn": "%s", "endOn": "%s",
                     "horizon": "%s", "status": "%s"%s}""".formatted(
                            title,
                            objectiveId,
                            resultId,
                            leadUnitId,
                            supporterUnitIds.stream()
                                    .map(unit -> "\"unit-" + unit + "\"")
                                    .collect(Collectors.joining(", ")),
                            fundingSource,
                            amount,
                            currency,
                            startOn,
                            endOn,
                            horizon,
                            status,
                            withVersion ? ", \"version\": " + version : "");
        }

        String form(String title, boolean withVersion, HttpSession session) {
            List<String[]> fields = new ArrayList<>();
            fields.add(new String[] {"_csrf", session.csrfToken()});
            fields.add(new String[] {"title", title});
            fields.add(new String[] {"description", ""});
            fields.add(new String[] {"serves", "result-" + resultId});
            fields.add(new String[] {"lead", "unit-" + leadUnitId});
            supporterUnitIds.forEach(unit -> fields.add(new String[] {"supporters", "unit-" + unit}));
            fields.add(new String[] {"fundingSource", fundingSource});
            fields.add(new String[] {"amount", amount});
            fields.add(new String[] {"currency", currency});
            fields.add(new String[] {"startOn", startOn});
            fields.add(new String[] {"endOn", endOn});
            fields.add(new String[] {"horizon", horizon});
            fields.add(new String[] {"status", status});
            if (withVersion) {
                fields.add(new String[] {"version", String.valueOf(version)});
            }
            return fields.stream()
                    .map(f -> URLEncoder.encode(f[0], StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(f[1] == null ? "" : f[1], StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }

    private static HttpRequest.Builder htmx(HttpSession session, String path) {
        return session.request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("HX-Request", "true")
                .header("X-CSRF-TOKEN", session.csrfToken());
    }

    private String title(String what) {
        return "Benchmark " + what + " " + sequence.incrementAndGet();
    }

    // --- 50 users browsing ---

    private void browsing(ApplicationJar app, BenchWorld world, LargePlan plan, int users, int seconds)
            throws Exception {
        List<HttpSession> sessions = new ArrayList<>();
        for (String username : world.viewerUsernames()) {
            var session = new HttpSession(app.baseUrl());
            var signedIn = session.signIn(username, HttpSession.DEMO_PASSWORD);
            if (signedIn.statusCode() != 302
                    || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
                lines.add("");
                lines.add("%d users browsing: skipped, %s could not sign in (%d)"
                        .formatted(users, username, signedIn.statusCode()));
                return;
            }
            sessions.add(session);
        }
        List<String> views = PlanViewsBenchmark.LOADED_VIEWS;
        Map<String, List<Long>> millis = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        views.forEach(view -> {
            millis.put(view, Collections.synchronizedList(new ArrayList<>()));
            errors.put(view, new AtomicLong());
        });
        List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long began = System.nanoTime();
        for (int u = 0; u < users; u++) {
            HttpSession session = sessions.get(u);
            int first = u;
            pool.submit(() -> {
                for (int i = first; System.nanoTime() - deadline < 0; i++) {
                    String view = views.get(i % views.size());
                    long t = System.nanoTime();
                    int status;
                    try {
                        status = session.send(session.request("/plans/" + plan.planId() + view)
                                        .header("Accept", "text/html")
                                        .header("Accept-Encoding", "gzip")
                                        .timeout(Duration.ofSeconds(30))
                                        .GET()
                                        .build())
                                .statusCode();
                    } catch (RuntimeException e) {
                        status = -1;
                        if (errorSamples.size() < 3) {
                            errorSamples.add(String.valueOf(e.getCause() == null ? e : e.getCause()));
                        }
                    }
                    millis.get(view).add((System.nanoTime() - t) / 1_000_000);
                    if (status != 200) {
                        errors.get(view).incrementAndGet();
                        if (status > 0 && errorSamples.size() < 3) {
                            errorSamples.add(view + ": " + status);
                        }
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        lines.add("");
        lines.add(
                "%d users browsing the 1,000-task plan at -Xmx%s: %d sessions, each requesting the six views in turn without pause, %d s"
                        .formatted(users, heap, sessions.size(), seconds));
        lines.add("%-40s %8s %8s %8s %8s %7s  %s"
                .formatted("view", "requests", "req/s", "p50 ms", "p95 ms", "errors", "target"));
        List<Long> all = new ArrayList<>();
        long allErrors = 0;
        for (String view : views) {
            long[] sorted = millis.get(view).stream()
                    .mapToLong(Long::longValue)
                    .sorted()
                    .toArray();
            all.addAll(millis.get(view));
            long viewErrors = errors.get(view).get();
            allErrors += viewErrors;
            double p95 = percentile(sorted, 95);
            lines.add("%-40s %8d %8.1f %8.0f %8.0f %7d  %s"
                    .formatted(
                            "/plans/{1,000 tasks}" + view,
                            sorted.length,
                            sorted.length / elapsed,
                            percentile(sorted, 50),
                            p95,
                            viewErrors,
                            verdict(
                                    "no error, p95 <= 150 ms",
                                    sorted.length > 0 && viewErrors == 0 && p95 <= MAX_VIEW_P95_MILLIS)));
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        lines.add("%-40s %8d %8.1f %8.0f %8.0f %7d  %s"
                .formatted(
                        "all six views",
                        sorted.length,
                        sorted.length / elapsed,
                        percentile(sorted, 50),
                        percentile(sorted, 95),
                        allErrors,
                        verdict(
                                "no error, p95 <= 150 ms",
                                sorted.length > 0 && allErrors == 0 && percentile(sorted, 95) <= MAX_VIEW_P95_MILLIS)));
        if (!errorSamples.isEmpty()) {
            lines.add("    errors, first ones: " + String.join("; ", errorSamples));
        }
    }

    // --- concurrent PDF exports ---

    private void exports(ApplicationJar app, HttpSession planner, LargePlan large, int concurrent, int tasks, int text)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrent + 1);
        var go = new CountDownLatch(1);
        List<Future<String>> exports = new ArrayList<>();
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < concurrent; i++) {
            exports.add(pool.submit(() -> {
                go.await();
                long t = System.nanoTime();
                try {
                    var response = planner.send(planner.request("/plans/" + large.planId() + "/export.pdf")
                            .timeout(Duration.ofMinutes(5))
                            .GET()
                            .build());
                    statuses.add(response.statusCode());
                    return "%d in %,d ms (%,d bytes)"
                            .formatted(
                                    response.statusCode(),
                                    (System.nanoTime() - t) / 1_000_000,
                                    response.headers()
                                            .firstValueAsLong("Content-Length")
                                            .orElse(response.body().length()));
                } catch (RuntimeException e) {
                    statuses.add(-1);
                    return "no answer after %,d ms (%s)"
                            .formatted((System.nanoTime() - t) / 1_000_000, e.getCause() == null ? e : e.getCause());
                }
            }));
        }
        var exporting = new AtomicBoolean(true);
        List<Long> healthMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicLong healthFailures = new AtomicLong();
        Future<?> probe = pool.submit(() -> {
            go.await();
            while (exporting.get()) {
                long t = System.nanoTime();
                int status = app.status("/actuator/health", Duration.ofSeconds(10));
                healthMillis.add((System.nanoTime() - t) / 1_000_000);
                if (status != 200) {
                    healthFailures.incrementAndGet();
                }
                Thread.sleep(1000);
            }
            return null;
        });
        go.countDown();
        List<String> answers = new ArrayList<>();
        for (Future<String> export : exports) {
            answers.add(export.get(6, TimeUnit.MINUTES));
        }
        exporting.set(false);
        probe.get(1, TimeUnit.MINUTES);
        pool.shutdown();
        int health = app.status("/actuator/health", Duration.ofSeconds(10));
        boolean alive = app.alive();
        boolean outOfMemory = app.loggedOutOfMemory();
        boolean each = statuses.stream().allMatch(s -> s == 200 || s == 503 || s == 422);
        lines.add("");
        lines.add("%d concurrent PDF exports of a plan of %,d tasks with %,d-character descriptions, -Xmx%s"
                .formatted(concurrent, tasks, text, heap));
        for (int i = 0; i < answers.size(); i++) {
            lines.add("  export %d: %s".formatted(i + 1, answers.get(i)));
        }
        lines.add(
                "  health while exporting: %d probes, %d failed, slowest %d ms; afterwards: health %d, process %s, OutOfMemoryError in the log: %s"
                        .formatted(
                                healthMillis.size(),
                                healthFailures.get(),
                                healthMillis.stream()
                                        .mapToLong(Long::longValue)
                                        .max()
                                        .orElse(0),
                                health,
                                alive ? "alive" : "GONE",
                                outOfMemory ? "YES" : "no"));
        lines.add("  %s"
                .formatted(verdict(
                        "each finishes (200) or gets 503 (422: refused as too large to print); no OutOfMemoryError; the server keeps answering",
                        each && health == 200 && alive && !outOfMemory && healthFailures.get() == 0)));
    }

    // --- helpers ---

    /** The benchmark's own mission: three units, a planner, and viewers, all with the demo password. */
    private record BenchWorld(long missionId, String plannerUsername, List<String> viewerUsernames) {

        static BenchWorld create(JdbcTemplate jdbc, int viewers) {
            // the demo accounts' hash: every account of the run signs in with the demo password
            String hash =
                    jdbc.queryForObject("select password_hash from app_user where username = 'reviewer'", String.class);
            long missionId = jdbc.queryForObject(
                    "insert into mission (acronym, full_name) values ('BENCH', 'Benchmark mission') returning id",
                    Long.class);
            long head = unit(jdbc, missionId, "HEAD_OF_MISSION", "SRSG", null, 0);
            unit(jdbc, missionId, "DDR", "DDR Section", head, 1);
            unit(jdbc, missionId, "POLICE_COMPONENT", "UNPOL", head, 2);
            String planner = "bench-planner";
            member(jdbc, user(jdbc, planner, hash), missionId, "PLANNER");
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= viewers; i++) {
                String name = "bench-user-%02d".formatted(i);
                member(jdbc, user(jdbc, name, hash), missionId, "VIEWER");
                names.add(name);
            }
            return new BenchWorld(missionId, planner, names);
        }

        private static long user(JdbcTemplate jdbc, String username, String hash) {
            return jdbc.queryForObject("""
                    insert into app_user (username, display_name, password_hash, global_role)
                    values (?, ?, ?, 'USER') returning id""", Long.class, username, "Benchmark " + username, hash);
        }

        private static void member(JdbcTemplate jdbc, long userId, long missionId, String role) {
            jdbc.update(
                    "insert into mission_membership (user_id, mission_id, role) values (?, ?, ?)",
                    userId,
                    missionId,
                    role);
        }

        private static long unit(
                JdbcTemplate jdbc, long missionId, String type, String name, Long superior, int order) {
            return jdbc.queryForObject("""
                    insert into org_unit (mission_id, unit_type, name, category, reports_to_id, sort_order)
                    values (?, ?, ?, 'SUBSTANTIVE', ?, ?) returning id""", Long.class, missionId, type, name, superior, order);
        }
    }

    /** The nearest-rank percentile of sorted figures; 0 when there are none. */
    static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String seconds(OptionalDouble value) {
        return value.isPresent() ? "%.1f s".formatted(value.getAsDouble()) : "(no 'Started' line)";
    }

    private static String verdict(String target, boolean met) {
        return target + (met ? "  met" : "  MISSED");
    }

    private static final Pattern FEEDBACK =
            Pattern.compile("class=\"[^\"]*(?:invalid-feedback|alert)[^\"]*\"[^>]*>([^<]+)<");

    /** An unsaved write's answer: its status, and for a form that came back, the errors it shows. */
    private static String describe(HttpResponse<String> response) {
        var retarget = response.headers().firstValue("HX-Retarget");
        if (retarget.isPresent()) {
            Matcher feedback = FEEDBACK.matcher(response.body());
            List<String> messages = new ArrayList<>();
            while (feedback.find() && messages.size() < 3) {
                messages.add(feedback.group(1).strip());
            }
            return response.statusCode() + ", the form came back (HX-Retarget " + retarget.get() + "): " + messages;
        }
        return response.statusCode() + " " + abbreviate(response.body());
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    private void write(Path folder) throws Exception {
        String report = String.join(System.lineSeparator(), lines);
        System.out.println(report);
        Files.writeString(folder.resolve("packaged-app.txt"), report + System.lineSeparator());
    }
}
