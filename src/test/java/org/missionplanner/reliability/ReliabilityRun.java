package org.missionplanner.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.HttpSession;
import org.missionplanner.support.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reliability run of issue 13: concurrent clients edit a few plans through the JSON API while
 * (1) nothing else happens, (2) PostgreSQL restarts, (3) the application instance is killed with
 * SIGKILL mid-write and started again, several times. Then it checks that no acknowledged write was
 * lost and that the database's invariants hold, and prints every figure beside its target.
 *
 * <p>The application runs as an OS process of its own ({@link ApplicationProcess}), on loopback,
 * against the tests' throwaway database ({@link TestDatabase}, dropped when this JVM ends). Not part
 * of the test suite: its name does not end in "Tests", so Surefire runs it only when asked
 * ({@code scripts/reliability/run.sh}). The report is kept in {@code target/reliability/report.txt}.
 */
@Tag("reliability")
class ReliabilityRun {

    static final Duration MAX_RECOVERY = Duration.ofSeconds(30);
    private static final Pattern TOKEN_FIELD = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final int clients = Integer.getInteger("reliability.clients", 20);
    private final int planCount = Integer.getInteger("reliability.plans", 5);
    private final Duration load = Duration.ofSeconds(Integer.getInteger("reliability.seconds", 120));
    private final Duration restartLoad = Duration.ofSeconds(Integer.getInteger("reliability.restart-seconds", 60));
    private final int kills = Integer.getInteger("reliability.kills", 3);
    private final Duration settle = Duration.ofSeconds(Integer.getInteger("reliability.settle-seconds", 10));

    private final List<String> report = new ArrayList<>();
    private final List<String> missed = new ArrayList<>();

