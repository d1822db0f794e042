package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The demo planner searches "DDR" from the box in the navigation, sees the hits grouped by kind
 * with the word marked, and opens a task of UNMIL's DDRR plan in its plan's outline.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SearchBrowserTests extends MissionPlannerBrowserTest {

    @Test
    void aPlannerSearchesDdrFromTheNavigationAndOpensATask() {
        signIn("planner", DEMO_PASSWORD);
        Locator box = label("Search everything");
        box.fill("DDR");
        box.press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=DDR$"));
        assertThat(heading()).hasText("Search");
        assertThat(page.locator("section[data-kind=TASK] h2")).containsText("Tasks");
        assertThat(page.locator("section[data-kind=TASK] mark").first()).hasText("DDR");
        assertThat(page.locator("section[data-kind=PARTNERSHIP]")).isVisible();
        screenshot("search-01-ddr-results");

        Locator task = page.locator("section[data-kind=TASK] [data-testid=search-hit] a")
                .first();
        String title = task.innerText().strip();
        String href = task.getAttribute("href");
        org.assertj.core.api.Assertions.assertThat(href).matches("/plans/\\d+/tasks/\\d+/in-outline");
        task.click();

        assertThat(page).hasURL(Pattern.compile(".*/plans/\\d+.*"));
        assertThat(page.getByText(title).first()).isVisible();
        screenshot("search-02-task-opened");
    }
}
