package org.missionplanner.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clients editing a few plans at once through the JSON API, each with its own bearer token: they
 * read a plan's tasks, then change one (with the version read), add one, delete one, or change the
 * plan's header. A 409 is counted and the client reads again; no answer, or a 503, and it waits a
 * little and goes on. Every write goes into the {@link WriteLedger}; every answer is counted in the
 * current phase. Outages (a database restart, a killed instance) are announced with
 * {@link #outageBegins}: the first write sent after {@link Outage#serviceExpectedFrom} and
 * acknowledged ends it, and a 503 answered during one is expected.
 */
final class PlanEditors {

    static final int MIN_TASKS = 3;
    static final int MAX_TASKS = 14;

    /**
     * An outage: when it began, from when writes may succeed again (none before {@link #expectService}:
     * a write sent before the database went down is no recovery), when the first one did.
     */
    static final class Outage {
        final String label;
        final long beganNanos;
        volatile boolean serviceExpected;
        volatile long serviceExpectedFrom;
        volatile long recoveredNanos;

        Outage(String label, long beganNanos) {
            this.label = label;
            this.beganNanos = beganNanos;
        }

        /** Writes sent from now on count as the recovery. */
        void expectService() {
            serviceExpectedFrom = System.nanoTime();
            serviceExpected = true;
        }

        Duration recovery() {
            return recoveredNanos == 0 ? null : Duration.ofNanos(recoveredNanos - beganNanos);
        }
    }

    /** A server error: what was asked, when, and the start of the answer. */
    record ServerError(String phase, int status, String request, long sentNanos, long answeredNanos, String body) {}

    private final String baseUrl;
    private final List<String> tokens;
    private final List<Long> planIds;
    private final List<String> parties;
    private final WriteLedger ledger;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final List<ServerError> serverErrors = Collections.synchronizedList(new ArrayList<>());
    private final List<Outage> outages = Collections.synchronizedList(new ArrayList<>());
    private final List<String> anomalies = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger writesInFlight = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();
    private volatile String phase = "setup";
    private volatile boolean stopped;
    private ExecutorService pool;
    private List<Future<?>> running;

    PlanEditors(String baseUrl, List<String> tokens, List<Long> planIds, List<String> parties, WriteLedger ledger) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.planIds = planIds;
        this.parties = parties;
        this.ledger = ledger;
    }

    void phase(String name) {
        this.phase = name;
    }

    /** Starts {@code clients} clients; they edit until {@link #stop} or until {@code limit} has passed. */
    synchronized void start(int clients, Duration limit) {
        if (pool != null) {
            throw new IllegalStateException("the clients are running already");
        }
        stopped = false;
        long deadline = System.nanoTime() + limit.toNanos();
        pool = Executors.newFixedThreadPool(clients);
        running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String token = tokens.get(i % tokens.size());
            int client = i;
            running.add(pool.submit(() -> edit(client, token, deadline)));
        }
        pool.shutdown();
    }

    /** Stops the clients and waits for each to finish its request under way. */
    synchronized void stop() throws InterruptedException {
        stopped = true;
        if (!pool.awaitTermination(120, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("the clients did not stop");
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a client failed", e.getCause());
            }
        }
        pool = null;
    }

    /** Runs {@code clients} clients for {@code duration}. */
    void run(int clients, Duration duration) throws InterruptedException {
        start(clients, duration);
        Thread.sleep(duration.toMillis());
        stop();
    }

    Outage outageBegins(String label) {
        Outage outage = new Outage(label, System.nanoTime());
        outages.add(outage);
        return outage;
    }

    int writesInFlight() {
        return writesInFlight.get();
    }

    long count(String phase, String what) {
        LongAdder adder = counts.get(phase + "|" + what);
        return adder == null ? 0 : adder.sum();
    }

    Map<String, Long> countsOf(String phase) {
        Map<String, Long> result = new java.util.TreeMap<>();
        counts.forEach((key, value) -> {
            if (key.startsWith(phase + "|")) {
                result.put(key.substring(phase.length() + 1), value.sum());
            }
        });
        return result;
    }

    List<ServerError> serverErrors() {
        return List.copyOf(serverErrors);
    }

    List<Outage> outages() {
        return List.copyOf(outages);
    }

    List<String> anomalies() {
        return List.copyOf(anomalies);
    }

    /** Whether a server error was answered while an outage lasted (from its start to its recovery). */
    boolean duringOutage(ServerError error) {
        synchronized (outages) {
            return outages.stream()
                    .anyMatch(o -> error.answeredNanos() - o.beganNanos >= 0
                            && (o.recoveredNanos == 0 || error.sentNanos() - o.recoveredNanos <= 0));
        }
    }

    // --- one client ---

    private void edit(int client, String token, long deadline) {
        var random = ThreadLocalRandom.current();
        while (!stopped && System.nanoTime() - deadline < 0) {
            long planId = planIds.get(random.nextInt(planIds.size()));
            int choice = random.nextInt(100);
            boolean answered;
            if (choice < 8) {
                answered = changePlan(client, token, planId);
            } else {
                List<long[]> tasks = tasks(token, planId);
                if (tasks == null) {
                    answered = false;
                } else if (choice < 28 && tasks.size() < MAX_TASKS || tasks.size() < MIN_TASKS) {
                    answered = addTask(client, token, planId);
                } else if (choice < 40 && tasks.size() > MIN_TASKS) {
                    answered = deleteTask(token, planId, tasks.get(random.nextInt(tasks.size())));
                } else {
                    answered = changeTask(client, token, planId, tasks.get(random.nextInt(tasks.size())));
                }
            }
            if (!answered) {
                pause(300);
            }
        }
    }

    /** The plan's tasks as {id, version}; null when unanswered. */
    private List<long[]> tasks(String token, long planId) {
        long sent = System.nanoTime();
        HttpResponse<String> response = send(token, "GET", "/api/v1/plans/" + planId + "/tasks", null, false);
        if (response == null || response.statusCode() != 200) {
            return null;
        }
        List<long[]> tasks = new ArrayList<>();
        for (JsonNode task : json.readTree(response.body())) {
            long id = task.get("id").asLong();
            long version = task.get("version").asLong();
            if (ledger.wentBackwards("task-" + id, version, sent)) {
                count("version went backwards");
                anomalies.add("task-" + id + " read at version " + version + " after a later version was acknowledged");
            }
            tasks.add(new long[] {id, version});
        }
        return tasks;
    }

    private boolean addTask(int client, String token, long planId) {
        String title = title(client);
        String lead = lead();
        HttpResponse<String> response =
                send(token, "POST", "/api/v1/plans/" + planId + "/tasks", taskBody(title, lead, null), true);
        if (response == null || response.statusCode() >= 500) {
            // a task may have been added; it has no key we know, and nothing else depends on it
            return response != null && response.statusCode() != 503;
        }
        if (response.statusCode() == 201) {
            long id = json.readTree(response.body()).get("id").asLong();
            ledger.created("task-" + id, title + "|" + lead);
        }
        return true;
    }

    private boolean changeTask(int client, String token, long planId, long[] task) {
        String key = "task-" + task[0];
        String title = title(client);
        String lead = lead();
        HttpResponse<String> response = send(
                token, "PUT", "/api/v1/plans/" + planId + "/tasks/" + task[0], taskBody(title, lead, task[1]), true);
        return recordChange(key, task[1], title + "|" + lead, response);
    }

    private boolean deleteTask(String token, long planId, long[] task) {
        String key = "task-" + task[0];
        HttpResponse<String> response = send(
                token, "DELETE", "/api/v1/plans/" + planId + "/tasks/" + task[0] + "?version=" + task[1], null, true);
        if (response == null || response.statusCode() >= 500) {
            ledger.deleteUnknown(key);
            return response != null && response.statusCode() != 503;
        }
        if (response.statusCode() == 204) {
            ledger.deleted(key);
        }
        return true;
    }

    private boolean changePlan(int client, String token, long planId) {
        HttpResponse<String> read = send(token, "GET", "/api/v1/plans/" + planId, null, false);
        if (read == null || read.statusCode() != 200) {
            return false;
        }
        JsonNode plan = json.readTree(read.body()).get("plan");
        long version = plan.get("version").asLong();
        String title = "Reliability plan " + title(client);
        String body = """
                {"kind": "%s", "title": "%s", "periodStart": "%s", "periodEnd": "%s", "version": %d}""".formatted(
                        plan.get("kind").asString(),
                        title,
                        plan.get("periodStart").asString(),
                        plan.get("periodEnd").asString(),
                        version);
        return recordChange(
                "plan-" + planId, version, title, send(token, "PUT", "/api/v1/plans/" + planId, body, true));
    }

    private boolean recordChange(String key, long from, String value, HttpResponse<String> response) {
        if (response == null || response.statusCode() >= 500) {
            ledger.changeUnknown(key, value);
            return response != null && response.statusCode() != 503;
        }
        if (response.statusCode() == 200) {
            ledger.changed(key, from, value);
            long version = json.readTree(response.body()).get("version").asLong();
            if (version <= from) {
                count("change answered with an old version");
                anomalies.add(key + ": change from version " + from + " answered with version " + version);
            }
        }
        return true;
    }

    private String taskBody(String title, String lead, Long version) {
        var random = ThreadLocalRandom.current();
        List<String> supporters = new ArrayList<>(parties);
        supporters.remove(lead);
        Collections.shuffle(supporters, random);
        supporters = supporters.subList(0, random.nextInt(3));
        return """
                {"title": "%s", "lead": "%s", "supporters": [%s], "fundingSource": "ASSESSED", "amount": %d.00,
                 "currency": "USD", "horizon": "IMMEDIATE", "status": "ON_TRACK"%s}""".formatted(
                title,
                lead,
                String.join(", ", supporters.stream().map(s -> "\"" + s + "\"").toList()),
                random.nextInt(1, 1_000_000),
                version == null ? "" : ", \"version\": " + version);
    }

    private String title(int client) {
        return "c%02d-%d".formatted(client, sequence.incrementAndGet());
    }

    private String lead() {
        return parties.get(ThreadLocalRandom.current().nextInt(parties.size()));
    }

    // --- HTTP ---

    /**
     * Sends one request and counts its answer; null when there was none (refused, reset, timed
     * out). A write acknowledged (2xx) after an outage began, and sent once service was expected
     * again, ends that outage.
     */
    private HttpResponse<String> send(String token, String method, String path, String body, boolean write) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        long sent = System.nanoTime();
        if (write) {
            writesInFlight.incrementAndGet();
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            count("requests");
            count(write ? "writes unanswered (no connection or reset)" : "reads unanswered (no connection or reset)");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            if (write) {
                writesInFlight.decrementAndGet();
            }
        }
        long answered = System.nanoTime();
        int status = response.statusCode();
        count("requests");
        if (status >= 500) {
            count(status + " answers");
            String start = response.body() == null
                    ? ""
                    : response.body().substring(0, Math.min(300, response.body().length()));
            serverErrors.add(new ServerError(phase, status, method + " " + path, sent, answered, start));
        } else if (status == 409) {
            count("409 conflicts");
        } else if (status == 404) {
            count("404 (deleted meanwhile)");
        } else if (status >= 400) {
            count(status + " answers");
            anomalies.add(method + " " + path + " answered " + status + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        } else if (write) {
            count("writes acknowledged");
            synchronized (outages) {
                for (Outage outage : outages) {
                    if (outage.recoveredNanos == 0
                            && outage.serviceExpected
                            && sent - outage.serviceExpectedFrom >= 0) {
                        outage.recoveredNanos = answered;
                    }
                }
            }
        }
        return response;
    }

    private void count(String what) {
        counts.computeIfAbsent(phase + "|" + what, k -> new LongAdder()).increment();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
