package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * From a new mission to its organigram: an administrator registers a mission and makes a planner
 * its member; the planner starts the structure from the generic template, moves the Force
 * Commander away from the head of mission and sees the integration check turn to a warning.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MissionJourneyBrowserTests extends MissionPlannerBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aNewMissionGetsAStructureAnOrganigramAndChecks() {
        String acronym = "MINUJ " + (System.nanoTime() % 10_000);
        String planner = TestUsers.uniqueName("journey-planner");
        var users = new TestUsers(jdbc, encoder);
        users.member(users.create(planner, "USER", DEMO_PASSWORD), users.mission("UNMIL"), "VIEWER");
        try {
            registerMission(acronym, planner);
            buildStructure(acronym, planner);
        } finally {
            jdbc.update("delete from mission where acronym = ?", acronym);
            jdbc.update("delete from app_user where username = ?", planner);
        }
    }

    private void registerMission(String acronym, String planner) {
        signIn("admin", DEMO_PASSWORD);
        page.navigate("/missions/new");
        label("Acronym").fill(acronym);
        label("Full name").fill("United Nations Journey Mission");
        label("Type").selectOption("MULTIDIMENSIONAL_PKO");
        label("Phase").selectOption("START_UP");
        label("Integration model (OCHA)").selectOption("ONE_FOOT_IN_ONE_FOOT_OUT");
        label("Host countries").selectOption("LR");
        label("Headquarters location").fill("Monrovia");
        label("Start date").fill("2026-01-15");
        label("Troops").fill("4500");
        screenshot("mission-01-form");
        button("Save").click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The mission was registered.");
        assertThat(heading()).hasText(acronym);
        assertThat(page.locator("main")).containsText("Liberia");
        screenshot("mission-02-page");

        link("Members").click();
        label("User name").fill(planner);
        label("Role on the mission").selectOption("PLANNER");
        button("Add").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The membership was saved.");
        signOut();
    }

    private void buildStructure(String acronym, String planner) {
        signIn(planner, DEMO_PASSWORD);
        page.navigate("/missions?q=" + acronym.replace(' ', '+'));
        link(acronym).click();
        link("Structure").click();
        button("Start").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The structure was created.");
        var forceCheck = page.locator("[data-check='forceCommander']");
        assertThat(forceCheck).hasAttribute("data-state", "PASS");

        long mission = jdbc.queryForObject("select id from mission where acronym = ?", Long.class, acronym);
        long chiefOfStaff = jdbc.queryForObject(
                "select id from org_unit where mission_id = ? and unit_type = 'CHIEF_OF_STAFF'", Long.class, mission);
        page.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Edit Military component"))
                .click();
        label("Reports to (new primary line)").selectOption(String.valueOf(chiefOfStaff));
        button("Move").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The unit now reports to its new superior.");
        screenshot("mission-03-structure-editor");
        assertThat(forceCheck).hasAttribute("data-state", "WARNING");

        link("Show the organigram").click();
        assertThat(page.locator("svg").first()).isVisible();
        assertThat(page.locator("main")).containsText("One foot in, one foot out");
        screenshot("mission-04-organigram");

        page.navigate("/missions/compare?ids=" + mission + "&ids="
                + jdbc.queryForObject("select id from mission where acronym = 'UNMIL'", Long.class));
        screenshot("mission-05-comparison");
    }
}
