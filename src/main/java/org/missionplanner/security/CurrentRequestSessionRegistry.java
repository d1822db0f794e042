package org.missionplanner.security;

import jakarta.servlet.http.HttpSession;
import java.util.Date;
import java.util.List;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The session registry of Spring Session, except for the session of the request being served:
 * Spring Security's concurrent-session check asks for it on every request, and Spring Session's
 * registry answers by reading the session from the database once more (and deserialising its
 * security context again), although the request has just read it. The session the request holds
 * gives the same answers: whether it was expired (signed in elsewhere past the cap, or ended by an
 * administrator), its principal, its last access. Every other question (a user's sessions, at
 * sign-in and when an administrator ends them) goes to the database as before.
 */
final class CurrentRequestSessionRegistry implements SessionRegistry {

    /** Where Spring Session's registry marks a session expired (SpringSessionBackedSessionInformation). */
    static final String EXPIRED_ATTRIBUTE =
            "org.springframework.session.security.SpringSessionBackedSessionInformation.EXPIRED";

    private static final String SECURITY_CONTEXT_ATTRIBUTE = "SPRING_SECURITY_CONTEXT";

    private final SessionRegistry database;

    CurrentRequestSessionRegistry(SessionRegistry database) {
        this.database = database;
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        HttpSession current = currentSession(sessionId);
        return current == null ? database.getSessionInformation(sessionId) : new CurrentSession(current);
    }

    private static HttpSession currentSession(String sessionId) {
        if (sessionId != null
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null && sessionId.equals(session.getId())) {
                return session;
            }
        }
        return null;
    }

    @Override
    public List<Object> getAllPrincipals() {
        return database.getAllPrincipals();
    }

    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        return database.getAllSessions(principal, includeExpiredSessions);
    }

    @Override
    public void refreshLastRequest(String sessionId) {
        database.refreshLastRequest(sessionId);
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        database.registerNewSession(sessionId, principal);
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        database.removeSessionInformation(sessionId);
    }

    /** The request's own session; expiring it marks it as Spring Session's registry does, saved with the request. */
    private static final class CurrentSession extends SessionInformation {

        private final transient HttpSession session;

        CurrentSession(HttpSession session) {
            super(principalOf(session), session.getId(), new Date(session.getLastAccessedTime()));
            this.session = session;
            if (Boolean.TRUE.equals(session.getAttribute(EXPIRED_ATTRIBUTE))) {
                super.expireNow();
            }
        }

        private static String principalOf(HttpSession session) {
            if (session.getAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME)
                    instanceof String name) {
                return name;
            }
            if (session.getAttribute(SECURITY_CONTEXT_ATTRIBUTE) instanceof SecurityContext context
                    && context.getAuthentication() != null) {
                return context.getAuthentication().getName();
            }
            return "";
        }

        @Override
        public void expireNow() {
            session.setAttribute(EXPIRED_ATTRIBUTE, Boolean.TRUE);
            super.expireNow();
        }
    }
}
