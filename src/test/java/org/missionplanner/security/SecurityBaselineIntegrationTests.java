package org.missionplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.HttpSession;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The security baseline over real HTTP: headers everywhere, redirects, error pages, actuator. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityBaselineIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void sendsTheSecurityHeadersOnANormalPage() {
        assertSecurityHeaders(new HttpSession(port).get("/login"));
    }

    @Test
    void sendsTheSecurityHeadersOnANotFoundPageRenderedInTheLayout() {
        HttpSession session = new HttpSession(port);
        session.signIn("viewer", HttpSession.DEMO_PASSWORD);
        HttpResponse<String> response = session.get("/no-such-page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertSecurityHeaders(response);
        assertThat(response.body())
                .contains("Page not found")
                .contains("Sign out")
                .doesNotContain("Whitelabel");
    }

    @Test
    void neverShowsAStackTraceOrExceptionMessage() {
        HttpSession session = new HttpSession(port);
        session.signIn("viewer", HttpSession.DEMO_PASSWORD);
        HttpResponse<String> response = session.get("/missions/not-a-number");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("could not be understood")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
        assertSecurityHeaders(response);
    }

    @Test
    void redirectsAnAnonymousVisitorOfAProtectedPageToSignIn() {
        HttpResponse<String> response = new HttpSession(port).get("/missions");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void changesTheSessionIdAtSignIn() {
        HttpSession session = new HttpSession(port);
        HttpResponse<String> loginPage = session.get("/login");
        String before = sessionCookie(loginPage);
        HttpResponse<String> signedIn =
                session.postForm("/login", Map.of("username", "viewer", "password", HttpSession.DEMO_PASSWORD));
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(sessionCookie(signedIn)).isNotNull().isNotEqualTo(before);
    }

    @Test
    void refusesASignInFormWithoutCsrfToken() {
        HttpSession session = new HttpSession(port);
        session.get("/login");
        HttpResponse<String> response =
                session.postRaw("/login", Map.of("username", "viewer", "password", HttpSession.DEMO_PASSWORD));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(session.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void exposesHealthPubliclyButOtherActuatorEndpointsOnlyToAdministrators() {
        HttpResponse<String> health = new HttpSession(port).get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        assertThat(new HttpSession(port).get("/actuator/info").statusCode()).isEqualTo(302);
        HttpSession viewer = new HttpSession(port);
        viewer.signIn("viewer", HttpSession.DEMO_PASSWORD);
        assertThat(viewer.get("/actuator/info").statusCode()).isEqualTo(403);
        HttpSession admin = new HttpSession(port);
        admin.signIn("admin", HttpSession.DEMO_PASSWORD);
        assertThat(admin.get("/actuator/info").statusCode()).isEqualTo(200);
        assertThat(admin.get("/actuator/env").statusCode()).isEqualTo(404);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring("SESSION=".length(), c.indexOf(';')))
                .findFirst()
                .orElse(null);
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp)
                .contains("object-src 'none'")
                .contains("base-uri 'none'")
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }
}
