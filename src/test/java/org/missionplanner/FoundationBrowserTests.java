package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** Signing in and out in a real browser, with the demo accounts. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FoundationBrowserTests extends MissionPlannerBrowserTest {

    private static final String FAILURE_START = "Sign-in failed.";

    @ParameterizedTest(name = "{0} signs in, sees the dashboard and signs out")
    @CsvSource({
            "admin,    Demo Administrator,   10",
            "reviewer, Demo HQ Reviewer,     10",
            "planner,  Demo Mission Planner, 3",
            "viewer,   Demo Viewer,          1"})
    void demoAccountSignsInAndOut(String username, String displayName, int visibleMissions) {
        signIn(username, DEMO_PASSWORD);

        assertThat(page).hasURL(url("/"));
        assertThat(heading()).hasText("Welcome, " + displayName);
        assertThat(page.getByTestId("mission-count")).hasText(String.valueOf(visibleMissions));
        screenshot("foundation-" + username + "-dashboard");

        signOut();
        screenshot("foundation-" + username + "-signed-out");

        page.navigate("/");
        assertThat(page).hasURL(url("/login"));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameRefusal() {
        signIn("planner", "not-the-" + DEMO_PASSWORD);
        String wrongPassword = refusal("foundation-sign-in-wrong-password");

        signIn("nobody-" + System.nanoTime(), DEMO_PASSWORD);
        String unknownUser = refusal("foundation-sign-in-unknown-user");

        assertThat(wrongPassword).startsWith(FAILURE_START);
        assertThat(unknownUser).isEqualTo(wrongPassword);
    }

    /** Checks that the browser is still on the sign-in page with the refusal shown, and returns its text. */
    private String refusal(String screenshotName) {
        assertThat(page).hasURL(url("/login?error"));
        assertThat(heading()).hasText("Sign in");
        assertThat(label("User name")).isVisible();
        var alert = page.getByRole(AriaRole.ALERT);
        assertThat(alert).containsText(FAILURE_START);
        screenshot(screenshotName);
        return alert.textContent().strip();
    }
}
