package org.missionplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.HttpSession;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** English or French, over real HTTP: the switch, the cookie, the profile, the browser's language. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LanguageSwitchIntegrationTests {

    private static final String PASSWORD = "Language-Passphrase-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void theSignInPageFollowsTheBrowserAndOffersTheSwitch() {
        HttpSession browser = new HttpSession(port);
        HttpResponse<String> english = browser.get("/login");
        assertThat(english.body())
                .contains("<html lang=\"en\">", "<title>Sign in · Mission Planner</title>")
                .contains("href=\"/login?lang=fr\"", ">Français</a>", "href=\"/login?lang=en\"");

        HttpResponse<String> french = browser.send(browser.request("/login")
                .header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5")
                .GET()
                .build());
        assertThat(french.body()).contains("<html lang=\"fr\">", "Connexion");
    }

    @Test
    void theSwitchIsRememberedByTheBrowserWhateverItsLanguage() {
        HttpSession browser = new HttpSession(port);
        HttpResponse<String> switched = browser.get("/login?lang=fr");
        assertThat(switched.body()).contains("<html lang=\"fr\">");
        assertThat(switched.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("lang=fr").contains("Max-Age=31536000"));

        HttpResponse<String> later = browser.send(browser.request("/login")
                .header("Accept-Language", "en-GB")
                .GET()
                .build());
        assertThat(later.body()).contains("<html lang=\"fr\">");
    }

    @Test
    void aLanguageTheApplicationDoesNotSpeakIsIgnored() {
        HttpSession browser = new HttpSession(port);
        browser.get("/login?lang=fr");
        HttpResponse<String> german = browser.get("/login?lang=de");
        assertThat(german.statusCode()).isEqualTo(200);
        assertThat(german.body()).contains("<html lang=\"fr\">");
        assertThat(browser.get("/login?lang=%00").statusCode()).isLessThan(500);
    }

    @Test
    void aSignedInUsersChoiceFollowsThemToAnotherBrowser() {
        String username = TestUsers.uniqueName("language");
        new TestUsers(jdbc, encoder).create(username, "USER", PASSWORD);
        HttpSession office = new HttpSession(port);
        office.signIn(username, PASSWORD);
        assertThat(office.get("/account?lang=fr").body()).contains("<html lang=\"fr\">");
        assertThat(jdbc.queryForObject(
                        "select preferred_language from app_user where username = ?", String.class, username))
                .isEqualTo("fr");

        HttpSession home = new HttpSession(port);
        home.signIn(username, PASSWORD);
        assertThat(home.get("/account").body()).contains("<html lang=\"fr\">");

        home.get("/account?lang=en");
        assertThat(jdbc.queryForObject(
                        "select preferred_language from app_user where username = ?", String.class, username))
                .isEqualTo("en");
    }

    @Test
    void theSwitchKeepsThePagesOtherParameters() {
        HttpSession browser = new HttpSession(port);
        browser.signIn("viewer", HttpSession.DEMO_PASSWORD);
        String page = browser.get("/missions?q=UN&lang=en").body();
        assertThat(page).contains("href=\"/missions?q=UN&amp;lang=fr\"");
    }
}
