package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A planner links a task of a component plan to a result of the integrated strategic framework it
 * derives from, and the framework's coherence report no longer lists that result as served by no
 * task, nor the task as work that serves none of its results.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlanChainBrowserTests extends MissionPlannerBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    PlanWorld world;
    long isf;
    long component;
    long taskId;

    @BeforeEach
    void createChain() {
        world = PlanWorld.create(jdbc, encoder);
        isf = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end, shared_vision)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Integrated strategic framework 2026-2027', date '2026-01-01',
                        date '2027-12-31', 'A country at peace') returning id""", Long.class, world.missionId());
        long isfObjective = jdbc.queryForObject("""
                insert into plan_objective (plan_id, position, title, dimension) values (?, 1, 'Disarmament', 'SECURITY')
                returning id""", Long.class, isf);
        jdbc.update("""
                insert into plan_result (plan_id, objective_id, position, title)
                values (?, ?, 1, 'Combatants disarmed and demobilised')""", isf, isfObjective);
        component = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end, parent_plan_id)
                values (?, 'COMPONENT_PLAN', 'DDR Section work plan 2026', date '2026-01-01', date '2026-12-31', ?)
                returning id""", Long.class, world.missionId(), isf);
        long objective = jdbc.queryForObject("""
                insert into plan_objective (plan_id, position, title, dimension) values (?, 1, 'Cantonment', 'SECURITY')
                returning id""", Long.class, component);
        long result = jdbc.queryForObject("""
                insert into plan_result (plan_id, objective_id, position, title) values (?, ?, 1, 'Sites open')
                returning id""", Long.class, component, objective);
        taskId = jdbc.queryForObject("""
                insert into plan_task (plan_id, objective_id, result_id, position, title, lead_unit_id)
                values (?, ?, ?, 1, 'Staff the cantonment sites', ?) returning id""", Long.class, component, objective, result, world.ddrUnitId());
    }

    @AfterEach
    void deleteWorld() {
        if (world != null) { // null when the browser test was skipped before it built one
            world.delete();
        }
    }

    @Test
    void linkingAComponentTaskToAFrameworkResultServesThatResult() {
        signIn(world.plannerUsername(), PlanWorld.PASSWORD);
        page.navigate("/plans/" + isf + "/coherence");
        Locator chain = page.locator("#chain");
        assertThat(chain.locator(".chain-result-without-task")).hasText("Combatants disarmed and demobilised");
        assertThat(page.locator("#chain-unserved-count")).hasText("1");

        // from the framework to the plan deriving from it, by the link under its title
        page.locator(".plan-chain")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("DDR Section work plan 2026"))
                .click();
        assertThat(page.locator(".plan-chain")).containsText("Integrated strategic framework 2026-2027");
        Locator task = page.locator("#task-" + taskId);
        task.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit \"Staff the cantonment sites\""))
                .click();
        Locator form = page.locator("form[id^='task-'][id$='-form']");
        form.getByLabel("Contributes to (result of Integrated strategic framework 2026-2027)")
                .selectOption("Combatants disarmed and demobilised");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("#outline").getByRole(AriaRole.STATUS)).containsText("The task was saved.");

        // back to the framework's coherence report
        page.locator(".plan-chain")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Integrated strategic framework 2026-2027"))
                .click();
        page.locator(".nav-tabs")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Coherence").setExact(true))
                .click();
        assertThat(page.locator("#chain-no-task-count")).hasText("0");
        assertThat(chain.locator(".chain-result-without-task")).hasCount(0);
        assertThat(chain).containsText("Every result is served by a task of this plan or of a plan deriving from it.");
        assertThat(page.locator("#chain-unserved-count")).hasText("0");
        assertThat(chain).containsText("Combatants disarmed and demobilised: 1 contributing task(s)");
        chain.scrollIntoViewIfNeeded();
        screenshot("plan-chain-coherence");
    }
}
