package org.missionplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.admin.ApiTokens;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.HttpSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A client retrying an API POST with the same Idempotency-Key creates once, over real HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IdempotencyKeyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApiTokens tokens;

    PlanWorld world;
    String token;
    long plan;

    @BeforeEach
    void createPlan() {
        world = PlanWorld.create(jdbc, encoder);
        token = tokens.create(world.plannerUsername(), "retrying client", null).token();
        HttpResponse<String> created = post("/api/v1/missions/" + world.missionId() + "/plans", null, """
                {"kind": "INTEGRATED_STRATEGIC_FRAMEWORK", "title": "Retried ISF", "periodStart": "2026-01-01",
                 "periodEnd": "2027-12-31", "sharedVision": "A stable country"}""");
        assertThat(created.statusCode()).isEqualTo(201);
        plan = Long.parseLong(
                created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
    }

    @AfterEach
    void deleteWorld() {
        jdbc.update("delete from api_idempotent_request where owner = ?", world.plannerUsername());
        world.delete();
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post(risks(), key, risk("Vetting is refused"));
        HttpResponse<String> retry = post(risks(), key, risk("Vetting is refused"));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue(IdempotentRequests.REPLAYED)).isEmpty();
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue(IdempotentRequests.REPLAYED)).hasValue("true");
        assertThat(retry.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(risksInPlan()).isOne();
    }

    @Test
    void withoutAKeyOrWithAnotherKeyEachPostCreates() {
        post(risks(), null, risk("Vetting is refused"));
        post(risks(), null, risk("Vetting is refused"));
        post(risks(), UUID.randomUUID().toString(), risk("Vetting is refused"));
        post(risks(), UUID.randomUUID().toString(), risk("Vetting is refused"));
        assertThat(risksInPlan()).isEqualTo(4);
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        assertThat(post(risks(), key, risk("Vetting is refused")).statusCode()).isEqualTo(201);
        HttpResponse<String> other = post(risks(), key, risk("Spoilers attack the sites"));
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(other.body()).contains("already used for a different request");
        assertThat(risksInPlan()).isOne();
    }

    @Test
    void aMalformedKeyIsRefusedBeforeAnythingIsDone() {
        HttpResponse<String> refused = post(risks(), "x".repeat(256), risk("Vetting is refused"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Idempotency-Key must be 1 to 255 visible ASCII characters");
        assertThat(risksInPlan()).isZero();
    }

    @Test
    void aRefusedRequestIsAnsweredTheSameOnRetryAndAServerSideFailureIsNotKept() {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> invalid = post(risks(), key, "{\"description\": \"\"}");
        HttpResponse<String> retried = post(risks(), key, "{\"description\": \"\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(retried.statusCode()).isEqualTo(400);
        assertThat(retried.headers().firstValue(IdempotentRequests.REPLAYED)).hasValue("true");
        assertThat(retried.body()).isEqualTo(invalid.body());
    }

    @Test
    void theSameKeyBelongsToEachUserSeparately() {
        String key = UUID.randomUUID().toString();
        String othersToken =
                tokens.create("planner", "another user's client", null).token();
        assertThat(post(risks(), key, risk("Vetting is refused")).statusCode()).isEqualTo(201);
        // planner is no member of this world's mission: the other user's request is judged on its own
        HttpResponse<String> others = send(HttpRequest.newBuilder(new HttpSession(port).uri(risks()))
                .header("Authorization", "Bearer " + othersToken)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(risk("Vetting is refused")))
                .build());
        assertThat(others.statusCode()).isEqualTo(403);
        assertThat(others.headers().firstValue(IdempotentRequests.REPLAYED)).isEmpty();
        jdbc.update("delete from api_idempotent_request where owner = 'planner'");
    }

    @Test
    void parallelRetriesCreateOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        List<Callable<Integer>> retries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            retries.add(() -> post(risks(), key, risk("Vetting is refused")).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        var executor = Executors.newFixedThreadPool(6);
        try {
            for (var answer : executor.invokeAll(retries)) {
                statuses.add(answer.get());
            }
        } finally {
            executor.shutdown();
        }
        // each retry either got the one answer or was told the first is still being worked on
        assertThat(statuses).containsAnyOf(201).allMatch(status -> status == 201 || status == 409);
        assertThat(risksInPlan()).isOne();
    }

    private String risks() {
        return "/api/v1/plans/" + plan + "/risks";
    }

    private String risk(String description) {
        return """
                {"description": "%s", "dilemma": "LOCAL_OWNERSHIP", "likelihood": "HIGH", "impact": "MEDIUM",
                 "mitigation": "Agree vetting with the ministry", "owner": "unit-%d"}""".formatted(description, world.policeUnitId());
    }

    private int risksInPlan() {
        return jdbc.queryForObject("select count(*) from plan_risk where plan_id = ?", Integer.class, plan);
    }

    private HttpResponse<String> post(String path, String key, String json) {
        var request = HttpRequest.newBuilder(new HttpSession(port).uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return new HttpSession(port).send(request);
    }
}
