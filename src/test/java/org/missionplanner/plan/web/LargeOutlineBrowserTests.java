package org.missionplanner.plan.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.LargePlan;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.BrowserSupport;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A planner works on the outline of a plan of 1,000 tasks: it opens at once with its objectives
 * closed; they open one objective, edit a task in place, move it and find it with the search, and
 * the page stays the same page throughout. Without JavaScript the same objective opens on a page
 * of its own, where the task's edit page also moves it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LargeOutlineBrowserTests extends MissionPlannerBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    PlanWorld world;
    LargePlan large;

    @BeforeEach
    void createWorld() {
        world = PlanWorld.create(jdbc, encoder);
        large = LargePlan.create(jdbc, world.missionId());
    }

    @AfterEach
    void deleteWorld() {
        if (world != null) {
            world.delete();
        }
    }

    @Test
    void aPlannerOpensAnObjectiveEditsATaskInPlaceAndMovesIt() {
        long taskId = taskAt(1);
        long objectiveId = objectiveOf(taskId);
        long resultId = jdbc.queryForObject("select result_id from plan_task where id = ?", Long.class, taskId);
        signIn(world.plannerUsername(), PlanWorld.PASSWORD);
        page.navigate("/plans/" + large.planId());
        page.evaluate("window.sameOutlinePage = true");
        assertThat(page.locator("#outline")).containsText("50 objectives · 200 results · 400 indicators · 1,000 tasks");
        assertThat(page.locator(".outline-task")).hasCount(0);
        screenshot("large-outline");

        Locator objective = page.locator("#objective-" + objectiveId);
        String title = jdbc.queryForObject("select title from plan_objective where id = ?", String.class, objectiveId);
        objective
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("Show the results, indicators and tasks of \"" + title + "\""))
                .click();
        Locator task = page.locator("#task-" + taskId);
        assertThat(task).containsText("Task 1");
        assertThat(objective.locator(".outline-result")).hasCount(4);
        screenshot("large-outline-objective-open");

        task.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit \"Task 1\""))
                .click();
        Locator form = page.locator("#task-" + taskId + "-form");
        form.getByLabel("Task", new Locator.GetByLabelOptions().setExact(true)).fill("Task 1 edited in place");
        form.getByLabel("Status").selectOption("ON_TRACK");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("#outline").getByRole(AriaRole.STATUS)).containsText("The task was saved.");
        assertThat(task).containsText("Task 1 edited in place");
        assertThat(task).containsText("On track");

        Locator resultTasks = page.locator("#result-" + resultId + " .outline-task");
        assertThat(resultTasks.first()).containsText("Task 1 edited in place");
        task.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move \"Task 1 edited in place\" down"))
                .click();
        assertThat(page.locator("#outline").getByRole(AriaRole.STATUS)).containsText("Moved.");
        assertThat(resultTasks.nth(1)).containsText("Task 1 edited in place");
        assertThat(resultTasks.first()).containsText("Task 201");
        assertThat(jdbc.queryForList(
                        "select title from plan_task where result_id = ? order by position limit 2",
                        String.class,
                        resultId))
                .containsExactly("Task 201", "Task 1 edited in place");
        screenshot("large-outline-task-moved");

        // cancelling a form in the objective leaves the objective open
        String result = jdbc.queryForObject("select title from plan_result where id = ?", String.class, resultId);
        objective
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Add a task: " + result))
                .click();
        Locator newTask = page.locator("form#task-new-result-" + resultId);
        newTask.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cancel"))
                .click();
        assertThat(newTask).hasCount(0);
        assertThat(task).containsText("Task 1 edited in place");

        // the rest of the page still works: another objective opens, the search finds the task
        page.locator("#outline .outline-open").first().click();
        assertThat(page.locator("section.outline-objective .card-body")).hasCount(2);
        label("Words in the titles").fill("edited in place");
        button("Find").click();
        assertThat(page.getByTestId("outline-found")).isVisible();
        assertThat(page.locator(".outline-task")).hasCount(1);
        assertThat(page.locator(".outline-task")).containsText("Task 1 edited in place");
        assertThat(page.evaluate("window.sameOutlinePage === true"))
                .as("worked without reloading the page")
                .isEqualTo(true);
        screenshot("large-outline-search");
    }

    @Test
    void aTaskMovedToAnotherObjectiveShowsThereAndAnObjectiveMovesUpAndIsDeletedInPlace() {
        long taskId = taskAt(1);
        long from = objectiveOf(taskId);
        long to = large.objectiveAt(jdbc, 3);
        signIn(world.plannerUsername(), PlanWorld.PASSWORD);
        page.navigate("/plans/" + large.planId());
        page.evaluate("window.sameOutlinePage = true");
        page.locator("#objective-" + from + " .outline-open").click();
        Locator task = page.locator("#task-" + taskId);
        task.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit \"Task 1\""))
                .click();
        Locator form = page.locator("#task-" + taskId + "-form");
        form.getByLabel("Serves").selectOption("Result 3.1");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page.locator("#outline").getByRole(AriaRole.STATUS)).containsText("The task was saved.");
        assertThat(page.locator("#objective-" + to + " #task-" + taskId)).containsText("Task 1");
        assertThat(page.locator("#objective-" + from + " #task-" + taskId)).hasCount(0);
        assertThat(page.locator("#task-" + taskId)).hasCount(1);
        assertThat(page.locator("#objective-" + from + " .outline-task").first())
                .isVisible();
        screenshot("large-outline-task-moved-to-another-objective");

        String title = jdbc.queryForObject("select title from plan_objective where id = ?", String.class, to);
        page.locator("#objective-" + to)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move \"" + title + "\" up"))
                .first()
                .click();
        assertThat(page.locator("#outline").getByRole(AriaRole.STATUS)).containsText("Moved.");
        Locator objectives = page.locator("section.outline-objective");
        assertThat(objectives.nth(1)).hasId("objective-" + to);
        assertThat(objectives.nth(1)).containsText("Objective 2.");
        assertThat(objectives.nth(2)).containsText("Objective 3.");
        assertThat(objectives).hasCount(LargePlan.OBJECTIVES);
        assertThat(page.locator("#objective-" + to + " #task-" + taskId)).containsText("Task 1");

        // deleted, the objective goes; its tasks join the unlinked ones and the objectives after it move up
        page.locator("#objective-" + to + "-header")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete \"" + title + "\""))
                .click();
        page.getByTestId("delete-confirm")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Delete").setExact(true))
                .click();
        assertThat(page.locator("#outline").getByRole(AriaRole.STATUS)).containsText("The objective was deleted");
        assertThat(page.locator("#objective-" + to)).hasCount(0);
        assertThat(objectives).hasCount(LargePlan.OBJECTIVES - 1);
        assertThat(objectives.nth(1)).containsText("Objective 2.");
        long unlinked = jdbc.queryForObject(
                "select count(*) from plan_task where plan_id = ? and objective_id is null",
                Long.class,
                large.planId());
        assertThat(page.locator("#unlinked-tasks .badge")).hasText(String.valueOf(unlinked));
        screenshot("large-outline-objective-deleted");
        assertThat(page.evaluate("window.sameOutlinePage === true"))
                .as("worked without reloading the page")
                .isEqualTo(true);
    }

    @Test
    void withoutJavaScriptAnObjectiveOpensOnItsOwnPageWhereItsTasksAreEditedAndMoved() {
        long taskId = taskAt(1);
        long objectiveId = objectiveOf(taskId);
        Browser browser = page.context().browser();
        try (var context = browser.newContext(
                new Browser.NewContextOptions().setJavaScriptEnabled(false).setBaseURL(baseUrl()))) {
            Page plain = context.newPage();
            plain.navigate("/login");
            plain.getByLabel("User name").fill(world.plannerUsername());
            plain.getByLabel("Password").fill(PlanWorld.PASSWORD);
            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            plain.navigate("/plans/" + large.planId());
            assertThat(plain.locator("#objective-" + objectiveId).getByRole(AriaRole.BUTTON))
                    .hasCount(0);
            plain.locator("#objective-" + objectiveId + " .outline-open").click();
            assertThat(plain).hasURL(url("/plans/" + large.planId() + "/objectives/" + objectiveId + "/outline"));
            Locator task = plain.locator("#task-" + taskId);
            assertThat(task).containsText("Task 1");
            assertThat(task.getByRole(AriaRole.BUTTON)).hasCount(0);

            task.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit \"Task 1\""))
                    .click();
            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("↓ Move down"))
                    .click();
            assertThat(plain)
                    .hasURL(url("/plans/" + large.planId() + "/objectives/" + objectiveId + "/outline#task-" + taskId));
            assertThat(plain.getByRole(AriaRole.STATUS).first()).containsText("Moved.");
            BrowserSupport.screenshot(plain, "large-outline-objective-page-without-javascript");
        }
        assertThat(jdbc.queryForObject("select position from plan_task where id = ?", Integer.class, taskId))
                .isEqualTo(201);
    }

    private long taskAt(int position) {
        return jdbc.queryForObject(
                "select id from plan_task where plan_id = ? and position = ?", Long.class, large.planId(), position);
    }

    private long objectiveOf(long taskId) {
        return jdbc.queryForObject("select objective_id from plan_task where id = ?", Long.class, taskId);
    }
}
