package org.missionplanner.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The liveness and readiness probes never see a cookie: a session lives in the database, and a
 * probe that looked one up would fail during a database outage instead of reporting it (readiness
 * DOWN, liveness UP). Runs before the session filter.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 5)
class StatelessProbes extends OncePerRequestFilter {

    private static final Set<String> PROBES = Set.of("/actuator/health/liveness", "/actuator/health/readiness");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PROBES.contains(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new WithoutCookies(request), response);
    }

    private static final class WithoutCookies extends HttpServletRequestWrapper {

        WithoutCookies(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Cookie[] getCookies() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "cookie".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "cookie".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }
    }
}
