package org.missionplanner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.missionplanner.admin.GlobalRole;
import org.missionplanner.admin.UserDirectory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user without any access yet (global role {@link GlobalRole#NONE} and no mission membership,
 * such as an account created at its first single sign-on) sees only the page that asks them to
 * request access from an administrator: other pages redirect there, the API answers 403. Memberships
 * are read at every request of such a user, so that one granted meanwhile counts at once. Every
 * filter chain runs it just before the authorization checks.
 */
class AccessPendingEnforcer extends OncePerRequestFilter {

    static final String ACCESS_PENDING_PATH = "/access-pending";

    private final UserDirectory users;
    private final ProblemResponses problems;

    AccessPendingEnforcer(UserDirectory users, ProblemResponses problems) {
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (authentication != null
                && authentication.getPrincipal() instanceof MissionPlannerUser user
                && user.globalRole() == GlobalRole.NONE
                && !allowed(path)
                && users.missionIdsOf(user.getUsername()).isEmpty()) {
            if (path.startsWith("/api/")) {
                problems.write(
                        response,
                        HttpServletResponse.SC_FORBIDDEN,
                        "No access yet",
                        "Your account has no role and no mission membership yet: ask an administrator for access.");
            } else {
                response.sendRedirect(request.getContextPath() + ACCESS_PENDING_PATH);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return path.equals(ACCESS_PENDING_PATH)
                || path.equals("/logout")
                || path.startsWith("/webjars/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/images/")
                || path.equals("/favicon.ico")
                || path.startsWith("/error");
    }
}
