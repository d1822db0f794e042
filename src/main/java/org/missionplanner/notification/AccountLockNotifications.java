package org.missionplanner.notification;

import org.missionplanner.admin.AccountLocked;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the owner of an account locked by failed sign-ins, and the administrators (who can unlock
 * it), once the lock is committed: a lock may be somebody else's doing.
 */
@Component
class AccountLockNotifications {

    private final Notifications notifications;

    AccountLockNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(AccountLocked event) {
        notifications.toUser(
                event.userId(), new NotificationMessage("notification.account.locked.owner", null, null, "/account"));
        notifications.toAdministrators(
                new NotificationMessage(
                        "notification.account.locked", event.username(), null, "/admin/users/" + event.userId()),
                event.userId());
    }
}
