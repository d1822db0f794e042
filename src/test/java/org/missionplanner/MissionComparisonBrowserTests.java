package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A reviewer chooses UNMIL, MONUC and UNMIK on the comparison page and sees them side by side:
 * UNMIK has no JMAC and no military component, so those checks say Not applicable, never Pass.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MissionComparisonBrowserTests extends MissionPlannerBrowserTest {

    @Test
    void aReviewerComparesUnmilMonucAndUnmikAndSeesNotApplicableWhereAComponentIsAbsent() {
        signIn("reviewer", DEMO_PASSWORD);
        page.setViewportSize(1400, 1000);
        page.navigate("/missions/compare");
        assertThat(heading()).hasText("Compare missions");
        for (String acronym : new String[] {"UNMIL", "MONUC", "UNMIK"}) {
            page.getByLabel(acronym, new Page.GetByLabelOptions().setExact(true))
                    .check();
        }
        button("Compare").click();

        // the form sends the missions in the order of the list: by acronym
        var table = page.getByRole(AriaRole.TABLE);
        assertThat(table.locator("thead th")).containsText(new String[] {"Aspect", "MONUC", "UNMIK", "UNMIL"});
        assertThat(table.locator("td[data-check=jmac]").nth(1)).containsText("Not applicable");
        assertThat(table.locator("td[data-check=jmac]").nth(1)).hasAttribute("data-state", "NOT_APPLICABLE");
        assertThat(table.locator("td[data-check=forceCommander]").nth(1)).containsText("Not applicable");
        assertThat(table.locator("tr.compare-diff").first()).containsText("Differs");
        screenshot("comparison-01-unmil-monuc-unmik");

        // on a narrow screen the columns scroll sideways and the aspects stay in view
        page.setViewportSize(900, 800);
        page.locator(".compare-scroll").evaluate("el => el.scrollLeft = el.scrollWidth");
        page.locator("#compare-structures").scrollIntoViewIfNeeded();
        var aspect = table.locator("th[scope=row]", new Locator.LocatorOptions().setHasText("Integration model"))
                .first();
        assertThat(aspect).isInViewport();
        var scroller = page.locator(".compare-scroll");
        org.assertj.core.api.Assertions.assertThat(((Number) scroller.evaluate("el => el.scrollLeft")).intValue())
                .isPositive();
        org.assertj.core.api.Assertions.assertThat(aspect.boundingBox().x)
                .isCloseTo(scroller.boundingBox().x, org.assertj.core.data.Offset.offset(2.0));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "comparison-02-narrow-screen.png")));
    }
}
