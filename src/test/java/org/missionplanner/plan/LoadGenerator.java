package org.missionplanner.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs wrk against one URL with a session cookie, bounded in time, and reads its figures: requests
 * per second, median and 95th-percentile latency, errors (non-2xx answers and socket errors). wrk
 * prints no 95th percentile of its own; a small Lua {@code done} hook writes it.
 */
record LoadGenerator(String wrk, int connections, int seconds) {

    /** What one run measured. */
    record Load(double requestsPerSecond, double medianMillis, double p95Millis, long requests, long errors) {}

    private static final String DONE_HOOK = """
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("RESULT %d %d %d %.2f %.2f\\n", summary.requests,
                e.status + e.connect + e.read + e.write + e.timeout, summary.duration,
                latency:percentile(50) / 1000, latency:percentile(95) / 1000))
            end
            """;

    /** The wrk on the PATH (or named by {@code bench.wrk}), if there is one. */
    static Optional<LoadGenerator> find(int connections, int seconds) {
        String wrk = System.getProperty("bench.wrk", "wrk");
        try {
            Process probe = new ProcessBuilder(wrk, "--version")
                    .redirectErrorStream(true)
                    .start();
            probe.getInputStream().readAllBytes();
            probe.waitFor(10, TimeUnit.SECONDS);
            return Optional.of(new LoadGenerator(wrk, connections, seconds));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    Load run(String url, String cookieHeader) throws IOException, InterruptedException {
        Path hook = Files.createDirectories(Path.of("target", "bench")).resolve("p95.lua");
        Files.writeString(hook, DONE_HOOK);
        Process process = new ProcessBuilder(List.of(
                        wrk,
                        "-t" + Math.min(2, connections),
                        "-c" + connections,
                        "-d" + seconds + "s",
                        "--timeout",
                        "10s",
                        "-s",
                        hook.toString(),
                        "-H",
                        "Cookie: " + cookieHeader,
                        "-H",
                        "Accept-Encoding: gzip",
                        url))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk did not stop: " + output);
        }
        String result = output.lines()
                .filter(line -> line.startsWith("RESULT "))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no figures from wrk: " + output));
        String[] f = result.split(" ");
        long requests = Long.parseLong(f[1]);
        long micros = Long.parseLong(f[3]);
        return new Load(
                requests / (micros / 1_000_000.0),
                Double.parseDouble(f[4]),
                Double.parseDouble(f[5]),
                requests,
                Long.parseLong(f[2]));
    }
}
