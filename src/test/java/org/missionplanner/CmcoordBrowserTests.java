package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
 * A planner of UNMIL records WFP's request for a helicopter, assesses the six principles with last
 * resort not met, is told that this blocks the approval, writes the justification and approves.
 * The request is removed afterwards, so the demo data stays as it was.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CmcoordBrowserTests extends MissionPlannerBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private final String asset = TestUsers.uniqueName("Mi-8 helicopter");

    @AfterEach
    void removeTheRequest() {
        jdbc.update("delete from cmcoord_request where title = ?", asset);
    }

    @Test
    void aPlannerRecordsAndApprovesARequestWithOnePrincipleNotMetOnceJustified() {
        LocalDate from = LocalDate.now().plusDays(1);
        signIn("planner", DEMO_PASSWORD);
        page.navigate("/missions");
        link("UNMIL").click();
        page.locator(".nav-tabs")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("CMCoord requests"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Requests for military or police assets")))
                .isVisible();

        label("Requested by").selectOption(new SelectOption().setLabel("WFP – World Food Programme"));
        label("Asset or capability").fill(asset);
        label("Where").fill("Zwedru, Grand Gedeh county");
        label("Needed from").fill(from.toString());
        label("Needed until").fill(from.plusDays(10).toString());
        label("Humanitarian need").fill("Floods cut the only road; food stocks last less than a week.");
        label("Civilian alternatives considered").fill("UNHAS helicopter under maintenance; no charter in time.");
        screenshot("cmcoord-01-request-form");
        button("Record the request").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The request was recorded.");
        assertThat(page.getByTestId("cmcoord-status")).containsText("Pending");

        for (var select : page.locator("select[data-principle]").all()) {
            select.selectOption("MET");
        }
        page.locator("select[data-principle=LAST_RESORT]").selectOption("NOT_MET");
        page.locator("input[data-principle-reason=LAST_RESORT]")
                .fill("A civilian truck convoy could go via Ivory Coast");
        page.getByLabel("Approved", new Page.GetByLabelOptions().setExact(true)).check();
        label("Asset usable until").fill(from.plusDays(10).toString());
        button("Record the decision").click();

        assertThat(page.locator("#justification-errors")).containsText("Last resort is not met: justify the approval");
        assertThat(page.getByTestId("cmcoord-status")).containsText("Pending");
        screenshot("cmcoord-02-blocking-principle");

        page.getByLabel("Approved", new Page.GetByLabelOptions().setExact(true)).check();
        label("Justification of an approval with a principle not met")
                .fill("The convoy would take three weeks; people run out of food within one.");
        button("Record the decision").click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The decision was recorded.");
        assertThat(page.getByTestId("cmcoord-decision")).containsText("The convoy would take three weeks");
        assertThat(page.getByTestId("cmcoord-decision")).containsText("planner");
        assertThat(page.getByTestId("cmcoord-status")).containsText("Approved");
        screenshot("cmcoord-decision");

        page.navigate("/cmcoord");
        assertThat(page.getByTestId("cmcoord-requests")).containsText(asset);
    }
}
