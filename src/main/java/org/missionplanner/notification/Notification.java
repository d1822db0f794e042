package org.missionplanner.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message for one user: a message key with two arguments (what it is about, who did it), so that
 * it reads in the user's language, and the page it points to.
 */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;
    private Long missionId;
    private String messageKey;
    private String subject;
    private String actorName;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {}

    Notification(long userId, Long missionId, NotificationMessage message, Instant createdAt) {
        this.userId = userId;
        this.missionId = missionId;
        this.messageKey = message.key();
        this.subject = message.subject();
        this.actorName = message.actor();
        this.link = message.link();
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    String getMessageKey() {
        return messageKey;
    }

    String getSubject() {
        return subject;
    }

    String getActorName() {
        return actorName;
    }

    String getLink() {
        return link;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }
}
