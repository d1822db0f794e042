package org.missionplanner.notification;

import org.springframework.stereotype.Component;

/** For the layout: the unread count beside the navigation's bell (see the web module's LayoutModel). */
@Component("notificationBadge")
public class NotificationBadge {

    private final Notifications notifications;

    NotificationBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    public long unread(String username) {
        return notifications.unreadCount(username);
    }
}
