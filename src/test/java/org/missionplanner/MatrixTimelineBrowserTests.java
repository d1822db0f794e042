package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.LargePlan;
import org.missionplanner.plan.MatrixPlan;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A viewer of a mission opens a small plan's responsibility matrix, narrows it to one dimension and
 * then to one actor, and opens the timeline; both stay readable for 1,000 tasks. Screenshots: plan-matrix,
 * plan-matrix-filtered, plan-timeline, plan-matrix-large, plan-timeline-large.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MatrixTimelineBrowserTests extends MissionPlannerBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    PlanWorld world;
    MatrixPlan plan;

    @BeforeEach
    void createPlan() {
        world = PlanWorld.create(jdbc, encoder);
        plan = MatrixPlan.create(jdbc, world);
    }

    @AfterEach
    void deleteWorld() {
        if (world != null) { // null when the browser test was skipped before it built one
            world.delete();
        }
    }

    @Test
    void aViewerReadsWhoDoesWhatFiltersItAndSeesThePlanOnATimeline() {
        signIn(world.viewerUsername(), PlanWorld.PASSWORD);
        page.navigate("/plans/" + plan.planId() + "/matrix");

        assertThat(heading()).hasText("Matrix test ISF");
        Locator disarm = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(MatrixPlan.DISARM));
        assertThat(disarm).containsText("L");
        assertThat(disarm).containsText("Assessed budget");
        assertThat(page.getByTestId("tasks-without-lead")).containsText("Survey the returns");
        assertThat(page.getByTestId("idle-units")).containsText("SRSG");
        assertThat(page.getByTestId("matrix-count")).hasText("Showing 4 of 4 tasks");
        screenshot("plan-matrix");

        label("Dimension").selectOption("SECURITY");
        assertThat(page.getByTestId("matrix-count")).hasText("Showing 2 of 4 tasks");
        assertThat(page).hasURL(Pattern.compile("dimension=SECURITY"));
        label("Actor").selectOption("organisation-" + world.organisationId());
        assertThat(page.getByTestId("matrix-count")).hasText("Showing 1 of 4 tasks");
        assertThat(link("Download CSV"))
                .hasAttribute(
                        "href",
                        Pattern.compile(
                                "matrix\\.csv\\?dimension=SECURITY&actor=organisation-" + world.organisationId()));
        screenshot("plan-matrix-filtered");

        link("Timeline").click();
        assertThat(heading()).hasText("Matrix test ISF");
        Locator timeline = page.locator("svg.timeline-body");
        assertThat(timeline).isVisible();
        assertThat(timeline.locator("a[data-task='" + plan.disarmId() + "']"))
                .hasAttribute("href", "/plans/" + plan.planId() + "/tasks/" + plan.disarmId() + "/in-outline");
        assertThat(timeline.locator("line.today")).hasCount(1);
        assertThat(timeline.locator("g.benchmark.transition")).hasCount(1);
        assertThat(page.getByTestId("undated-tasks")).containsText("Survey the returns");
        screenshot("plan-timeline");

        // the same with the keyboard: Tab reaches the scroll region, then a task's bar; Enter opens the task
        Locator region = page.getByRole(
                AriaRole.REGION, new Page.GetByRoleOptions().setName(Pattern.compile("^Timeline, scrolls both ways")));
        assertThat(region).hasAttribute("tabindex", "0");
        page.locator("body").focus();
        tabUntil(".timeline-scroll");
        assertThat(region).isFocused();
        page.keyboard().press("Tab");
        Locator firstBar = timeline.locator("a[data-task]").first();
        assertThat(firstBar).isFocused();
        org.assertj.core.api.Assertions.assertThat(firstBar.evaluate("a => getComputedStyle(a).outlineStyle"))
                .isNotEqualTo("none");
        screenshot("plan-timeline-keyboard");
        String taskId = firstBar.getAttribute("data-task");
        page.keyboard().press("Enter");
        // the task, shown in the plan's outline
        assertThat(page).hasURL(Pattern.compile("/plans/" + plan.planId() + "#task-" + taskId + "$"));

        // and the text alternative: the tasks and their dates in a table
        page.goBack();
        page.getByText("The tasks and their dates, as a table").click();
        Locator disarmRow = page.getByTestId("timeline-table")
                .getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText(MatrixPlan.DISARM));
        assertThat(disarmRow.getByRole(AriaRole.LINK))
                .hasAttribute("href", "/plans/" + plan.planId() + "/tasks/" + plan.disarmId() + "/in-outline");
        assertThat(disarmRow.getByRole(AriaRole.CELL).nth(1)).hasText(Pattern.compile("\\d{1,2} \\w{3} \\d{4}"));
    }

    /** Presses Tab until the element matching the selector has the focus (at most 80 times). */
    private void tabUntil(String selector) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(page.evaluate("s => document.activeElement.matches(s)", selector))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    @Test
    void aThousandTasksStayReadableWithTheHeadersInView() {
        LargePlan large = LargePlan.create(jdbc, world.missionId());
        signIn(world.viewerUsername(), PlanWorld.PASSWORD);

        page.navigate("/plans/" + large.planId() + "/matrix");
        assertThat(page.getByTestId("matrix-count")).hasText("Showing 1,000 of 1,000 tasks");
        page.locator(".matrix-scroll").evaluate("box => box.scrollTop = 3000");
        assertThat(page.locator(".matrix-table thead th.matrix-task")).isInViewport();
        screenshot("plan-matrix-large");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Next").setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile("/matrix\\?page=1$"));
        assertThat(page.getByText("Page 2 of ")).isVisible();
        assertThat(page.getByTestId("matrix-count")).hasText("Showing 1,000 of 1,000 tasks");
        screenshot("plan-matrix-large-page-2");

        page.navigate("/plans/" + large.planId() + "/timeline");
        assertThat(page.getByTestId("timeline-count")).hasText("1,000 tasks drawn");
        page.locator(".timeline-scroll").evaluate("box => box.scrollTop = 3000");
        assertThat(page.locator("svg.timeline-axis")).isInViewport();
        screenshot("plan-timeline-large");
    }

    @Test
    void theTaskListAndTheMonitoringOfAThousandTasksComeInPagesWithTheirHeadersInView() {
        LargePlan large = LargePlan.create(jdbc, world.missionId());
        signIn(world.viewerUsername(), PlanWorld.PASSWORD);

        page.navigate("/plans/" + large.planId() + "/tasks?status=AT_RISK");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Next").setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile("/tasks\\?status=AT_RISK&page=1$"));
        assertThat(page.getByLabel("Status")).hasValue("AT_RISK");
        page.locator(".task-scroll").evaluate("box => box.scrollTop = 2000");
        assertThat(page.locator(".task-table thead th").first()).isInViewport();
        screenshot("plan-tasks-large");

        page.navigate("/plans/" + large.planId() + "/monitoring?page=2");
        assertThat(page.getByText("Page 3 of ")).isVisible();
        page.locator(".indicator-scroll").scrollIntoViewIfNeeded();
        page.locator(".indicator-scroll").evaluate("box => box.scrollTop = 2000");
        assertThat(page.locator(".indicator-table thead th").first()).isInViewport();
        screenshot("plan-monitoring-large");
    }
}
