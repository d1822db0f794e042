package org.missionplanner.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where signing in leads: back to the page asked for before it; otherwise HQ reviewers and
 * administrators to their home page, the portfolio of every mission, and everybody else to the
 * dashboard. The site's root asked for before signing in counts as no particular page.
 */
final class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String HQ_HOME = "/portfolio";

    private final RequestCache requestCache = new HttpSessionRequestCache();

    LandingPage() {
        setRequestCache(requestCache);
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved != null && isRoot(saved.getRedirectUrl(), request.getContextPath())) {
            requestCache.removeRequest(request, response);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        boolean hq = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMINISTRATOR")
                        || a.getAuthority().equals("ROLE_HQ_REVIEWER"));
        return hq ? HQ_HOME : "/";
    }

    private static boolean isRoot(String url, String contextPath) {
        try {
            String path = URI.create(url).getPath();
            return path == null || path.isEmpty() || path.equals("/") || path.equals(contextPath + "/");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
