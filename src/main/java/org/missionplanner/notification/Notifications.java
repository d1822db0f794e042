package org.missionplanner.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.missionplanner.admin.GlobalRole;
import org.missionplanner.admin.MembershipRole;
import org.missionplanner.admin.UserDirectory;
import org.missionplanner.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends in-app notifications and shows each user their own. A user only ever reads or marks their
 * own notifications: somebody else's is "not found".
 */
@Service
@Transactional
public class Notifications {

    private static final int PAGE_SIZE = 100;

    private final NotificationRepository notifications;
    private final UserDirectory users;
    private final Clock clock;

    Notifications(NotificationRepository notifications, UserDirectory users, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
    }

    /** Tells every enabled HQ reviewer, except the one who caused it. */
    public void toReviewers(long missionId, NotificationMessage message, String exceptUsername) {
        send(users.enabledUserIdsWithRole(GlobalRole.HQ_REVIEWER), missionId, message, exceptUsername);
    }

    /** Tells the planners of the mission, except the one who caused it. */
    public void toPlannersOf(long missionId, NotificationMessage message, String exceptUsername) {
        send(users.memberIdsWithRole(missionId, MembershipRole.PLANNER), missionId, message, exceptUsername);
    }

    /** Tells one user about their own account. */
    public void toUser(long userId, NotificationMessage message) {
        send(List.of(userId), null, message, null);
    }

    /** Tells every enabled administrator, except the given user (who is told separately). */
    public void toAdministrators(NotificationMessage message, long exceptUserId) {
        send(
                users.enabledUserIdsWithRole(GlobalRole.ADMINISTRATOR).stream()
                        .filter(id -> id != exceptUserId)
                        .toList(),
                null,
                message,
                null);
    }

    private void send(Collection<Long> userIds, Long missionId, NotificationMessage message, String exceptUsername) {
        List<Long> except = exceptUsername == null ? List.of() : userId(exceptUsername);
        Instant now = Instant.now(clock);
        notifications.saveAll(userIds.stream()
                .distinct()
                .filter(id -> !except.contains(id))
                .map(id -> new Notification(id, missionId, message, now))
                .toList());
    }

    /** The number of the user's unread notifications, in one statement. */
    @Transactional(readOnly = true)
    public long unreadCount(long userId) {
        return notifications.countUnread(userId);
    }

    /** The number of the user's unread notifications, looking the user up by name first. */
    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        return username == null
                ? 0
                : users.idOf(username).map(notifications::countUnread).orElse(0L);
    }

    /** The user's latest notifications, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and #username == authentication.name")
    public List<NotificationView> of(String username) {
        return userId(username).stream()
                .flatMap(id -> notifications.findByUser(id, PageRequest.of(0, PAGE_SIZE)).stream())
                .map(NotificationView::of)
                .toList();
    }

    /** Marks one of the user's notifications read; returns the page it links to. */
    @PreAuthorize("isAuthenticated() and #username == authentication.name")
    public String markRead(String username, long notificationId) {
        Notification notification = notifications
                .findById(notificationId)
                .filter(n -> userId(username).contains(n.getUserId()))
                .orElseThrow(() -> new NotFoundException("Notification", notificationId));
        notification.markRead(Instant.now(clock));
        return notification.getLink();
    }

    @PreAuthorize("isAuthenticated() and #username == authentication.name")
    public int markAllRead(String username) {
        return userId(username).stream()
                .mapToInt(id -> notifications.markAllRead(id, Instant.now(clock)))
                .sum();
    }

    private List<Long> userId(String username) {
        return users.idOf(username).stream().toList();
    }
}
