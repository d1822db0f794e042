package org.missionplanner.plan.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.CoherencePlan;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A planner opens the coherence report of a small DDR plan, follows the strategic-deficit figure to
 * the unlinked task, reports a task's status, records a measurement on the monitoring tab and sees
 * it on the indicator's chart.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CoherenceMonitoringBrowserTests extends MissionPlannerBrowserTest {

    private static final String INDICATOR = "Ex-combatants enrolled in reintegration programmes";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    PlanWorld world;
    CoherencePlan plan;

    @BeforeEach
    void createPlan() {
        world = PlanWorld.create(jdbc, encoder);
        plan = CoherencePlan.create(jdbc, world);
    }

    @AfterEach
    void deleteWorld() {
        if (world != null) { // null when the browser test was skipped before it built one
            world.delete();
        }
    }

    @Test
    void aPlannerFollowsAFigureToItsTasksAndRecordsProgress() {
        page.setViewportSize(1280, 1000);
        signIn(world.plannerUsername(), PlanWorld.PASSWORD);
        page.navigate("/plans/" + plan.planId() + "/coherence");
        assertThat(heading()).hasText("Integrated strategic framework 2026-2027");
        assertThat(page.locator("[data-figure=linked]")).hasText("75 %");
        assertThat(page.locator(".uncovered-mandate")).containsText("Elections");
        screenshot("plan-coherence");

        link("Strategic deficit: 25 % unlinked").click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/" + plan.planId() + "/tasks\\?filter=unlinked$"));
        assertThat(page.getByTestId("task-count")).hasText("Showing 1 of 4 tasks.");
        assertThat(page.locator(".task-table tbody tr")).hasCount(1);
        assertThat(page.locator(".task-table")).containsText("Community radio on reconciliation");
        label("Show").selectOption("");
        label("Dimension").selectOption("SECURITY");
        button("Apply").click();
        assertThat(page.locator(".task-table tbody tr")).hasCount(2);
        screenshot("plan-tasks");

        link("Pay reintegration grants").click();
        label("New status").selectOption("OFF_TRACK");
        label("Narrative").fill("The donor's second tranche is delayed until the next quarter.");
        button("Record the status report").click();
        assertThat(page.getByTestId("task-status")).hasText("Off track");
        assertThat(page.locator(".status-history")).containsText("second tranche is delayed");
        screenshot("plan-task");

        link("Monitoring").click();
        assertThat(page.locator(".offtrack-list")).containsText("Small arms handed in at cantonment sites");
        var row = page.locator("#indicator-" + plan.indicatorId());
        row.locator("summary").click();
        row.getByLabel("Value", new Locator.GetByLabelOptions().setExact(true)).fill("4100");
        row.getByLabel("Date measured").fill(LocalDate.now().toString());
        row.getByLabel("Note").fill("Second cantonment phase");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the measurement"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Measurement recorded.");
        assertThat(page.locator("#indicator-" + plan.indicatorId())).containsText("4,100");
        screenshot("plan-monitoring");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(INDICATOR).setExact(true))
                .first()
                .click();
        assertThat(page.locator(".progress-chart .measured-dot")).hasCount(2);
        assertThat(page.locator(".progress-chart .target-line")).hasCount(1);
        assertThat(page.locator(".measurement-table")).containsText("Second cantonment phase");
        screenshot("plan-indicator");
    }
}
