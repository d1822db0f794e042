package org.missionplanner.security;

import java.time.Clock;
import java.util.Map;
import org.missionplanner.admin.ApiTokens;
import org.missionplanner.admin.SignInRecorder;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

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

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ApiTokens tokens,
            ProblemResponses problems,
            SignInRecorder recorder,
            SessionRegistry sessionRegistry,
            Clock clock)
            throws Exception {
        return commonHeaders(http)
                .securityMatcher(request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                        && !isApiDocumentation(request))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(
                        new ApiTokenAuthenticationFilter(tokens, problems, clock), BasicAuthenticationFilter.class)
                // a bearer token is not sent by browsers on their own, so it needs no CSRF token; cookie calls do
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenAuthenticationFilter::hasBearerToken))
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessionRegistry))
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) ->
                                problems.write(response, 401, "Unauthorized", "Sign in or send a valid bearer token."))
                        .accessDeniedHandler(new AuditingAccessDeniedHandler(recorder, problems)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(
            HttpSecurity http, SignInRecorder recorder, ProblemResponses problems, SessionRegistry sessionRegistry)
            throws Exception {
        return commonHeaders(http)
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
                .formLogin(form ->
                        form.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?expired"))
                .exceptionHandling(ex -> ex.accessDeniedHandler(new AuditingAccessDeniedHandler(recorder, problems)))
                .addFilterAfter(new PasswordChangeEnforcer(), UsernamePasswordAuthenticationFilter.class)
                .build();
    }

    private static boolean isApiDocumentation(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api/docs") || path.startsWith("/api/swagger-ui/");
    }

    private static HttpSecurity commonHeaders(HttpSecurity http) throws Exception {
        return http.headers(
                headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(options -> {}));
    }
}
