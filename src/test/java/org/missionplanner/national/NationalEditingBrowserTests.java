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
 * A planner of a mission hosted by Nauru edits a national plan's priorities (a row added with htmx,
 * another removed, nothing saved until Save) and moves a national actor under one of its own parts,
 * which the edit page refuses on the parent.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NationalEditingBrowserTests extends MissionPlannerBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    PlanWorld world;
    long ministry;
    long office;
    long plan;
    String ministryName;
    String planTitle;

    @BeforeEach
    void createWorld() {
        world = PlanWorld.create(jdbc, encoder);
        jdbc.update("insert into mission_host_country (mission_id, country_code) values (?, 'NR')", world.missionId());
        ministryName = "Nauru Ministry of Finance " + TestUsers.uniqueName("e");
        ministry = actor(ministryName, null);
        office = actor("Nauru Budget Office " + TestUsers.uniqueName("e"), ministry);
        planTitle = "Nauru Sustainable Development Plan " + TestUsers.uniqueName("e");
        plan = jdbc.queryForObject("""
                insert into national_plan (country, title, period_start, period_end)
                values ('NR', ?, date '2019-01-01', date '2030-12-31') returning id""", Long.class, planTitle);
        jdbc.update("""
                insert into national_priority (plan_id, position, code, title)
                values (?, 0, '1', 'Health'), (?, 1, '2', 'Education')""", plan, plan);
    }

    @AfterEach
    void deleteWorld() {
        if (world != null) {
            world.delete();
            jdbc.update("delete from national_plan where id = ?", plan);
            jdbc.update("delete from organisation where id in (?, ?)", office, ministry);
        }
    }

    @Test
    void aPlannerEditsAPlansPrioritiesAndIsToldWhyAParentIsRefused() {
        signIn(world.plannerUsername(), PlanWorld.PASSWORD);
        page.navigate("/national-plans?country=NR");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Edit " + planTitle))
                .click();
        Locator form = page.locator("form#national-plan-form");
        assertThat(form.getByLabel("Title of priority 1")).hasValue("Health");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove priority 1"))
                .click();
        assertThat(form.getByLabel("Title of priority 1")).hasValue("Education");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add a priority"))
                .click();
        form.getByLabel("Code of priority 3").fill("3");
        form.getByLabel("Title of priority 3").fill("Infrastructure");
        form.getByLabel("Code of priority 2").fill("4");
        form.getByLabel("Title of priority 2").fill("Fisheries");
        screenshot("national-plan-edit");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/national-plans/" + plan + "/edit$"));
        form.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Save").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(planTitle + "” is saved.");
        assertThat(page.locator("#plan-" + plan).locator("xpath=following-sibling::ol[1]"))
                .hasText(java.util.regex.Pattern.compile("2\\s*Education\\s*4\\s*Fisheries\\s*3\\s*Infrastructure"));
        assertAccessible();

        page.navigate("/national-actors?country=NR");
        page.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Edit " + ministryName))
                .click();
        Locator actorForm = page.locator("form#national-actor-form");
        actorForm.getByLabel("Part of").selectOption(String.valueOf(office));
        actorForm
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Save").setExact(true))
                .click();
        assertThat(page.locator("#parentId-errors"))
                .hasText("An actor cannot be part of itself or of one of its own parts.");
        screenshot("national-actor-edit-refused");
        assertAccessible();
    }

    private long actor(String name, Long parent) {
        long id = jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind, parent_id) values (?, ?, 'HOST_GOVERNMENT_INSTITUTION', ?)
                returning id""", Long.class, TestUsers.uniqueName("NR"), name, parent);
        jdbc.update(
                "insert into national_actor (organisation_id, country, kind, parent_id, name) values (?, 'NR', 'MINISTRY', ?, ?)",
                id,
                parent,
                name);
        return id;
    }
}
