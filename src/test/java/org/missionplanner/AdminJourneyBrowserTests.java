package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * An administrator creates an account and makes it a planner on one mission; the new user
 * replaces the temporary password and then sees exactly that mission and nothing else.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AdminJourneyBrowserTests extends MissionPlannerBrowserTest {

    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
    private static final String MISSION = "UNMIS";
    private static final String MISSION_OPTION = "UNMIS – United Nations Mission in the Sudan";
    /** Long enough, not a common password, and without the user name in it. */
    private static final String NEW_PASSWORD = "Lantern over the harbour 42";

    private final String username = "journey" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    private final String fullName = "Journey Tester " + username.substring("journey".length());

    @Test
    void newUserBecomesPlannerOfOneMissionAndSeesOnlyIt() {
        signIn("admin", DEMO_PASSWORD);
        String unmilPath = missionPath("UNMIL");
        String temporaryPassword = createUser();
        addMembership("Planner");
        signOut();

        signIn(username, temporaryPassword);
        assertThat(page).hasURL(url("/account/password"));
        page.navigate("/missions");
        assertThat(page).hasURL(url("/account/password"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("You signed in with a temporary password.");
        screenshot("journey-05-forced-password-change");

        changePassword(temporaryPassword);
        assertThat(page).hasURL(url("/"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your password was changed.");
        assertThat(heading()).hasText("Welcome, " + fullName);
        assertThat(page.getByTestId("mission-count")).hasText("1");
        screenshot("journey-06-dashboard-after-password-change");

        page.navigate("/missions");
        assertThat(page.getByRole(AriaRole.TABLE).getByRole(AriaRole.LINK)).hasText(new String[] {MISSION});
        assertThat(link("UNMIL")).hasCount(0);
        screenshot("journey-07-missions-only-unmis");

        link(MISSION).click();
        assertThat(heading()).hasText(MISSION);

        var response = page.navigate(unmilPath);
        assertThat(response.status()).isIn(403, 404);
        assertThat(heading()).hasText(Pattern.compile("^(Not permitted|Page not found)$"));
        assertThat(page.getByText("United Nations Mission in Liberia")).hasCount(0);
        screenshot("journey-08-unmil-refused");
    }

    /** As a signed-in administrator: the path of a mission's page, read from its link in the registry. */
    private String missionPath(String acronym) {
        page.navigate("/missions?q=" + acronym);
        String href = link(acronym).getAttribute("href");
        assertThat(href).matches("/missions/\\d+");
        screenshot("journey-00-admin-sees-" + acronym);
        return href;
    }

    /** As administrator: creates the user with global role User and returns the temporary password. */
    private String createUser() {
        page.navigate("/admin/users");
        link("New user").click();
        assertThat(page).hasURL(url("/admin/users/new"));
        label("User name").fill(username);
        label("Full name").fill(fullName);
        label("E-mail").fill(username + "@example.org");
        label("Global role").selectOption(new SelectOption().setLabel("User"));
        screenshot("journey-01-new-user-form");
        button("Create user").click();

        assertThat(page).hasURL(Pattern.compile("/admin/users/\\d+$")); // a JavaScript regex, searched in the URL
        assertThat(heading()).hasText(username);
        assertThat(page.getByText("The user was created.")).isVisible();
        String temporaryPassword =
                page.getByTestId("temporary-password").textContent().strip();
        assertThat(temporaryPassword).matches(TEMPORARY_PASSWORD);
        screenshot("journey-02-user-created");
        return temporaryPassword;
    }

    /** As administrator, on the new user's page: adds a membership on MISSION and checks that it is listed. */
    private void addMembership(String role) {
        label("Mission").selectOption(new SelectOption().setLabel(MISSION_OPTION));
        label("Role on the mission").selectOption(new SelectOption().setLabel(role));
        screenshot("journey-03-membership-form");
        button("Add").click();

        assertThat(page.getByText("The membership was saved.")).isVisible();
        var row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(link(MISSION)));
        assertThat(row).hasCount(1);
        assertThat(row.getByRole(AriaRole.CELL).nth(1)).hasText(role);
        assertThat(page.getByRole(AriaRole.TABLE).getByRole(AriaRole.LINK)).hasText(new String[] {MISSION});
        screenshot("journey-04-membership-added");
    }

    private void changePassword(String temporaryPassword) {
        label("Current password").fill(temporaryPassword);
        label("New password").fill(NEW_PASSWORD);
        label("Repeat the new password").fill(NEW_PASSWORD);
        button("Change password").click();
    }
}
