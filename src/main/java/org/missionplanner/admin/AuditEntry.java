package org.missionplanner.admin;

import java.time.Instant;

/** One record of the audit log as the administrators' pages show it. */
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
        String remoteAddress) {

    static AuditEntry of(AuditEvent event) {
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
                event.getRemoteAddress());
    }
}
