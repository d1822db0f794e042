package org.missionplanner.notification;

import java.time.Instant;

public record NotificationView(
        long id, String messageKey, String subject, String actor, String link, Instant createdAt, boolean read) {

    static NotificationView of(Notification n) {
        return new NotificationView(
                n.getId(),
                n.getMessageKey(),
                n.getSubject(),
                n.getActorName(),
                n.getLink(),
                n.getCreatedAt(),
                n.getReadAt() != null);
    }
}
