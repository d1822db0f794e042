package org.missionplanner.notification;

import org.missionplanner.security.MissionPlannerUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** For the layout: the unread count beside the navigation's bell (see the web module's LayoutModel). */
@Component("notificationBadge")
public class NotificationBadge {

    private final Notifications notifications;

    NotificationBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    /**
     * The signed-in user's unread count: one statement when the principal carries the account's id,
     * as every principal the application signs in does.
     */
    public long unread(Authentication authentication) {
        if (authentication == null) {
            return 0;
        }
        if (authentication.getPrincipal() instanceof MissionPlannerUser user) {
            return notifications.unreadCount(user.id());
        }
        return notifications.unreadCount(authentication.getName());
    }
}
