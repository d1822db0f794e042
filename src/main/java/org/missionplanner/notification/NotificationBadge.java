package org.missionplanner.notification;

import org.missionplanner.security.MissionPlannerUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** For the layout: the unread count beside the navigation's bell (see the web module's LayoutModel). */
@Component("notificationBadge")
public class NotificationBadge {

    private static final String COUNT_UNREAD =
            "select count(*) from notification where user_id = ? and read_at is null";

    private final Notifications notifications;
    private final JdbcTemplate jdbc;

    NotificationBadge(Notifications notifications, JdbcTemplate jdbc) {
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    /**
     * The signed-in user's unread count: one statement when the principal carries the account's id,
     * as every principal the application signs in does. Every page asks, so that statement runs
     * on its own (no transaction, no JPA entity manager): one round trip instead of three.
     */
    public long unread(Authentication authentication) {
        if (authentication == null) {
            return 0;
        }
        if (authentication.getPrincipal() instanceof MissionPlannerUser user) {
            Long count = jdbc.queryForObject(COUNT_UNREAD, Long.class, user.id());
            return count == null ? 0 : count;
        }
        return notifications.unreadCount(authentication.getName());
    }
}
