package org.missionplanner.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.missionplanner.shared.OncePerCluster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The answers kept for API requests sent with an {@code Idempotency-Key}, one row per user and key
 * in {@code api_idempotent_request}. Each statement commits on its own: a claim must be visible to a
 * parallel retry before the request's work starts.
 */
@Component
class IdempotencyRecords {

    /** How long an answer is kept for a retry. */
    static final Duration KEPT_FOR = Duration.ofHours(24);

    /** After this long without an answer, a claim is taken to be abandoned (its instance died). */
    static final Duration ABANDONED_AFTER = Duration.ofSeconds(30);

    /** The clean-up's advisory lock key ("MPIDEM" in ASCII). */
    static final long LOCK_KEY = 0x4D504944454DL;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OncePerCluster once;

    IdempotencyRecords(JdbcClient jdbc, Clock clock, OncePerCluster once) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.once = once;
    }

    /** What a request with this key finds: nothing (it now holds the claim), or an earlier request's record. */
    Optional<Existing> claim(String owner, String key, String fingerprint) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        int claimed = jdbc.sql("""
                        insert into api_idempotent_request (owner, idempotency_key, fingerprint, claimed_at)
                        values (:owner, :key, :fingerprint, :now)
                        on conflict (owner, idempotency_key) do update
                        set fingerprint = excluded.fingerprint, claimed_at = excluded.claimed_at,
                            completed_at = null, status = null, content_type = null, location = null, body = null
                        where api_idempotent_request.claimed_at < :expired
                           or (api_idempotent_request.completed_at is null
                               and api_idempotent_request.fingerprint = excluded.fingerprint
                               and api_idempotent_request.claimed_at < :abandoned)""")
                .param("owner", owner)
                .param("key", key)
                .param("fingerprint", fingerprint)
                .param("now", now)
                .param("expired", Timestamp.from(now.toInstant().minus(KEPT_FOR)))
                .param("abandoned", Timestamp.from(now.toInstant().minus(ABANDONED_AFTER)))
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select fingerprint, completed_at is not null, status, content_type, location, body
                        from api_idempotent_request where owner = :owner and idempotency_key = :key""")
                .param("owner", owner)
                .param("key", key)
                .query((row, number) -> new Existing(
                        row.getString(1),
                        row.getBoolean(2),
                        row.getInt(3),
                        row.getString(4),
                        row.getString(5),
                        row.getBytes(6)))
                .optional()
                // the earlier record expired and was deleted in between: claim again
                .or(() -> claim(owner, key, fingerprint));
    }

    void complete(String owner, String key, Answer answer) {
        jdbc.sql("""
                        update api_idempotent_request
                        set completed_at = :now, status = :status, content_type = :type, location = :location, body = :body
                        where owner = :owner and idempotency_key = :key""")
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("status", answer.status())
                .param("type", answer.contentType())
                .param("location", answer.location())
                .param("body", answer.body())
                .param("owner", owner)
                .param("key", key)
                .update();
    }

    /** The request failed without an answer worth keeping (a server error): a retry does the work again. */
    void release(String owner, String key) {
        jdbc.sql(
                        "delete from api_idempotent_request where owner = :owner and idempotency_key = :key and completed_at is null")
                .param("owner", owner)
                .param("key", key)
                .update();
    }

    @Scheduled(cron = "${app.idempotency.cleanup-cron:0 23 * * * *}")
    void forgetExpired() {
        once.run(
                LOCK_KEY,
                () -> jdbc.sql("delete from api_idempotent_request where claimed_at < :expired")
                        .param("expired", Timestamp.from(Instant.now(clock).minus(KEPT_FOR)))
                        .update());
    }

    /** An answer as it is kept and given again. */
    record Answer(int status, String contentType, String location, byte[] body) {}

    /** The record an earlier request with the same key left. */
    record Existing(
            String fingerprint, boolean completed, int status, String contentType, String location, byte[] body) {

        Answer answer() {
            return new Answer(status, contentType, location, body);
        }
    }
}
