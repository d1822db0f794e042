package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
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
 * A planner starts a fresh mission's structure from the generic template and moves a unit. The
 * planner and the mission are the test's own (and removed afterwards): other tests count the demo
 * planner's missions.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StructureEditorBrowserTests extends MissionPlannerBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void plannerStartsFromTheGenericTemplateAndMovesAUnit() {
        var users = new TestUsers(jdbc, encoder);
        String acronym = TestUsers.uniqueName("NEWMIS");
        long mission = users.createMission(acronym);
        String username = TestUsers.uniqueName("structure-planner");
        long planner = users.create(username, "USER", DEMO_PASSWORD);
        users.member(planner, mission, "PLANNER");
        users.member(planner, users.mission("UNMIL"), "VIEWER");
        try {
            journey(mission, username, users);
        } finally {
            jdbc.update("delete from mission where id = ?", mission);
            jdbc.update("delete from app_user where id = ?", planner);
        }
    }

    private void journey(long mission, String username, TestUsers users) {
        signIn(username, DEMO_PASSWORD);
        page.navigate("/missions/" + mission + "/structure");
        assertThat(page.getByTestId("structure-empty")).isVisible();
        assertThat(label("The generic integrated mission (SRSG, two deputies, components, joint structures, "
                        + "management bodies, UN Country Team)"))
                .isChecked();
        screenshot("structure-01-empty");
        button("Start").click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The structure was created.");
        assertThat(page.getByTestId("structure-tree")).containsText("Joint Mission Analysis Centre");
        assertThat(page.getByTestId("structure-tree")).containsText("Integrated Mission Planning Team");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit Joint Mission Analysis Centre"))
                .click();
        assertThat(heading()).containsText("Joint Mission Analysis Centre");
        assertThat(button("Remove this unit")).isVisible();
        screenshot("structure-02-unit-form");
        long dsrsg = jdbc.queryForObject(
                "select id from org_unit where mission_id = ? and name = 'Office of the DSRSG (political)'",
                Long.class,
                mission);
        label("Reports to (new primary line)").selectOption(String.valueOf(dsrsg));
        button("Move").click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The unit now reports to its new superior.");
        long jmac = jdbc.queryForObject(
                "select id from org_unit where mission_id = ? and name = 'Joint Mission Analysis Centre'",
                Long.class,
                mission);
        var jmacRow = page.locator("tr[data-unit-id='" + jmac + "']");
        var dsrsgRow = page.locator("tr[data-unit-id='" + dsrsg + "']");
        assertThat(dsrsgRow.locator("td").first()).hasClass(java.util.regex.Pattern.compile("tree-depth-1"));
        assertThat(jmacRow.locator("td").first()).hasClass(java.util.regex.Pattern.compile("tree-depth-2"));
        screenshot("structure-03-editor-after-move");

        page.navigate("/missions/" + users.mission("UNMIL") + "/structure");
        assertThat(page.getByTestId("structure-tree")).containsText("Humanitarian Coordination Section");
        screenshot("structure-04-unmil-demo");
    }
}
