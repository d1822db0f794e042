package org.missionplanner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user signed in with a temporary password may only choose a new one (or sign out), whatever the
 * route and however they authenticated: pages redirect to the password form, the API answers 403.
 * Every filter chain runs it just before the authorization checks.
 */
class PasswordChangeEnforcer extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_PATH = "/account/password";

    private final ProblemResponses problems;

    PasswordChangeEnforcer(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof MissionPlannerUser user
                && user.mustChangePassword()
                && !allowed(path(request))) {
            if (path(request).startsWith("/api/")) {
                problems.write(
                        response,
                        HttpServletResponse.SC_FORBIDDEN,
                        "Password change required",
                        "Your password is temporary: choose your own at " + CHANGE_PASSWORD_PATH
                                + " before doing anything else.");
            } else {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean allowed(String path) {
        return path.equals(CHANGE_PASSWORD_PATH)
                || path.equals("/logout")
                || path.startsWith("/webjars/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/error");
    }
}
