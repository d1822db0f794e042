package org.missionplanner.admin;

import java.time.Instant;

/**
 * One record of the audit log as the administrators' pages show it. {@code times} is how often the
 * same refusal was repeated in its 10-minute window (1 for every other kind of event); {@code
 * missionName} the mission's acronym.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        AuditEventType eventType,
        Long actorUserId,
        String actorUsername,
        Long targetUserId,
        String targetUsername,
        Long missionId,
        String oldValue,
        String newValue,
        String detail,
        String remoteAddress,
        int times,
        String missionName) {

    static AuditEntry of(AuditEvent event, int times, String missionName) {
        return new AuditEntry(
                event.getId(),
                event.getOccurredAt(),
                event.getEventType(),
                event.getActorUserId(),
                event.getActorUsername(),
                event.getTargetUserId(),
                event.getTargetUsername(),
                event.getMissionId(),
                event.getOldValue(),
                event.getNewValue(),
                event.getDetail(),
                event.getRemoteAddress(),
                times,
                missionName);
    }
}
