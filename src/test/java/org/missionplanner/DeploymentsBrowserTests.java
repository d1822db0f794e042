package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * An HQ reviewer opens MONUC's deployments, chooses 2008, and reads the map with its legend, the
 * table of locations, the strength over the years and the top troop and police contributors.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DeploymentsBrowserTests extends MissionPlannerBrowserTest {

    @Test
    void aReviewerOpensMonucsDeploymentMapFor2008AndItsContributors() {
        signIn("reviewer", DEMO_PASSWORD);
        page.navigate("/missions");
        link("MONUC").click();
        page.locator(".nav-tabs")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Deployments"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Deployment map, 2010")))
                .isVisible();

        label("Year").selectOption("2008");
        button("Show").click();

        assertThat(page).hasURL(Pattern.compile(".*/missions/\\d+/deployments\\?year=2008$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Deployment map, 2008")))
                .isVisible();
        Locator map = page.getByRole(
                AriaRole.IMG, new Page.GetByRoleOptions().setName("MONUC: deployment locations in 2008"));
        assertThat(map).isVisible();
        assertThat(map.locator("[data-location]")).hasCount(43);
        assertThat(map.locator("polygon.hq-mission")).hasCount(1);
        assertThat(map.locator("path.country.host")).not().hasCount(0);
        assertThat(page.getByTestId("legend")).containsText("Mission headquarters");
        Locator locations = page.getByTestId("locations");
        assertThat(locations.locator("tbody tr")).hasCount(43);
        assertThat(locations.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Kinshasa")))
                .containsText("Mission headquarters");
        Locator strength = page.getByRole(
                AriaRole.IMG,
                new Page.GetByRoleOptions()
                        .setName("MONUC: deployed strength by year against the authorised strength"));
        assertThat(strength).isVisible();
        assertThat(strength.locator("rect.bar")).hasCount(12);
        Locator troops = page.getByTestId("troops-contributors");
        assertThat(troops.locator("tbody tr").first()).containsText("India");
        assertThat(troops.locator("tbody tr")).hasCount(10);
        assertThat(page.getByTestId("police-contributors").locator("tbody tr").first())
                .containsText("Senegal");
        screenshot("deployments-01-monuc-2008");
        map.screenshot(new Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "deployments-02-monuc-2008-map.png")));
        strength.screenshot(new Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "deployments-03-monuc-strength.png")));
    }
}