    @Test
    void editPlansThroughRestartsAndKills() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "reliability"));
        var database = TestDatabase.get();
        var jdbc =
                new JdbcTemplate(new DriverManagerDataSource(database.url(), database.username(), database.password()));
        var restart = new PostgresRestart(jdbc, database.url());
        var ledger = new WriteLedger();
        try (var app = new ApplicationProcess(database, folder)) {
            app.start();
            Duration firstStart = app.awaitReady(Duration.ofMinutes(4));
            line("Reliability run %s, commit %s: %d clients, %d plans, application pid %d on %s (first start %.1f s)"
                    .formatted(
                            Instant.now(),
                            System.getProperty("reliability.commit", "unknown"),
                            clients,
                            planCount,
                            app.pid(),
                            app.baseUrl(),
                            seconds(firstStart)));

            List<String> tokens = tokens(app.baseUrl(), clients);
            long missionId = jdbc.queryForObject("select id from mission where acronym = 'UNMIL'", Long.class);
            List<String> parties = new ArrayList<>();
            jdbc.queryForList("select id from org_unit where mission_id = ? order by id limit 4", Long.class, missionId)
                    .forEach(id -> parties.add("unit-" + id));
            jdbc.queryForList("select id from organisation order by id limit 2", Long.class)
                    .forEach(id -> parties.add("organisation-" + id));
            List<Long> plans = plans(app.baseUrl(), tokens.get(0), missionId, ledger);
            var editors = new PlanEditors(app.baseUrl(), tokens, plans, parties, ledger);

            // 1. load alone
            editors.phase("load");
            editors.run(clients, load);
            phaseFigures(editors, "load", "1. Load: %d clients for %d s".formatted(clients, load.toSeconds()));

            // 2. PostgreSQL restart under load
            Optional<String> cannotRestart = restart.unavailable();
            if (cannotRestart.isPresent()) {
                line("");
                line("2. PostgreSQL restart under load: SKIPPED, " + cannotRestart.get());
            } else {
                editors.phase("restart");
                editors.start(clients, restartLoad.plus(Duration.ofMinutes(2)));
                Thread.sleep(restartLoad.toMillis() / 4);
                var outage = editors.outageBegins("PostgreSQL restart");
                Duration command = restart.restart();
                outage.expectService();
                Thread.sleep(restartLoad.toMillis() * 3 / 4);
                awaitRecovery(outage, Duration.ofSeconds(60));
                editors.stop();
                phaseFigures(
                        editors,
                        "restart",
                        "2. PostgreSQL restart under load: %d clients for %d s, restart after %d s"
                                .formatted(clients, restartLoad.toSeconds(), restartLoad.toSeconds() / 4));
                Duration recovery = outage.recovery();
                figure(
                        "recovery: restart to first acknowledged write",
                        recovery == null ? "never" : "%.1f s".formatted(seconds(recovery)),
                        "<= 30 s",
                        recovery != null && recovery.compareTo(MAX_RECOVERY) <= 0);
                line("   (pg_ctlcluster restart itself took %.1f s)".formatted(seconds(command)));
            }

            // 3. kill -9 of the instance mid-write, started again each time
            editors.phase("kill");
            editors.start(clients, Duration.ofMinutes(4L * kills + 2));
            List<String> cycles = new ArrayList<>();
            for (int i = 1; i <= kills; i++) {
                Thread.sleep(settle.toMillis());
                int inFlight = awaitWritesInFlight(editors);
                long pid = app.pid();
                var outage = editors.outageBegins("kill -9 #" + i);
                outage.expectService();
                app.kill();
                app.start();
                Duration startup = app.awaitReady(Duration.ofMinutes(3));
                awaitRecovery(outage, Duration.ofSeconds(60));
                Duration recovery = outage.recovery();
                cycles.add(
                        "   kill #%d: pid %d killed with %d writes in flight; new instance ready after %.1f s; first acknowledged write %s after the kill"
                                .formatted(
                                        i,
                                        pid,
                                        inFlight,
                                        seconds(startup),
                                        recovery == null ? "never" : "%.1f s".formatted(seconds(recovery))));
                if (recovery == null) {
                    missed.add("kill #" + i + ": no acknowledged write after the restart");
                }
            }
            Thread.sleep(settle.toMillis());
            editors.stop();
            phaseFigures(
                    editors,
                    "kill",
                    "3. kill -9 under load: %d clients, %d kills %d s apart, the instance started again after each"
                            .formatted(clients, kills, settle.toSeconds()));
            cycles.forEach(this::line);

            app.close();
            verify(jdbc, plans, ledger, editors);
        } finally {
            try {
                TestDatabase.dropNow();
                line("");
                line("Cleaned up: the application process stopped, the throwaway database dropped.");
            } catch (RuntimeException e) {
                line("");
                line("Could not drop the throwaway database " + database.url() + ": " + e.getMessage());
            }
            String text = String.join(System.lineSeparator(), report);
            System.out.println(text);
            Files.writeString(folder.resolve("report.txt"), text + System.lineSeparator());
        }
        assertThat(missed).as("targets missed").isEmpty();
    }

    /** After the run: acknowledged writes against the database, and the invariants. */
    private void verify(JdbcTemplate jdbc, List<Long> plans, WriteLedger ledger, PlanEditors editors) {
        var invariants = new DatabaseInvariants(jdbc, plans);
        List<String> lost = ledger.check(invariants.stored());
        List<String> broken = invariants.broken();
        List<String> anomalies = editors.anomalies();
        line("");
        line("Afterwards, in the database (%d tasks in the %d plans):".formatted(invariants.tasks(), plans.size()));
        figure("acknowledged writes, all phases", String.valueOf(ledger.acknowledgedWrites()), "", true);
        figure("lost or inconsistent acknowledged writes", String.valueOf(lost.size()), "0", lost.isEmpty());
        lost.stream().limit(20).forEach(l -> line("     " + l));
        figure(
                "broken invariants (one lead, positions, versions)",
                String.valueOf(broken.size()),
                "0",
                broken.isEmpty());
        broken.forEach(b -> line("     " + b));
        figure(
                "anomalies seen by clients (versions, other 4xx)",
                String.valueOf(anomalies.size()),
                "0",
                anomalies.isEmpty());
        anomalies.stream().limit(20).forEach(a -> line("     " + a));
    }

    private void phaseFigures(PlanEditors editors, String phase, String title) {
        line("");
        line(title);
        Map<String, Long> counts = editors.countsOf(phase);
        List<PlanEditors.ServerError> errors = editors.serverErrors().stream()
                .filter(e -> e.phase().equals(phase))
                .toList();
        long expected503 = errors.stream()
                .filter(e -> e.status() == 503 && editors.duringOutage(e))
                .count();
        List<PlanEditors.ServerError> failures = errors.stream()
                .filter(e -> e.status() != 503 || !editors.duringOutage(e))
                .toList();
        figure("requests", String.valueOf(counts.getOrDefault("requests", 0L)), "", true);
        figure("acknowledged writes", String.valueOf(counts.getOrDefault("writes acknowledged", 0L)), "", true);
        figure("409 conflicts", String.valueOf(counts.getOrDefault("409 conflicts", 0L)), "", true);
        figure(
                "404 (part deleted meanwhile)",
                String.valueOf(counts.getOrDefault("404 (deleted meanwhile)", 0L)),
                "",
                true);
        counts.forEach((what, n) -> {
            if (what.contains("unanswered")) {
                figure(what, String.valueOf(n), "", true);
            }
        });
        figure("503 during an outage (expected)", String.valueOf(expected503), "", true);
        figure("5xx otherwise", String.valueOf(failures.size()), "0", failures.isEmpty());
        failures.stream()
                .limit(10)
                .forEach(e -> line("     %d %s: %s"
                        .formatted(e.status(), e.request(), e.body().replace('\n', ' '))));
    }

    private void figure(String what, String value, String target, boolean met) {
        line("   %-52s %10s  %s".formatted(what, value, target.isEmpty() ? "" : target + (met ? "  met" : "  MISSED")));
        if (!met) {
            missed.add(what + ": " + value + " (target " + target + ")");
        }
    }

    private void line(String text) {
        report.add(text);
    }

    /** Signs in as the demo planner and creates one API token per client over the API. */
    private static List<String> tokens(String baseUrl, int count) {
        var planner = new HttpSession(baseUrl);
        var signedIn = planner.signIn("planner", HttpSession.DEMO_PASSWORD);
        assertThat(signedIn.statusCode()).as("sign-in of the demo planner").isEqualTo(302);
        planner.get("/account");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> created = planner.send(planner.request("/api/v1/tokens")
                    .header("Content-Type", "application/json")
                    .header("X-CSRF-TOKEN", planner.csrfToken())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"reliability client " + i + "\"}"))
                    .build());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            Matcher matcher = TOKEN_FIELD.matcher(created.body());
            assertThat(matcher.find()).isTrue();
            tokens.add(matcher.group(1));
        }
        return tokens;
    }

    /** Starts the plans over the API, as drafts of the mission. */
    private List<Long> plans(String baseUrl, String token, long missionId, WriteLedger ledger) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var json = JsonMapper.builder().build();
        List<Long> plans = new ArrayList<>();
        for (int i = 1; i <= planCount; i++) {
            String title = "Reliability plan " + i;
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/missions/" + missionId + "/plans"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("""
                                    {"kind": "COMPONENT_PLAN", "title": "%s", "periodStart": "2026-01-01",
                                     "periodEnd": "2027-12-31"}""".formatted(title)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long id = json.readTree(created.body()).get("id").asLong();
            ledger.created("plan-" + id, title);
            plans.add(id);
        }
        return plans;
    }

    private static void awaitRecovery(PlanEditors.Outage outage, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (outage.recoveredNanos == 0 && System.nanoTime() - deadline < 0) {
            Thread.sleep(100);
        }
    }

    /** Waits (at most 10 s) until some write is under way, so that the kill lands mid-write. */
    private static int awaitWritesInFlight(PlanEditors editors) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int inFlight = editors.writesInFlight();
        while (inFlight == 0 && System.nanoTime() - deadline < 0) {
            Thread.sleep(5);
            inFlight = editors.writesInFlight();
        }
        return inFlight;
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
