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

    static final List<String> VIEWS =
            List.of("", "/matrix", "/timeline", "/coherence", "/monitoring", "/risks", "/export.pdf", "/export.xlsx");

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
            lines.add("%-34s %6s %10s %10s %10s %10s %6s"
                    .formatted("view", "status", "min ms", "median ms", "max ms", "bytes", "SQL"));
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
                lines.add("%-34s %6d %10d %10d %10d %10s %6s"
                        .formatted(
                                "/plans/{id}" + view,
                                first.statusCode(),
                                millis[0],
                                millis[runs / 2],
                                millis[runs - 1],
                                bytes,
                                first.statusCode() == 200 ? String.valueOf(statements[0]) : "-"));
            }
            String report = String.join(System.lineSeparator(), lines);
            System.out.println(report);
            Path file = Files.createDirectories(Path.of("target", "bench")).resolve("plan-views.txt");
            Files.writeString(file, report + System.lineSeparator());
            assertThat(lines).hasSize(VIEWS.size() + 2);
        } finally {
            world.delete();
        }
    }

    private static HttpResponse<String> get(HttpSession session, String path) {
        return session.send(session.request(path).GET().build());
    }
}
