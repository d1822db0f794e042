package org.missionplanner.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.missionplanner.shared.OncePerCluster;
import org.missionplanner.shared.RequestOrigin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts refused requests so that repeating them cannot grow the append-only audit log without
 * bound. Per actor and 10-minute window, the first refusal of each kind (method, path and reason)
 * is written to the audit log, up to {@link #AUDITED_PER_WINDOW} kinds; every refusal, audited or
 * not, is counted in {@code audit_access_denial}, whose counts the audit pages show beside the row.
 */
@Component
class AccessDenials {

    static final Duration WINDOW = Duration.ofMinutes(10);
    static final int AUDITED_PER_WINDOW = 20;
    static final Duration KEPT_FOR = Duration.ofDays(90);

    /** The clean-up's advisory lock key ("MPDENY" in ASCII). */
    static final long LOCK_KEY = 0x4D5044454E59L;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;
    private final OncePerCluster once;

    AccessDenials(JdbcClient jdbc, AuditLog auditLog, Clock clock, OncePerCluster once) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
        this.once = once;
    }

    /** Counts one refusal; runs inside the caller's transaction. */
    void record(String username, String detail) {
        Instant now = Instant.now(clock);
        String actorKey = username != null ? username : "anonymous@" + RequestOrigin.remoteAddress();
        Timestamp window = Timestamp.from(windowStart(now));
        String kind = detail.length() > 500 ? detail.substring(0, 500) : detail;
        int denials = jdbc.sql("""
                        insert into audit_access_denial (actor_key, window_start, detail, denials, last_denied_at)
                        values (:actor, :window, :detail, 1, :now)
                        on conflict (actor_key, window_start, detail)
                        do update set denials = audit_access_denial.denials + 1, last_denied_at = excluded.last_denied_at
                        returning denials""")
                .param("actor", actorKey)
                .param("window", window)
                .param("detail", kind)
                .param("now", Timestamp.from(now))
                .query(Integer.class)
                .single();
        if (denials > 1 || auditedKindsIn(actorKey, window) >= AUDITED_PER_WINDOW) {
            return;
        }
        long eventId = auditLog.recordSecurityEvent(AuditEventType.ACCESS_DENIED, username, null, kind);
        jdbc.sql("""
                        update audit_access_denial set audit_event_id = :event
                        where actor_key = :actor and window_start = :window and detail = :detail""")
                .param("event", eventId)
                .param("actor", actorKey)
                .param("window", window)
                .param("detail", kind)
                .update();
    }

    private int auditedKindsIn(String actorKey, Timestamp window) {
        return jdbc.sql("""
                        select count(*) from audit_access_denial
                        where actor_key = :actor and window_start = :window and audit_event_id is not null""")
                .param("actor", actorKey)
                .param("window", window)
                .query(Integer.class)
                .single();
    }

    static Instant windowStart(Instant instant) {
        long minutes = WINDOW.toMinutes();
        Instant minute = instant.truncatedTo(ChronoUnit.MINUTES);
        long epochMinutes = minute.getEpochSecond() / 60;
        return Instant.ofEpochSecond((epochMinutes - Math.floorMod(epochMinutes, minutes)) * 60);
    }

    /** The counts are kept for as long as anyone looks at recent refusals; the audit rows stay. */
    @Scheduled(cron = "${app.audit.denials-cleanup-cron:0 17 3 * * *}")
    void forgetOldWindows() {
        once.run(
                LOCK_KEY,
                () -> jdbc.sql("delete from audit_access_denial where window_start < :before")
                        .param("before", Timestamp.from(Instant.now(clock).minus(KEPT_FOR)))
                        .update());
    }
}
