package org.missionplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.BrowserSupport;
import org.missionplanner.support.TestIdentityProvider;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on through a real OpenID Connect provider ({@link TestIdentityProvider}, Spring
 * Authorization Server on its own port): the authorization-code flow as a browser makes it, with
 * cookies, every redirect and the provider's own login form. The one application context of the
 * suite with {@code APP_OIDC_ISSUER_URI} set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnIntegrationTests {

    private static final String PASSWORD = "provider password 1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("app.oidc.issuer-uri", () -> TestIdentityProvider.shared().issuer());
        registry.add("app.oidc.client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add("app.oidc.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    private TestIdentityProvider provider;
    private Browser browser;

    @BeforeEach
    void setUp() {
        provider = TestIdentityProvider.shared();
        provider.allowRedirect(app("/login/oauth2/code/oidc"));
        provider.allowPostLogoutRedirect(app("/login?logout"));
        browser = new Browser();
    }

    @Test
    void theSignInPageOffersTheOrganisationsIdentityProvider() {
        var page = browser.get(app("/login"));
        assertThat(page.body())
                .contains("href=\"/oauth2/authorization/oidc\"")
                .contains("Sign in with your organisation");
        var french = browser.send(HttpRequest.newBuilder(URI.create(app("/login")))
                .header("Accept-Language", "fr")
                .build());
        assertThat(french.body()).contains("Se connecter avec votre organisation");
    }

    @Test
    void anExistingUserIsMatchedByVerifiedEmailInAnyCaseThenByTheProvidersSubject() {
        String username = TestUsers.uniqueName("sso-planner");
        long userId = new TestUsers(jdbc, encoder).create(username, "USER", "local password 123");
        jdbc.update("update app_user set email = ? where id = ?", "Pat.Planner-" + userId + "@Example.ORG", userId);
        String subject = TestUsers.uniqueName("pat");
        provider.addUser(subject, PASSWORD, "pat.planner-" + userId + "@example.org", true, "Pat Planner");

        List<String> visited = browser.signInWithProvider(subject, PASSWORD);

        assertThat(visited.get(visited.size() - 1)).isEqualTo(app("/"));
        var home = browser.get(app("/"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Test " + username);
        assertThat(jdbc.queryForList("select oidc_subject from app_user where id = ?", String.class, userId))
                .containsExactly(subject);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where event_type = 'SIGN_IN_SUCCEEDED' and target_username = ?",
                        Integer.class,
                        username))
                .isEqualTo(1);
        // the session is an ordinary one: the API answers with the session cookie, signing out ends it
        assertThat(browser.api("/api/v1/missions").statusCode()).isEqualTo(200);
        browser.signOut();
        assertThat(browser.get(app("/")).statusCode()).isEqualTo(302);

        // the e-mail changes: the account is still found, by the provider's subject
        jdbc.update("update app_user set email = null where id = ?", userId);
        Browser again = new Browser();
        again.signInWithProvider(subject, PASSWORD);
        assertThat(again.get(app("/")).body()).contains("Test " + username);
        assertThat(jdbc.queryForObject("select count(*) from app_user where oidc_subject = ?", Integer.class, subject))
                .isEqualTo(1);

        // the administration page tells how the account signs in
        String admin = TestUsers.uniqueName("sso-admin");
        new TestUsers(jdbc, encoder).create(admin, "ADMINISTRATOR", "local password 123");
        Browser administrator = new Browser();
        administrator.get(app("/login"));
        administrator.post(
                app("/login"),
                "username=" + admin + "&password=local+password+123&_csrf="
                        + URLEncoder.encode(administrator.csrf, StandardCharsets.UTF_8));
        assertThat(administrator.get(app("/admin/users/" + userId)).body())
                .contains("The organisation’s identity provider (single sign-on)");
    }

    @Test
    void aFirstTimeUserGetsAnAccountWithoutAccessAndSeesOnlyTheAskAnAdministratorPage() {
        String subject = TestUsers.uniqueName("newcomer");
        provider.addUser(subject, PASSWORD, subject + "@example.org", true, "New Comer");

        List<String> visited = browser.signInWithProvider(subject, PASSWORD);

        assertThat(visited.get(visited.size() - 1)).isEqualTo(app("/access-pending"));
        var pending = browser.get(app("/access-pending"));
        assertThat(pending.statusCode()).isEqualTo(200);
        assertThat(pending.body()).contains("data-testid=\"access-pending\"").contains("Ask an administrator");
        assertThat(jdbc.queryForMap(
                        "select u.global_role, u.display_name, u.email, "
                                + "(select count(*) from mission_membership m where m.user_id = u.id) as memberships "
                                + "from app_user u where u.oidc_subject = ?",
                        subject))
                .containsEntry("global_role", "NONE")
                .containsEntry("display_name", "New Comer")
                .containsEntry("email", subject + "@example.org")
                .containsEntry("memberships", 0L);
        var missions = browser.get(app("/missions"));
        assertThat(missions.statusCode()).isEqualTo(302);
        assertThat(missions.headers().firstValue("Location").orElseThrow()).endsWith("/access-pending");
        assertThat(browser.get(app("/admin/users")).statusCode()).isEqualTo(302);
        assertThat(browser.api("/api/v1/missions").statusCode()).isEqualTo(403);

        // a membership granted by an administrator counts at once
        long userId = jdbc.queryForObject("select id from app_user where oidc_subject = ?", Long.class, subject);
        var users = new TestUsers(jdbc, encoder);
        users.member(userId, users.createMission(TestUsers.uniqueName("SSO").substring(0, 12)), "VIEWER");
        assertThat(browser.get(app("/missions")).statusCode()).isEqualTo(200);
        assertThat(browser.api("/api/v1/missions").statusCode()).isEqualTo(200);
    }

    @Test
    void inTheBrowserANewcomerSignsInWithTheOrganisationAndIsAskedToRequestAccessInBothLanguages() {
        String subject = TestUsers.uniqueName("browser");
        provider.addUser(subject, PASSWORD, subject + "@example.org", true, "Browser Newcomer");
        try (BrowserSupport chromium = BrowserSupport.launch()) {
            Page page = chromium.newPage(app(""));
            page.navigate("/login");
            BrowserSupport.screenshot(page, "sso-login-en");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with your organisation"))
                    .click();
            // the provider's own login form
            PlaywrightAssertions.assertThat(page).hasURL(provider.issuer() + "/login");
            page.locator("#username").fill(subject);
            page.locator("#password").fill(PASSWORD);
            page.locator("button[type=submit]").click();

            PlaywrightAssertions.assertThat(page).hasURL(app("/access-pending"));
            var heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
            PlaywrightAssertions.assertThat(heading).hasText("No access yet");
            BrowserSupport.screenshot(page, "sso-access-pending-en");
            page.navigate("/missions");
            PlaywrightAssertions.assertThat(page).hasURL(app("/access-pending"));
            page.navigate("/access-pending?lang=fr");
            PlaywrightAssertions.assertThat(heading).hasText("Pas encore d’accès");
            BrowserSupport.screenshot(page, "sso-access-pending-fr");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))
                    .first()
                    .click();
            PlaywrightAssertions.assertThat(page).hasURL(app("/login?logout"));
            PlaywrightAssertions.assertThat(page.getByText("Se connecter avec votre organisation"))
                    .isVisible();
            BrowserSupport.screenshot(page, "sso-login-fr");
        }
    }

    @Test
    void signingOutEndsTheProvidersSessionTooSoTheNextSingleSignOnAsksForCredentials() {
        String subject = TestUsers.uniqueName("leaving");
        provider.addUser(subject, PASSWORD, subject + "@example.org", true, "Leaving Soon");
        browser.signInWithProvider(subject, PASSWORD);
        // while the provider's session lasts, single sign-on asks for nothing
        List<String> whileSignedIn = browser.follow(browser.get(app("/oauth2/authorization/oidc")), new ArrayList<>());
        assertThat(whileSignedIn).noneMatch(address -> address.startsWith(provider.issuer() + "/login"));
        assertThat(whileSignedIn.get(whileSignedIn.size() - 1)).isEqualTo(app("/access-pending"));

        browser.get(app("/access-pending"));
        var signOut = browser.post(app("/logout"), "_csrf=" + URLEncoder.encode(browser.csrf, StandardCharsets.UTF_8));
        List<String> visited = browser.follow(signOut, new ArrayList<>());

        // through the provider's end-session endpoint, with the ID token, back to the sign-in page
        assertThat(visited.get(0))
                .startsWith(provider.issuer() + "/connect/logout?")
                .contains("id_token_hint=")
                .contains("post_logout_redirect_uri=");
        assertThat(visited.get(visited.size() - 1)).isEqualTo(app("/login?logout"));
        assertThat(browser.get(app("/access-pending")).statusCode()).isEqualTo(302);
        List<String> next = browser.follow(browser.get(app("/oauth2/authorization/oidc")), new ArrayList<>());
        assertThat(next.get(next.size() - 1)).isEqualTo(provider.issuer() + "/login");
    }

    @Test
    void aDisabledAccountCannotSignInWithTheProviderEither() {
        String username = TestUsers.uniqueName("sso-disabled");
        long userId = new TestUsers(jdbc, encoder).create(username, "USER", "local password 123");
        jdbc.update("update app_user set email = ?, enabled = false where id = ?", username + "@example.org", userId);
        String subject = TestUsers.uniqueName("gone");
        provider.addUser(subject, PASSWORD, username + "@example.org", true, "Gone Away");

        List<String> visited = browser.signInWithProvider(subject, PASSWORD);

        assertThat(visited.get(visited.size() - 1)).isEqualTo(app("/login?error"));
        assertThat(browser.get(app("/")).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select detail from audit_event where event_type = 'SIGN_IN_FAILED' and target_username = ?",
                        String.class,
                        username))
                .isEqualTo("single sign-on: account disabled");
    }

    private String app(String path) {
        // 127.0.0.1, the provider is at localhost: cookies stay apart, as on two hosts
        return "http://127.0.0.1:" + port + path;
    }

    /** Cookies, redirects followed one by one, the CSRF token of the last form seen. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        private String csrf;

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .build());
        }

        HttpResponse<String> api(String path) {
            return send(HttpRequest.newBuilder(URI.create(app(path)))
                    .header("Accept", "application/json")
                    .build());
        }

        HttpResponse<String> send(HttpRequest request) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                Matcher matcher = CSRF.matcher(response.body());
                if (matcher.find()) {
                    csrf = matcher.group(1);
                }
                return response;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> post(String url, String form) {
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build());
        }

        /** Follows redirects from this response; returns every address visited after it. */
        List<String> follow(HttpResponse<String> response, List<String> visited) {
            HttpResponse<String> current = response;
            for (int hops = 0; hops < 20 && current.statusCode() / 100 == 3; hops++) {
                String next = current.uri()
                        .resolve(current.headers().firstValue("Location").orElseThrow())
                        .toString();
                visited.add(next);
                current = get(next);
            }
            assertThat(current.statusCode() / 100).as("last of %s", visited).isNotEqualTo(3);
            return visited;
        }

        /** The button on the sign-in page, the provider's login form, back to the application. */
        List<String> signInWithProvider(String username, String password) {
            List<String> visited = new ArrayList<>();
            follow(get(app("/oauth2/authorization/oidc")), visited);
            String loginForm = visited.get(visited.size() - 1);
            assertThat(loginForm).startsWith(provider.issuer()).endsWith("/login");
            var afterLogin = post(
                    loginForm,
                    "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf));
            assertThat(afterLogin.statusCode()).isEqualTo(302);
            return follow(afterLogin, new ArrayList<>());
        }

        void signOut() {
            get(app("/account"));
            var response = post(app("/logout"), "_csrf=" + encode(csrf));
            assertThat(response.statusCode()).isEqualTo(302);
        }

        private String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
