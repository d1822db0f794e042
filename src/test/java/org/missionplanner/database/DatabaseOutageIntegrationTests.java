package org.missionplanner.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.missionplanner.MissionPlannerApplication;
import org.missionplanner.support.HttpSession;
import org.missionplanner.support.TcpGate;
import org.missionplanner.support.TestDatabase;
import org.missionplanner.support.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A real outage: an application whose database connection runs through a {@link TcpGate} to the test
 * PostgreSQL, which the test closes (new connections refused, open ones cut) and opens again. No mock:
 * the pool, the driver and the server behave as they do in production.
 */
class DatabaseOutageIntegrationTests {

    private static final String PASSWORD = "Outage-Test-Passphrase-1";

    static TcpGate gate;
    static ConfigurableApplicationContext app;
    static HttpSession planner;
    static long missionId;

    /** Whether start-up was still waiting 4 s after it began with the gate closed. */
    static boolean stillWaitingWhileTheDatabaseWasDown;

    /**
     * One application for the whole class (each start costs seconds): it starts while the gate is
     * closed, so it has to wait for the database, which comes up 4 s later.
     */
    @BeforeAll
    static void startTheApplicationBeforeItsDatabaseIsUp() throws Exception {
        gate = TcpGate.toTestDatabase();
        var starting = CompletableFuture.supplyAsync(() -> start(gate, "60s"));
        Thread.sleep(4000);
        stillWaitingWhileTheDatabaseWasDown = !starting.isDone();
        gate.open();
        app = starting.get(120, TimeUnit.SECONDS);
        var users = new TestUsers(app.getBean(JdbcTemplate.class), app.getBean(PasswordEncoder.class));
        String username = TestUsers.uniqueName("outage");
        long userId = users.create(username, "USER", PASSWORD);
        missionId = users.createMission(TestUsers.uniqueName("OUT"));
        users.member(userId, missionId, "PLANNER");
        planner = new HttpSession(port(app));
        planner.signIn(username, PASSWORD);
        assertThat(planner.get("/missions/" + missionId).statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        gate.open();
        if (app != null) {
            app.getBean(JdbcTemplate.class).update("delete from mission where id = ?", missionId);
            app.close();
        }
        gate.close();
    }

    @Test
    void anOutageIsA503QuicklyOnTheApiAndThePagesAndTheReadinessProbeSaysDownUntilTheDatabaseIsBack() {
        gate.close();
        try {
            long started = System.nanoTime();
            HttpResponse<String> api = planner.send(planner.request("/api/v1/missions/" + missionId)
                    .header("Accept", "application/json")
                    .build());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(api.body()).contains("\"status\":503", "database cannot be reached");
            assertThat(took).isLessThan(Duration.ofSeconds(8));

            HttpResponse<String> page = planner.get("/missions/" + missionId);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body())
                    .contains("The service is unavailable for a moment")
                    .doesNotContain("Exception");
            assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

            HttpResponse<String> readiness = planner.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
            assertThat(planner.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            gate.open();
        }

        assertThat(eventually(() -> planner.get("/actuator/health/readiness").statusCode()))
                .isEqualTo(200);
        assertThat(planner.send(planner.request("/api/v1/missions/" + missionId)
                                .header("Accept", "application/json")
                                .build())
                        .statusCode())
                .isEqualTo(200);
        assertThat(planner.get("/missions/" + missionId).statusCode()).isEqualTo(200);
    }

    @Test
    void startUpGivesUpAfterTheConfiguredWaitWithOneMessage() {
        var closed = TcpGate.toTestDatabase();
        long started = System.nanoTime();

        assertThatThrownBy(() -> start(closed, "2s"))
                .isInstanceOf(DatabaseUnreachableException.class)
                .hasMessageContaining("127.0.0.1:" + closed.port());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(12));

        var analysis = new DatabaseUnreachableFailureAnalyzer()
                .analyze(new DatabaseUnreachableException(
                        "db:5432", Duration.ofSeconds(2), new java.sql.SQLException("refused")));
        assertThat(analysis.getDescription()).doesNotContain("\n").contains("db:5432", "2 s");
    }

    @Test
    void startUpWaitsForADatabaseThatComesUpLater() {
        assertThat(stillWaitingWhileTheDatabaseWasDown)
                .as("start-up was still waiting while the database was down")
                .isTrue();
        assertThat(new HttpSession(port(app)).get("/actuator/health/readiness").statusCode())
                .isEqualTo(200);
    }

    private static ConfigurableApplicationContext start(TcpGate through, String startupWait) {
        var database = TestDatabase.get();
        List<String> args = new ArrayList<>(List.of(
                "--app.test-database.enabled=false",
                "--app.database.discovery=false",
                "--spring.datasource.url=" + through.jdbcUrlThroughGate(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.datasource.hikari.maximum-pool-size=3",
                "--spring.datasource.hikari.minimum-idle=1",
                "--app.database.startup-wait=" + startupWait,
                "--server.port=0"));
        return new SpringApplicationBuilder(MissionPlannerApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static int eventually(java.util.function.IntSupplier status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int last = status.getAsInt();
        while (last != 200 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = status.getAsInt();
        }
        return last;
    }
}
