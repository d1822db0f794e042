package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A planner of UNMIL sets up a joint working group, holds a meeting whose action item is already
 * past due, sees it overdue on the mission's coordination page and on the dashboard, and marks it
 * done. The body is removed afterwards, so the demo data stays as it was.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CoordinationBrowserTests extends MissionPlannerBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private final String bodyName = TestUsers.uniqueName("Returns working group");
    private final String action = TestUsers.uniqueName("Map the return areas");

    @AfterEach
    void removeTheBody() {
        jdbc.update("delete from coordination_body where name = ?", bodyName);
    }

    @Test
    void aPlannerHoldsAMeetingWhoseActionItemBecomesOverdueAndSeesItOnTheMissionAndTheDashboard() {
        signIn("planner", DEMO_PASSWORD);
        page.navigate("/missions");
        link("UNMIL").click();
        link("Coordination").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Coordination bodies")))
                .isVisible();
        screenshot("coordination-01-mission-coordination-page");

        link("Add a coordination body").click();
        label("Kind").selectOption("JOINT_WORKING_GROUP");
        label("Name").fill(bodyName);
        pickActorAt(page.locator("#main"), "Chair", 1);
        pickActorAt(page.locator("#main"), "Members", 1);
        pickActorAt(page.locator("#main"), "Members", 2);
        label("Meets").selectOption("FORTNIGHTLY");
        label("Terms of reference").fill("Plans the return of displaced people with the Country Team.");
        screenshot("coordination-02-body-form");
        button("Add the body").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(bodyName)))
                .isVisible();

        link("Record a meeting").click();
        label("Date of the meeting").fill(LocalDate.now().minusDays(10).toString());
        label("Summary").fill("First meeting of the working group.");
        label("Decision 1").fill("Start with the northern counties.");
        label("Action 1").fill(action);
        pickActorAt(page.locator("#main"), "Owner of action 1", 1);
        label("Action 1 due on").fill(LocalDate.now().minusDays(1).toString());
        screenshot("coordination-03-meeting-form");
        button("Save").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The meeting was recorded.");
        assertThat(page.getByRole(AriaRole.ROW)
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(action)))
                .containsText("Overdue");
        screenshot("coordination-04-body-with-meeting");

        page.locator(".nav-tabs")
                .getByRole(
                        AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Coordination"))
                .click();
        assertThat(page.getByTestId("overdue-actions")).containsText(action);
        screenshot("coordination-05-overdue-on-mission");

        page.navigate("/");
        assertThat(page.getByTestId("overdue-actions")).containsText(action);
        assertThat(page.getByTestId("overdue-actions")).containsText(bodyName);
        screenshot("coordination-06-overdue-on-dashboard");

        page.getByTestId("overdue-actions")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(bodyName))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark \"" + action + "\" done"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The action item was updated.");
        page.navigate("/");
        assertThat(page.getByTestId("overdue-actions")).not().containsText(action);
    }
}
