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
    String justiceName;
    String policeName;

    @BeforeEach
    void createWorld() {
        world = PlanWorld.create(jdbc, encoder);
        jdbc.update("insert into mission_host_country (mission_id, country_code) values (?, 'NR')", world.missionId());
        justiceName = "Nauru Ministry of Justice " + TestUsers.uniqueName("b");
        policeName = "Nauru Police Force " + TestUsers.uniqueName("b");
        justice = actor(justiceName, "MINISTRY");
        police = actor(policeName, "SECURITY_INSTITUTION");
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
        // the same searchable choice as the supporters: typed, then chips
        pickActor(form, COUNTERPARTS, "Justice", justiceName);
        pickActor(form, COUNTERPARTS, "Police", policeName);
        assertThat(chipsOf(form)).hasCount(2);
        assertThat(chipsOf(form).first()).containsText("Nauru Ministry of Justice");
        screenshot("national-counterparts-chosen");
        // clicked while the picker still has the focus: the form must not move under the pointer as it blurs
        form.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Add").setExact(true))
                .click();
        assertThat(page.locator("#outline")).containsText("Vet and train the police");
        assertCounterpartsSaved("Vet and train the police");

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

    @Test
    void theOutlinesInlineFormTakesTwoCounterpartsPickedByTyping() {
        signIn(world.plannerUsername(), PlanWorld.PASSWORD);
        page.navigate("/plans/" + plan);
        page.locator("a.outline-add[href$='serves=']").click();
        Locator form = page.locator("form#task-new-unlinked");
        assertThat(form).hasAttribute("hx-post", java.util.regex.Pattern.compile("/plans/" + plan + "/tasks"));
        form.getByLabel("Task", new Locator.GetByLabelOptions().setExact(true)).fill("Draft the police act");
        pickActor(form, "Lead", "SRSG");
        pickActor(form, "Supporting actors", "UNPOL");
        // the supporters' list stays open for more; Escape closes it, as a keyboard user does
        page.keyboard().press("Escape");
        pickActor(form, COUNTERPARTS, "Police", policeName);
        pickActor(form, COUNTERPARTS, "Justice", justiceName);
        assertThat(chipsOf(form)).hasCount(2);
        screenshot("national-counterparts-inline-form");
        form.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Add").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("The task was added.");
        assertThat(page.locator("#outline")).containsText("Draft the police act");
        assertCounterpartsSaved("Draft the police act");
    }

    private static final String COUNTERPARTS = "National actors as counterparts";

    /** The chips of the counterparts' choice. */
    private static Locator chipsOf(Locator form) {
        return form.locator("select[name=nationalCounterparts] + .ts-wrapper .ts-control .item");
    }

    /** The task page lists both national actors as the task's counterparts. */
    private void assertCounterpartsSaved(String title) {
        long task = jdbc.queryForObject(
                "select id from plan_task where plan_id = ? and title = ?", Long.class, plan, title);
        page.navigate("/plans/" + plan + "/tasks/" + task);
        Locator counterparts = page.getByTestId("task-national-counterparts");
        assertThat(counterparts).containsText("Nauru Ministry of Justice");
        assertThat(counterparts).containsText("Nauru Police Force");
        assertThat(counterparts.locator("a")).hasCount(2);
    }

    private long actor(String name, String kind) {
        long id = jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind) values (?, ?, 'HOST_GOVERNMENT_INSTITUTION')
                returning id""", Long.class, TestUsers.uniqueName("NR"), name);
        jdbc.update("insert into national_actor (organisation_id, country, kind) values (?, 'NR', ?)", id, kind);
        return id;
    }
}
