package org.missionplanner.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.missionplanner.MissionPlannerApplication;
import org.missionplanner.support.HttpSession;
import org.missionplanner.support.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two instances of the application on one database, as behind a load balancer: a browser signed
 * in on one goes on working on the other, also after the first has stopped, and every write the
 * first acknowledged before it stopped is there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIntegrationTests {

    private static final String PASSWORD = "Two-Instances-2026";

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        first = start();
        second = start();
    }

    @AfterAll
    static void stop() {
        for (var instance : new ConfigurableApplicationContext[] {first, second}) {
            if (instance != null && instance.isActive()) {
                instance.close();
            }
        }
    }

    @Test
    @Order(2) // stops the first instance
    void signedInOnOneInstanceWorksOnTheOtherAndSurvivesTheFirstStoppingMidLoad() throws Exception {
        String username = newUser();
        HttpSession onFirst = new HttpSession(port(first));
        HttpResponse<String> signIn = onFirst.signIn(username, PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        HttpSession onSecond = onFirst.onPort(port(second));

        // the session, its CSRF token and a flash attribute written on one instance are read on the other
        onFirst.get("/account");
        assertThat(onFirst.postForm("/account/tokens", Map.of("name", "before-stop"))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> account = onSecond.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("before-stop").contains("data-testid=\"issued-token\"");

        // writes on the first instance while it stops: those it answered must all be kept
        AtomicBoolean stopping = new AtomicBoolean();
        List<String> acknowledged = new ArrayList<>();
        CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 200; i++) {
                String name = "load-" + i;
                try {
                    if (onFirst.postForm("/account/tokens", Map.of("name", name))
                                    .statusCode()
                            == 302) {
                        acknowledged.add(name);
                    }
                } catch (IllegalStateException refusedAfterStop) {
                    return;
                }
                if (i == 3) {
                    stopping.set(true);
                }
            }
        });
        while (!stopping.get() && !load.isDone()) {
            Thread.sleep(10);
        }
        first.close();
        load.get(60, TimeUnit.SECONDS);

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(4);
        HttpResponse<String> afterStop = onSecond.get("/account");
        assertThat(afterStop.statusCode()).isEqualTo(200);
        assertThat(afterStop.body()).contains("before-stop");
        assertThat(acknowledged).allSatisfy(name -> assertThat(afterStop.body()).contains(">" + name + "<"));
        // still signed in for writes too: the CSRF token of the session is accepted by the second instance
        assertThat(onSecond.postForm("/account/tokens", Map.of("name", "after-stop"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(onSecond.get("/account").body()).contains("after-stop");
    }

    @Test
    @Order(1)
    void eachInstanceAnswersItsHealthProbesToAnyone() {
        for (var instance : List.of(first, second)) {
            for (String probe : List.of("/actuator/health/readiness", "/actuator/health/liveness")) {
                HttpResponse<String> response = new HttpSession(port(instance)).get(probe);
                assertThat(response.statusCode()).as(probe).isEqualTo(200);
                assertThat(response.body()).contains("\"status\":\"UP\"");
            }
        }
    }

    @Test
    @Order(1)
    void capsTheSessionsOfAUserOverBothInstances() {
        String username = newUser();
        HttpSession oldest = new HttpSession(port(first));
        oldest.signIn(username, PASSWORD);
        assertThat(oldest.get("/account").statusCode()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(new HttpSession(port(second)).signIn(username, PASSWORD).statusCode())
                    .isEqualTo(302);
        }

        HttpResponse<String> expired = oldest.get("/account");
        assertThat(expired.statusCode()).isEqualTo(302);
        assertThat(expired.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("expired"));
    }

    @Test
    @Order(1)
    void throttlesSignInAttemptsOverBothInstancesTogether() {
        String username = newUser();
        for (int i = 0; i < 5; i++) {
            var instance = i % 2 == 0 ? first : second;
            assertThat(new HttpSession(port(instance))
                            .signIn(username, "a wrong password")
                            .headers()
                            .firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        for (var instance : List.of(first, second)) {
            assertThat(new HttpSession(port(instance))
                            .signIn(username, "a wrong password")
                            .headers()
                            .firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?throttled"));
        }
    }

    private static String newUser() {
        var jdbc = second.getBean(JdbcTemplate.class);
        String username = TestUsers.uniqueName("cluster");
        new TestUsers(jdbc, second.getBean(PasswordEncoder.class)).create(username, "USER", PASSWORD);
        return username;
    }

    private static ConfigurableApplicationContext start() {
        // arguments, not default properties: application.properties sets server.port
        return new SpringApplicationBuilder(MissionPlannerApplication.class).run("--server.port=0");
    }

    private static int port(ConfigurableApplicationContext instance) {
        return instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
