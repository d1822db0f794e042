package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
 * A planner submits a plan; an HQ reviewer finds it in the inbox, comments on a task and returns it;
 * the planner reads the notification, answers, fixes the task on the outline and resubmits; the reviewer compares
 * the two versions and approves; the planner is told. Everything is removed afterwards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlanReviewBrowserTests extends MissionPlannerBrowserTest {

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
                values (?, ?, ?, 1, 'Train the national police', ?, 'UNFUNDED') returning id""", Long.class, planId, objective, result, world.policeUnitId());
        jdbc.update("""
                insert into plan_task (plan_id, objective_id, result_id, position, title, lead_unit_id)
                values (?, ?, ?, 2, 'Vet police recruits', ?)""", planId, objective, result, world.headUnitId());
    }

    @AfterEach
    void deleteWorld() {
        if (world != null) { // null when the browser test was skipped before it built one
            world.delete();
        }
        jdbc.update("delete from app_user where id = ?", reviewerId);
    }

    @Test
    void aPlanIsSubmittedReturnedWithACommentFixedResubmittedComparedAndApproved() {
        signIn(world.plannerUsername(), PlanWorld.PASSWORD);
        page.navigate("/plans/" + planId + "/review");
        label("Message to the reviewers").fill("First complete draft, agreed with the UNCT.");
        button("Submit for review").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The plan was submitted for review.");
        assertThat(page.getByTestId("review-state")).containsText("This plan is in review");
        assertThat(button("Submit for review")).hasCount(0);
        signOut();

        signIn(reviewer, PlanWorld.PASSWORD);
        assertThat(page.getByTestId("notification-bell")).containsText("1");
        link("Reviews").click();
        Locator row = page.getByTestId("reviews-inbox")
                .getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("Integrated strategic framework 2026-2027"));
        assertThat(row).containsText("Test " + world.plannerUsername());
        screenshot("reviews-inbox");
        row.getByRole(AriaRole.LINK).click();
        label("About").selectOption(new SelectOption().setValue("task-" + taskId));
        label("Comment").fill("Who pays for the training? The task has no funding.");
        button("Add the comment").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your comment was added.");
        assertThat(page.locator("[data-element='task-" + taskId + "']")).containsText("Train the national police");
        label("Reasons (required to return the plan)").fill("Fund the police training before approval.");
        screenshot("plan-review");
        button("Return for changes").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The plan was returned to its planners");
        assertThat(page.getByTestId("review-state")).containsText("This plan is a draft");
        signOut();

        signIn(world.plannerUsername(), PlanWorld.PASSWORD);
        assertThat(page.getByTestId("notification-bell")).containsText("1");
        page.getByTestId("notification-bell").click();
        assertThat(page.getByTestId("notifications"))
                .containsText("returned the plan \"Integrated strategic framework 2026-2027\"");
        screenshot("notifications");
        button("Open").click();
        assertThat(page.getByTestId("review-state")).containsText("Fund the police training before approval.");
        page.getByLabel("Reply").first().fill("Funded by the Peacebuilding Fund now.");
        button("Reply").first().click();
        button("Resolve").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The thread was marked as resolved.");
        // the fix, on the outline, where the reviewer's comment shows beside the task
        page.locator(".nav-tabs")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Outline").setExact(true))
                .click();
        Locator task = page.locator("#task-" + taskId);
        assertThat(task.getByTestId("comment-badge")).containsText("2");
        task.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit \"Train the national police\""))
                .click();
        Locator form = page.locator("form[id^='task-'][id$='-form']");
        form.getByLabel("Task", new Locator.GetByLabelOptions().setExact(true))
                .fill("Train and equip the national police");
        form.getByLabel("Funding source").selectOption("PEACEBUILDING_FUND");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("#outline").getByRole(AriaRole.STATUS)).containsText("The task was saved.");
        page.locator(".nav-tabs")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Review").setExact(true))
                .click();
        label("Message to the reviewers").fill("Funding added.");
        button("Submit for review").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The plan was submitted for review.");
        signOut();

        signIn(reviewer, PlanWorld.PASSWORD);
        page.navigate("/plans/" + planId + "/versions");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Fund the police training before approval.");
        screenshot("plan-versions");
        button("Compare").click();
        assertThat(heading()).hasText("Integrated strategic framework 2026-2027");
        assertThat(page.getByTestId("compare-summary")).containsText("Tasks");
        Locator changedTask = page.locator("[data-key='task-" + taskId + "']");
        assertThat(changedTask).containsText("Train the national police");
        assertThat(changedTask).containsText("Train and equip the national police");
        assertThat(changedTask).containsText("Peacebuilding Fund");
        screenshot("plan-compare");
        page.locator(".nav-tabs")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Review"))
                .click();
        button("Approve").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The plan was approved");
        assertThat(page.getByTestId("review-state")).containsText("This plan is approved");
        signOut();

        signIn(world.plannerUsername(), PlanWorld.PASSWORD);
        page.navigate("/notifications");
        assertThat(page.getByTestId("notifications"))
                .containsText("approved the plan \"Integrated strategic framework 2026-2027\"");
        button("Open").first().click();
        assertThat(page.getByTestId("review-state")).containsText("This plan is approved");
        assertThat(button("Start a new draft")).isVisible();
    }
}
