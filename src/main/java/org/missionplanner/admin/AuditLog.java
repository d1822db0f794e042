package org.missionplanner.admin;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.missionplanner.shared.MissionDirectory;
import org.missionplanner.shared.MissionDirectory.MissionRef;
import org.missionplanner.shared.RequestOrigin;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the append-only security audit log. */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final UserAccountRepository users;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final MissionDirectory missions;

    AuditLog(
            AuditEventRepository events,
            UserAccountRepository users,
            Clock clock,
            JdbcClient jdbc,
            MissionDirectory missions) {
        this.events = events;
        this.users = users;
        this.clock = clock;
        this.jdbc = jdbc;
        this.missions = missions;
    }

    /**
     * A decision on a mission's data by the signed-in user (a plan submitted, approved, returned or
     * deleted, a mission deleted, organisations merged), written in the caller's transaction so that
     * it stays if and only if the decision does. {@code detail} names what it was about in words (a
     * plan's title, a mission's acronym), since the thing itself may be gone later.
     */
    public void recordAction(AuditEventType type, Long missionId, String oldValue, String newValue, String detail) {
        Actor actor = currentActor();
        events.save(new AuditEvent(
                Instant.now(clock),
                type,
                actor.id(),
                actor.username(),
                null,
                null,
                missionId,
                oldValue,
                newValue,
                detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500),
                RequestOrigin.remoteAddress()));
    }

    /** A change to a user account, made by the signed-in user. */
    void recordChange(AuditEventType type, UserAccount target, Long missionId, String oldValue, String newValue) {
        Actor actor = currentActor();
        events.save(new AuditEvent(
                Instant.now(clock),
                type,
                actor.id(),
                actor.username(),
                target.getId(),
                target.getUsername(),
                missionId,
                oldValue,
                newValue,
                null,
                RequestOrigin.remoteAddress()));
    }

    /**
     * An event about an account seen by the security layer (sign-in, sign-out, access denied).
     * {@link SignInRecorder} calls it in a transaction of its own, so that it stays even when the
     * surrounding work is rolled back.
     */
    long recordSecurityEvent(AuditEventType type, String username, Long missionId, String detail) {
        Long userId = username == null
                ? null
                : users.findByUsername(username).map(UserAccount::getId).orElse(null);
        // an unknown name is kept only as "unknown": it may be a mistyped password
        String knownName = userId == null ? null : username;
        return events.save(new AuditEvent(
                        Instant.now(clock),
                        type,
                        userId,
                        knownName,
                        userId,
                        knownName,
                        missionId,
                        null,
                        null,
                        detail,
                        RequestOrigin.remoteAddress()))
                .getId();
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        Page<AuditEvent> page = events.search(
                filter.normalisedUsername(),
                filter.types(),
                filter.missionId(),
                filter.fromInstant(),
                filter.toInstantExclusive(),
                pageable);
        Map<Long, Integer> times = refusalCounts(page.getContent());
        Map<Long, MissionRef> named = missions.byIds(page.getContent().stream()
                .map(AuditEvent::getMissionId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return page.map(event -> AuditEntry.of(event, times.getOrDefault(event.getId(), 1), missionName(event, named)));
    }

    /** The mission's acronym; a deleted mission is named by what its deletion recorded. */
    private static String missionName(AuditEvent event, Map<Long, MissionRef> named) {
        if (event.getMissionId() == null) {
            return null;
        }
        MissionRef mission = named.get(event.getMissionId());
        if (mission != null) {
            return mission.acronym();
        }
        return event.getEventType() == AuditEventType.MISSION_DELETED && event.getDetail() != null
                ? event.getDetail()
                : "#" + event.getMissionId();
    }

    /** How often each refusal on the page was repeated in its window: one query for the page. */
    private Map<Long, Integer> refusalCounts(List<AuditEvent> page) {
        List<Long> refusals = page.stream()
                .filter(event -> event.getEventType() == AuditEventType.ACCESS_DENIED)
                .map(AuditEvent::getId)
                .toList();
        if (refusals.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> times = new HashMap<>();
        jdbc.sql("select audit_event_id, denials from audit_access_denial where audit_event_id in (:ids)")
                .param("ids", refusals)
                .query((row, number) -> times.put(row.getLong(1), row.getInt(2)))
                .list();
        return times;
    }

    /** Writes every matching event as CSV, streaming from the database; flushes but does not close the writer. */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional(readOnly = true)
    public void exportCsv(AuditFilter filter, Writer out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader(
                        "occurred_at_utc",
                        "event",
                        "actor_user_id",
                        "actor",
                        "target_user_id",
                        "target",
                        "mission_id",
                        "mission",
                        "old_value",
                        "new_value",
                        "detail",
                        "remote_address")
                .get();
        // not closed: closing the printer would close the caller's writer (and the response stream under it)
        CSVPrinter csv = new CSVPrinter(out, format);
        Map<Long, MissionRef> named =
                missions.allMissions().stream().collect(Collectors.toMap(MissionRef::id, mission -> mission));
        try (var rows = events.stream(
                filter.normalisedUsername(),
                filter.types(),
                filter.missionId(),
                filter.fromInstant(),
                filter.toInstantExclusive())) {
            for (AuditEvent e : (Iterable<AuditEvent>) rows::iterator) {
                csv.printRecord(
                        DateTimeFormatter.ISO_INSTANT.format(e.getOccurredAt()),
                        e.getEventType(),
                        e.getActorUserId(),
                        e.getActorUsername(),
                        e.getTargetUserId(),
                        e.getTargetUsername(),
                        e.getMissionId(),
                        missionName(e, named),
                        e.getOldValue(),
                        e.getNewValue(),
                        e.getDetail(),
                        e.getRemoteAddress());
            }
        }
        csv.flush();
    }

    private Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Actor(null, "system");
        }
        String name = authentication.getName();
        return new Actor(users.findByUsername(name).map(UserAccount::getId).orElse(null), name);
    }

    private record Actor(Long id, String username) {}
}
