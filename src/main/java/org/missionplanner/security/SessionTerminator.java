package org.missionplanner.security;

import org.missionplanner.admin.PasswordChange.PasswordChanged;
import org.missionplanner.admin.UserSessionsRevoked;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends a user's sessions when an administrator disables the account, changes its role or resets
 * its password; after a password change, ends the user's other sessions.
 */
@Component
class SessionTerminator {

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void on(UserSessionsRevoked event) {
        expire(event.username(), null);
    }

    @EventListener
    void on(PasswordChanged event) {
        var attributes = RequestContextHolder.getRequestAttributes();
        expire(event.username(), attributes == null ? null : attributes.getSessionId());
    }

    /** The registry looks the sessions up by user name in the database: those of every instance. */
    private void expire(String username, String keepSessionId) {
        sessions.getAllSessions(username, false).stream()
                .filter(session -> !session.getSessionId().equals(keepSessionId))
                .forEach(SessionInformation::expireNow);
    }
}
