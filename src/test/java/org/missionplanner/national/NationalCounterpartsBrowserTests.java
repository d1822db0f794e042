package org.missionplanner.national;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
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
 * A planner names two national actors of the mission's host country as a task's counterparts (a
 * multiple choice limited to the host country's national actors) and finds them in the coherence
 * report's local ownership, linked to the task behind each figure.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NationalCounterpartsBrowserTests extends MissionPlannerBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    PlanWorld world;
    long plan;
    long justice;
    long police;

    @BeforeEach
    void createWorld() {
        world = PlanWorld.create(jdbc, encoder);
        jdbc.update("insert into mission_host_country (mission_id, country_code) values (?, 'NR')", world.missionId());
        justice = actor("Nauru Ministry of Justice " + TestUsers.uniqueName("b"), "MINISTRY");
        police = actor("Nauru Police Force " + TestUsers.uniqueName("b"), "SECURITY_INSTITUTION");
        plan = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Nauru framework', date '2026-01-01', date '2027-12-31')
                returning id""", Long.class, world.missionId());
    }

    @AfterEach
    void deleteWorld() {
        if (world != null) {
            world.delete();
            jdbc.update("delete from organisation where id in (?, ?)", justice, police);
        }
    }

    @Test
    void aPlannerPicksTwoNationalCounterpartsAndSeesThemInTheCoherenceReport() {
        signIn(world.plannerUsername(), PlanWorld.PASSWORD);
        page.navigate("/plans/" + plan + "/tasks/new");
        Locator form = page.locator("form#task-new-unlinked");
        form.getByLabel("Task", new Locator.GetByLabelOptions().setExact(true)).fill("Vet and train the police");
        pickActor(form, "Lead", "SRSG");
        form.getByLabel("National actors as counterparts", new Locator.GetByLabelOptions().setExact(true))
                .selectOption(new String[] {"organisation-" + justice, "organisation-" + police});
        screenshot("national-counterparts-chosen");
        form.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Add").setExact(true))
                .click();
        assertThat(page.locator("#outline")).containsText("Vet and train the police");

        page.navigate("/plans/" + plan + "/coherence");
        Locator ownership = page.getByTestId("national-ownership");
        assertThat(ownership.locator("[data-actor='organisation-" + justice + "']"))
                .containsText("1");
        assertThat(ownership.locator("[data-actor='organisation-" + police + "']"))
                .containsText("Nauru Police Force");
        assertThat(ownership.locator("[data-kind='MINISTRY']")).containsText("Ministry");
        assertThat(ownership.locator("[data-figure=withNationalActor]")).containsText("100 %");
        ownership.scrollIntoViewIfNeeded();
        screenshot("national-ownership-on-coherence-report");

        ownership.locator("[data-actor='organisation-" + police + "'] a").click();
        assertThat(page.getByTestId("filter-counterpart")).containsText("Nauru Police Force");
        assertThat(page.getByTestId("task-count")).containsText("1 of 1");
    }

    private long actor(String name, String kind) {
        long id = jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind) values (?, ?, 'HOST_GOVERNMENT_INSTITUTION')
                returning id""", Long.class, TestUsers.uniqueName("NR"), name);
        jdbc.update("insert into national_actor (organisation_id, country, kind) values (?, 'NR', ?)", id, kind);
        return id;
    }
}
