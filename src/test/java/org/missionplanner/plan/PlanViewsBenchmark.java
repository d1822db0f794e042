package org.missionplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.HttpSession;
import org.missionplanner.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Times each view of a plan of 50 objectives, 200 results, 400 indicators and 1,000 tasks over
 * real HTTP, signed in as a member of the mission. Not part of the test suite: its name does not
 * end in "Tests", so Surefire runs it only when asked ({@code scripts/bench/plan-views.sh}).
 * A view that does not exist yet is reported with its status (404), not as a failure.
 * Writes the report to {@code target/bench/plan-views.txt}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanViewsBenchmark {

    static final List<String> VIEWS = List.of(
            "", "/matrix", "/timeline", "/coherence", "/monitoring", "/tasks", "/risks", "/export.pdf", "/export.xlsx");

    /** The views of the large plan whose first response must stay small and fast under load. */
    static final List<String> LOADED_VIEWS = List.of("", "/matrix", "/coherence", "/timeline", "/monitoring", "/tasks");

    /** The pages of the 18-task demo plan measured against the floor. */
    static final List<String> DEMO_PLAN_PAGES =
            List.of("", "/matrix", "/timeline", "/coherence", "/monitoring", "/tasks", "/risks");

    static final long MAX_FIRST_RESPONSE_BYTES = 300 * 1024;
    static final double MAX_P95_MILLIS = 150;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void timeEachViewOfALargePlan() throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        PlanWorld world = PlanWorld.create(jdbc, encoder);
        try {
            long started = System.nanoTime();
            LargePlan plan = LargePlan.create(jdbc, world.missionId());
            long loadMillis = (System.nanoTime() - started) / 1_000_000;
            var session = new HttpSession(port);
            session.signIn(world.viewerUsername(), PlanWorld.PASSWORD);
            var counter = new StatementCounter(entityManagerFactory);

            List<String> lines = new ArrayList<>();
            lines.add("Plan views: %d objectives, %d results, %d indicators, %d tasks (loaded in %d ms); %d timed runs"
                    .formatted(
                            LargePlan.OBJECTIVES,
                            LargePlan.RESULTS,
                            LargePlan.INDICATORS,
                            LargePlan.TASKS,
                            loadMillis,
                            runs));
            lines.add("%-34s %6s %10s %10s %10s %10s %6s  %s"
                    .formatted("view", "status", "min ms", "median ms", "max ms", "bytes", "SQL", "target"));
            for (String view : VIEWS) {
                String path = "/plans/" + plan.planId() + view;
                HttpResponse<String> first = get(session, path);
                long[] statements = new long[1];
                statements[0] = counter.count(() -> get(session, path));
                long[] millis = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    get(session, path);
                    millis[i] = (System.nanoTime() - t) / 1_000_000;
                }
                Arrays.sort(millis);
                String bytes = first.headers()
                        .firstValue("Content-Length")
                        .orElse(String.valueOf(first.body().length()));
                lines.add("%-34s %6d %10d %10d %10d %10s %6s  %s"
                        .formatted(
                                "/plans/{id}" + view,
                                first.statusCode(),
                                millis[0],
                                millis[runs / 2],
                                millis[runs - 1],
                                bytes,
                                first.statusCode() == 200 ? String.valueOf(statements[0]) : "-",
                                target(view, Long.parseLong(bytes), millis[runs / 2])));
            }
            lines.addAll(underLoad(plan, session));
            String report = String.join(System.lineSeparator(), lines);
            System.out.println(report);
            Path file = Files.createDirectories(Path.of("target", "bench")).resolve("plan-views.txt");
            Files.writeString(file, report + System.lineSeparator());
            assertThat(lines).hasSizeGreaterThan(VIEWS.size() + 1);
        } finally {
            world.delete();
        }
    }

    /** The target of a view of the timed runs, and whether its figure meets it. */
    private static String target(String view, long bytes, long medianMillis) {
        return switch (view) {
            case "/export.pdf" -> verdict("median <= 3000 ms", medianMillis <= 3000);
            case "/export.xlsx" -> verdict("median <= 1000 ms", medianMillis <= 1000);
            default ->
                LOADED_VIEWS.contains(view) ? verdict("<= 300 KB of HTML", bytes <= MAX_FIRST_RESPONSE_BYTES) : "";
        };
    }

    private static String verdict(String target, boolean met) {
        return target + (met ? "  met" : "  MISSED");
    }

    /**
     * wrk at 20 connections, bounded in time: the floor (a trivial page, signed in), the mission
     * list and the demo plan's pages against half the floor's rate, the large plan's views against
     * a 95th percentile of 150 ms.
     */
    private List<String> underLoad(LargePlan plan, HttpSession viewer) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 10);
        var generator = LoadGenerator.find(20, seconds);
        if (generator.isEmpty()) {
            return List.of(
                    "", "Under load: skipped, no wrk on the PATH (apt-get install wrk; or -Dbench.wrk=/path/to/wrk)");
        }
        var reviewer = new HttpSession(port);
        reviewer.signIn("reviewer", HttpSession.DEMO_PASSWORD);
        Long demoPlan = jdbc.query("""
                select plan_id from plan_task where plan_id <> ? group by plan_id
                 order by abs(count(*) - 18), plan_id limit 1""", rs -> rs.next() ? rs.getLong(1) : null, plan.planId());

        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Under load: wrk, %d connections, %d s per page, gzip accepted".formatted(20, seconds));
        lines.add("%-34s %10s %8s %8s %8s  %s".formatted("page", "req/s", "p50 ms", "p95 ms", "errors", "target"));
        var floor = generator.get().run(url("/about/data"), reviewer.cookieHeader());
        lines.add(row("floor: /about/data", floor, "-"));
        List<String> demoPages = new ArrayList<>(List.of("/missions"));
        if (demoPlan != null) {
            DEMO_PLAN_PAGES.forEach(page -> demoPages.add("/plans/" + demoPlan + page));
        }
        for (String page : demoPages) {
            var load = generator.get().run(url(page), reviewer.cookieHeader());
            double half = floor.requestsPerSecond() / 2;
            lines.add(row(
                    page.replace("/plans/" + demoPlan, "/plans/{demo}"),
                    load,
                    verdict(
                            ">= %.0f req/s".formatted(half),
                            load.requests() > 0 && load.requestsPerSecond() >= half && load.errors() == 0)));
        }
        for (String view : LOADED_VIEWS) {
            var load = generator.get().run(url("/plans/" + plan.planId() + view), viewer.cookieHeader());
            lines.add(row(
                    "/plans/{1,000 tasks}" + view,
                    load,
                    verdict(
                            "p95 <= 150 ms",
                            load.requests() > 0 && load.p95Millis() <= MAX_P95_MILLIS && load.errors() == 0)));
        }
        return lines;
    }

    private static String row(String page, LoadGenerator.Load load, String target) {
        return "%-34s %10.1f %8.1f %8.1f %8d  %s"
                .formatted(
                        page, load.requestsPerSecond(), load.medianMillis(), load.p95Millis(), load.errors(), target);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static HttpResponse<String> get(HttpSession session, String path) {
        return session.send(session.request(path).GET().build());
    }
}
