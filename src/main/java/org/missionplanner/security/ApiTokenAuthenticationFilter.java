package org.missionplanner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.missionplanner.admin.ApiTokens;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} requests to the API as the token's owner,
 * with exactly that user's authorities as they are now. A wrong, expired or revoked token, or one
 * of a disabled account, gets 401 at once. The authentication lives only for this request (its
 * filter chain is stateless). A lock after failed sign-ins does not stop tokens: it guards the
 * password, which a token request does not use.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ProblemResponses problems;

    ApiTokenAuthenticationFilter(ApiTokens tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearerToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String presented = request.getHeader("Authorization").substring(7).trim();
        var account = tokens.authenticate(presented);
        if (account.isEmpty()) {
            problems.write(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "Invalid token",
                    "The bearer token is unknown, expired or revoked.");
            return;
        }
        MissionPlannerUser user = MissionPlannerUser.of(account.get(), false);
        user.eraseCredentials();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
