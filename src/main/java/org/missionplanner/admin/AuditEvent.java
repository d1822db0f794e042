package org.missionplanner.admin;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One record of the append-only audit log (the database refuses updates and deletes). */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private AuditEventType eventType;

    private Long actorUserId;
    private String actorUsername;
    private Long targetUserId;
    private String targetUsername;
    private Long missionId;
    private String oldValue;
    private String newValue;
    private String detail;
    private String remoteAddress;

    protected AuditEvent() {}

    AuditEvent(
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
        this.occurredAt = occurredAt;
        this.eventType = eventType;
        this.actorUserId = actorUserId;
        this.actorUsername = truncate(actorUsername, 64);
        this.targetUserId = targetUserId;
        this.targetUsername = truncate(targetUsername, 64);
        this.missionId = missionId;
        this.oldValue = truncate(oldValue, 500);
        this.newValue = truncate(newValue, 500);
        this.detail = truncate(detail, 500);
        this.remoteAddress = truncate(remoteAddress, 64);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditEventType getEventType() {
        return eventType;
    }

    public Long getActorUserId() {
        return actorUserId;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public Long getTargetUserId() {
        return targetUserId;
    }

    public String getTargetUsername() {
        return targetUsername;
    }

    public Long getMissionId() {
        return missionId;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getDetail() {
        return detail;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
