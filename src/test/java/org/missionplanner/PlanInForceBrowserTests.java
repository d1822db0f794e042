package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A plan is approved and its revision started; the planner changes a task in the draft, and the
 * version in force stays beside it: its outline shows the task as approved, read-only, its PDF and
 * spreadsheet download, the plan list shows both states and the version has a page of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlanInForceBrowserTests extends MissionPlannerBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    PlanWorld world;
    String reviewer;
    long reviewerId;
    long planId;
    long taskId;

    @BeforeEach
    void createPlan() {
        world = PlanWorld.create(jdbc, encoder);
        reviewer = TestUsers.uniqueName("hq-reviewer");
        reviewerId = new TestUsers(jdbc, encoder).create(reviewer, "HQ_REVIEWER", PlanWorld.PASSWORD);
        planId = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end, shared_vision)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Integrated strategic framework 2026-2027', date '2026-01-01',
                        date '2027-12-31', 'A country at peace with its neighbours') returning id""", Long.class, world.missionId());
        long objective = jdbc.queryForObject("""
                insert into plan_objective (plan_id, position, title, dimension) values (?, 1, 'Security sector reform', 'SECURITY')
                returning id""", Long.class, planId);
        long result = jdbc.queryForObject("""
                insert into plan_result (plan_id, objective_id, position, title) values (?, ?, 1, 'A professional police service')
                returning id""", Long.class, planId, objective);
        jdbc.update("""
                insert into plan_indicator (plan_id, result_id, position, definition, unit, baseline_value, target_value)
                values (?, ?, 1, 'Police officers trained and deployed', 'officers', 0, 2000)""", planId, result);
        taskId = jdbc.queryForObject("""
                insert into plan_task (plan_id, objective_id, result_id, position, title, lead_unit_id, funding_source)
                values (?, ?, ?, 1, 'Train the national police', ?, 'ASSESSED') returning id""", Long.class, planId, objective, result, world.policeUnitId());
    }

    @AfterEach
    void deleteWorld() {
        if (world != null) { // null when the browser test was skipped before it built one
            world.delete();
        }
        jdbc.update("delete from app_user where id = ?", reviewerId);
    }

    @Test
    void theVersionInForceStaysVisibleAndPrintableBesideItsDraftRevision() throws Exception {
        signIn(world.plannerUsername(), PlanWorld.PASSWORD);
        page.navigate("/plans/" + planId + "/review");
        button("Submit for review").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The plan was submitted for review.");
        signOut();

        signIn(reviewer, PlanWorld.PASSWORD);
        page.navigate("/plans/" + planId + "/review");
        button("Approve").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The plan was approved");
        signOut();

        // the planner starts the revision and changes a task in the draft
        signIn(world.plannerUsername(), PlanWorld.PASSWORD);
        page.navigate("/plans/" + planId + "/review");
        button("Start a new draft").click();
        page.navigate("/plans/" + planId);
        Locator task = page.locator("#task-" + taskId);
        task.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit \"Train the national police\""))
                .click();
        Locator form = page.locator("form[id^='task-'][id$='-form']");
        form.getByLabel("Task", new Locator.GetByLabelOptions().setExact(true))
                .fill("Train and equip the national police");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("#outline").getByRole(AriaRole.STATUS)).containsText("The task was saved.");
        assertThat(page.getByTestId("in-force")).containsText("In force: version 1");
        assertThat(page.getByTestId("revision-state")).containsText("Revision being drafted");
        assertThat(page.getByTestId("show-draft")).hasAttribute("aria-current", "page");
        screenshot("plan-draft-revision");

        // the version in force, read-only, beside the draft
        page.getByTestId("show-approved").click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/" + planId + "\\?version=approved$"));
        assertThat(page.locator("#task-" + taskId)).containsText("Train the national police");
        assertThat(page.locator("#outline")).not().containsText("Train and equip");
        assertThat(page.getByTestId("version-read-only")).isVisible();
        assertThat(page.getByRole(
                        AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Edit the plan")))
                .hasCount(0);
        assertThat(page.locator("#task-" + taskId)
                        .getByRole(
                                AriaRole.LINK,
                                new Locator.GetByRoleOptions().setName("Edit \"Train the national police\"")))
                .hasCount(0);
        screenshot("plan-in-force");

        Download pdf =
                page.waitForDownload(() -> page.getByTestId("version-pdf").click());
        assertThat(pdf.suggestedFilename()).endsWith("-approved.pdf");
        assertThat(Files.readAllBytes(pdf.path())).startsWith("%PDF".getBytes());
        Download xlsx =
                page.waitForDownload(() -> page.getByTestId("version-xlsx").click());
        assertThat(xlsx.suggestedFilename()).endsWith("-approved.xlsx");
        assertThat(Files.readAllBytes(pdf.path()).length).isPositive();
        assertThat(Files.readAllBytes(xlsx.path())).startsWith("PK".getBytes());

        // the tabs keep the version shown, and the other views switch too
        page.locator(".nav-tabs")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Matrix").setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/matrix\\?version=approved$"));
        assertThat(page.locator("main")).containsText("Train the national police");
        assertThat(page.locator("main")).not().containsText("Train and equip");
        screenshot("plan-in-force-matrix");
        page.getByTestId("show-draft").click();
        assertThat(page).hasURL(Pattern.compile(".*/matrix$"));
        assertThat(page.locator("main")).containsText("Train and equip the national police");

        // the plan list shows both states; the version has a page of its own
        page.navigate("/missions/" + world.missionId() + "/plans");
        assertThat(page.getByTestId("plan-list-status")).containsText("Approved v1 in force");
        assertThat(page.getByTestId("plan-list-status")).containsText("Draft revision");
        screenshot("plan-list-in-force");
        page.navigate("/plans/" + planId + "/versions");
        page.getByTestId("version-link").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/" + planId + "/versions/1$"));
        assertThat(page.getByTestId("version-summary")).containsText("Approved, in force");
        assertThat(page.locator("#task-" + taskId)).containsText("Train the national police");
        screenshot("plan-version");
    }
}
