package org.missionplanner.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.missionplanner.admin.ApiTokens;
import org.missionplanner.admin.SignInRecorder;
import org.missionplanner.admin.SingleSignOnAccounts;
import org.missionplanner.admin.UserDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline scripts, no plugins, no base-tag tricks, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    /**
     * Argon2id at the OWASP minimum (19 MiB, 2 iterations, 1 lane; 16-byte salt, 32-byte hash); no
     * other encoder is registered. The hashes are those of Spring Security's Argon2PasswordEncoder.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2", Map.of("argon2", new Argon2idPasswordEncoder(16, 32, 1, 19 * 1024, 2)));
    }

    /** Open sessions per user, counted over every instance; signing in once more ends the oldest. */
    static final int MAXIMUM_SESSIONS_PER_USER = 5;

    /**
     * The sessions of each user as the database holds them (Spring Session JDBC indexes them by
     * user name), so that the cap and "end all sessions of a user" hold across instances.
     */
    @Bean
    SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new CurrentRequestSessionRegistry(new SpringSessionBackedSessionRegistry<>(sessions));
    }

    /**
     * API requests with {@code Authorization: Bearer}: stateless. The token is checked on every
     * request against the token and its owner as they are now; no session is created, read or
     * joined, so a cookie that came along is ignored and none is handed out.
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiTokenSecurity(
            HttpSecurity http,
            ApiTokens tokens,
            ProblemResponses problems,
            SignInRecorder recorder,
            UserDirectory users)
            throws Exception {
        return apiCommon(http, problems, recorder, users)
                .securityMatcher(request -> isApi(request) && ApiTokenAuthenticationFilter.hasBearerToken(request))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
                // a bearer token is not sent by browsers on their own, so it needs no CSRF token
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * API requests from a signed-in browser (the session cookie, with the CSRF token). They use the
     * session the sign-in page created and never create one: an anonymous call gets its 401 without
     * a session, a saved request or a CSRF token stored for it.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ProblemResponses problems,
            SignInRecorder recorder,
            SessionRegistry sessionRegistry,
            UserDirectory users)
            throws Exception {
        return apiCommon(http, problems, recorder, users)
                .securityMatcher(SecurityConfiguration::isApi)
                .csrf(csrf -> csrf.csrfTokenRepository(new ExistingSessionCsrfTokenRepository()))
                .sessionManagement(
                        session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER)
                                .maximumSessions(MAXIMUM_SESSIONS_PER_USER)
                                .sessionRegistry(sessionRegistry)
                                // not the default 200 with a sentence in plain text
                                .expiredSessionStrategy(
                                        event -> problems.write(
                                                event.getResponse(),
                                                401,
                                                "Unauthorized",
                                                "Your session has ended (signed in elsewhere, or ended by an administrator). Sign in again.")))
                .build();
    }

    private static HttpSecurity apiCommon(
            HttpSecurity http, ProblemResponses problems, SignInRecorder recorder, UserDirectory users)
            throws Exception {
        return commonHeaders(http)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new PasswordChangeEnforcer(problems), AuthorizationFilter.class)
                .addFilterBefore(new AccessPendingEnforcer(users, problems), AuthorizationFilter.class)
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) ->
                                problems.write(response, 401, "Unauthorized", "Sign in or send a valid bearer token."))
                        .accessDeniedHandler(new AuditingAccessDeniedHandler(recorder, problems)));
    }

    /**
     * The pages' policy: with single sign-on, the sign-out form may also lead to the identity
     * provider (browsers apply {@code form-action} to the redirects that follow a form), where the
     * provider's session ends.
     */
    static String pagePolicy(String issuerUri) {
        if (issuerUri.isBlank()) {
            return CONTENT_SECURITY_POLICY;
        }
        URI issuer = URI.create(issuerUri.strip());
        String origin = issuer.getScheme() + "://" + issuer.getRawAuthority();
        return CONTENT_SECURITY_POLICY + " " + origin;
    }

    /**
     * Where signing out leads: to the sign-in page; for a user who signed in with the organisation's
     * identity provider, through the provider's end-session endpoint first (OpenID Connect
     * RP-initiated logout), so that the provider's session ends too and the next single sign-on
     * asks for credentials again.
     */
    private static LogoutSuccessHandler signedOut(ClientRegistrationRepository oidc) {
        if (oidc == null) {
            var local = new SimpleUrlLogoutSuccessHandler();
            local.setDefaultTargetUrl("/login?logout");
            return local;
        }
        var both = new OidcClientInitiatedLogoutSuccessHandler(oidc);
        both.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        // users who signed in with a password: straight to the sign-in page
        both.setDefaultTargetUrl("/login?logout");
        return both;
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            SignInRecorder recorder,
            ProblemResponses problems,
            SessionRegistry sessionRegistry,
            SignInThrottle throttle,
            UserDirectory users,
            ObjectProvider<ClientRegistrationRepository> oidcRegistrations,
            ObjectProvider<SingleSignOnAccounts> oidcAccounts,
            @Value("${app.oidc.issuer-uri:}") String issuerUri,
            Clock clock)
            throws Exception {
        ClientRegistrationRepository oidc = oidcRegistrations.getIfAvailable();
        if (oidc != null) {
            // single sign-on beside the password form: /oauth2/authorization/oidc, back at
            // /login/oauth2/code/oidc; the provider's tokens are not kept, the signed-in user is ours
            http.oauth2Login(login -> login.loginPage("/login")
                    .clientRegistrationRepository(oidc)
                    .authorizedClientRepository(new DiscardedAuthorizedClients())
                    .userInfoEndpoint(userInfo ->
                            userInfo.oidcUserService(new OidcAccountService(oidcAccounts.getObject(), recorder, clock)))
                    .successHandler(new LandingPage())
                    .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")));
        }
        return commonHeaders(http, pagePolicy(oidc == null ? "" : issuerUri))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/error",
                                "/error/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/favicon.ico")
                        .permitAll()
                        // e-mail links that work without signing in: the token is the credential
                        .requestMatchers("/account/first-sign-in", "/mail/unsubscribe/*")
                        .permitAll()
                        // the API's OpenAPI description and its UI describe the API, they hold no data
                        .requestMatchers(
                                "/v3/api-docs",
                                "/v3/api-docs.yaml",
                                "/v3/api-docs/**",
                                "/api/docs",
                                "/api/swagger-ui/**")
                        .permitAll()
                        .requestMatchers(EndpointRequest.to("health"))
                        .permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint())
                        .hasRole("ADMINISTRATOR")
                        .requestMatchers("/admin/**")
                        .hasRole("ADMINISTRATOR")
                        .anyRequest()
                        .authenticated())
                // RFC 8058 one-click unsubscribe: a mail client POSTs the link, with no CSRF token
                .csrf(csrf -> csrf.ignoringRequestMatchers("/mail/unsubscribe/*"))
                .formLogin(form ->
                        form.loginPage("/login").failureUrl("/login?error").successHandler(new LandingPage()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(signedOut(oidc)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(MAXIMUM_SESSIONS_PER_USER)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?expired"))
                .exceptionHandling(ex -> ex.accessDeniedHandler(new AuditingAccessDeniedHandler(recorder, problems)))
                .addFilterBefore(
                        new SignInThrottleFilter(throttle, recorder), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeEnforcer(problems), AuthorizationFilter.class)
                .addFilterBefore(new AccessPendingEnforcer(users, problems), AuthorizationFilter.class)
                .build();
    }

    /**
     * The organisation's OpenID Connect provider, registered as {@code oidc}, only when
     * {@code APP_OIDC_ISSUER_URI} is set: otherwise no registration exists and only passwords sign in.
     */
    @Bean
    @ConditionalOnExpression("!'${app.oidc.issuer-uri:}'.isBlank()")
    ClientRegistrationRepository oidcClientRegistrations(
            @Value("${app.oidc.issuer-uri}") String issuerUri,
            @Value("${app.oidc.client-id:}") String clientId,
            @Value("${app.oidc.client-secret:}") String clientSecret) {
        return new OidcClientRegistrations(issuerUri.strip(), clientId, clientSecret);
    }

    /** Under /api/, except the API's documentation pages, which are pages. */
    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") && !path.equals("/api/docs") && !path.startsWith("/api/swagger-ui/");
    }

    private static HttpSecurity commonHeaders(HttpSecurity http) throws Exception {
        return commonHeaders(http, CONTENT_SECURITY_POLICY);
    }

    private static HttpSecurity commonHeaders(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        return http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(options -> {}));
    }
}
