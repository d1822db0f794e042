package org.missionplanner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.missionplanner.admin.SignInRecorder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Asks {@link SignInThrottle} before the sign-in form's password is checked. A refused attempt goes
 * back to the sign-in page, which says to wait; the first refusal of a run is audited.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final SignInRecorder recorder;

    SignInThrottleFilter(SignInThrottle throttle, SignInRecorder recorder) {
        this.throttle = throttle;
        this.recorder = recorder;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + "/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = Objects.requireNonNullElse(request.getParameter("username"), "");
        String address = request.getRemoteAddr();
        switch (throttle.attempt(address, username)) {
            case ALLOWED -> {
                chain.doFilter(request, response);
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null
                        && authentication.isAuthenticated()
                        && !(authentication instanceof AnonymousAuthenticationToken)) {
                    throttle.succeeded(address, username);
                }
            }
            case REFUSED -> {
                recorder.throttled(username.trim());
                refuse(request, response);
            }
            case REFUSED_AGAIN -> refuse(request, response);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?throttled");
    }
}
