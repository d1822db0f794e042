package org.missionplanner.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The session's CSRF token (the one the pages show), but never a session created only to hold a new
 * one: a caller without a session is anonymous, has no cookie to protect, and is refused anyway.
 */
final class ExistingSessionCsrfTokenRepository implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository sessionTokens = new HttpSessionCsrfTokenRepository();

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessionTokens.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            sessionTokens.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return sessionTokens.loadToken(request);
    }
}
