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

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0} signs in, sees the dashboard and signs out")
    @CsvSource({
        "admin,    Demo Administrator,   -1",
        "reviewer, Demo HQ Reviewer,     -1",
        "planner,  Demo Mission Planner, 3",
        "viewer,   Demo Viewer,          1"
    })
    void demoAccountSignsInAndOut(String username, String displayName, int visibleMissions) {
        // -1: every mission (other test classes add missions to the shared test database)
        int expectedCount = visibleMissions >= 0
                ? visibleMissions
                : jdbc.queryForObject("select count(*) from mission", Integer.class);
        signIn(username, DEMO_PASSWORD);

        if (visibleMissions < 0) {
            // HQ reviewers and administrators land on their home page, the portfolio, review queue first
            assertThat(page).hasURL(url("/portfolio"));
            assertThat(page.getByTestId("review-queue")).isVisible();
            page.navigate("/");
        }
        assertThat(page).hasURL(url("/"));
        assertThat(heading()).hasText("Welcome, " + displayName);
        assertThat(page.getByTestId("mission-count")).hasText(String.valueOf(expectedCount));
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
