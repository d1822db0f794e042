package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A planner records a partnership with its principle assessment and finds it on the partner map. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PartnerMapBrowserTests extends MissionPlannerBrowserTest {

    private static final String PASSWORD = "Partner-Map-Passphrase-2026!";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long mission;
    long organisation;
    long plannerId;
    String planner;
    String acronym;

    @BeforeEach
    void createData() {
        var users = new TestUsers(jdbc, encoder);
        mission = users.createMission(TestUsers.uniqueName("PMAP"));
        acronym = TestUsers.uniqueName("TURQ");
        organisation = jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind) values (?, 'Test coalition alongside', 'COALITION_OR_STATE')
                returning id""", Long.class, acronym);
        planner = TestUsers.uniqueName("pmap-planner");
        plannerId = users.create(planner, "USER", PASSWORD);
        users.member(plannerId, mission, "PLANNER");
    }

    @AfterEach
    void removeData() {
        jdbc.update("delete from mission where id = ?", mission);
        jdbc.update("delete from organisation where id = ?", organisation);
        jdbc.update("delete from app_user where id = ?", plannerId);
    }

    @Test
    void plannerAddsAPartnershipWithItsPrincipleAssessmentAndSeesItOnTheMap() {
        signIn(planner, PASSWORD);
        page.setViewportSize(1400, 1000);
        page.navigate("/missions/" + mission);
        page.locator("#main")
                .getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("Partners")
                                .setExact(true))
                .click();
        assertThat(page.getByTestId("partners-empty")).isVisible();
        link("Add a partnership").click();

        label("Organisation").selectOption(new SelectOption().setValue(String.valueOf(organisation)));
        label("Arrangement").selectOption("ALONGSIDE_NOT_UNDER_UN");
        label("From").fill("1994-06-22");
        label("To (optional)").fill("1994-08-21");
        label("Security").check();
        label("Coherent implementation").selectOption("NOT_MET");
        page.getByLabel("Note on Coherent implementation").fill("Separate command and agenda");
        label("Name (1)").fill("Liaison officer");
        screenshot("partnership-form");
        button("Add the partnership").click();

        assertThat(page.locator(".alert-success")).containsText("The partnership was added.");
        Locator box = page.locator("svg.partner-map-svg g[data-partnership]");
        assertThat(box).hasCount(1);
        assertThat(box).hasAttribute("data-not-met", "true");
        assertThat(box).containsText(acronym);
        assertThat(page.locator("svg.partner-map-svg g[data-group='ALONGSIDE']"))
                .isVisible();
        assertThat(page.getByTestId("not-met-summary")).isVisible();
        assertThat(page.getByTestId("partnership-list")).containsText("Separate command and agenda");
        screenshot("partner-map-after-adding");
    }

    @Test
    void theDemoPartnerMapOfUnmikShowsItsPillarsAndKforAlongside() {
        signIn("reviewer", DEMO_PASSWORD);
        page.setViewportSize(1400, 1000);
        long unmik = new TestUsers(jdbc, encoder).mission("UNMIK");
        page.navigate("/missions/" + unmik + "/partners");
        assertThat(page.locator("svg.partner-map-svg g[data-group='PILLARS'] g[data-partnership]"))
                .hasCount(2);
        assertThat(page.locator("svg.partner-map-svg g[data-group='ALONGSIDE']"))
                .containsText("KFOR");
        screenshot("partner-map-unmik");
        long unmil = new TestUsers(jdbc, encoder).mission("UNMIL");
        page.navigate("/missions/" + unmil + "/partners");
        assertThat(page.locator("svg.partner-map-svg g[data-group='INTEGRATED_FRAME'] g[data-partnership]"))
                .hasCount(4);
        screenshot("partner-map-unmil");
    }

    @Test
    void minurcatsPartnerMapShowsEuforAlongsideAndThenHandingOver() {
        signIn("reviewer", DEMO_PASSWORD);
        page.setViewportSize(1400, 1000);
        long minurcat = new TestUsers(jdbc, encoder).mission("MINURCAT");
        page.navigate("/missions/" + minurcat + "/partners");
        assertThat(page.getByTestId("partnership-periods")).containsText("2009-03-15");

        label("Partners on").fill("2008-06-01");
        button("Show").click();
        assertThat(page.getByTestId("partners-on-summary")).isVisible();
        assertThat(page.locator("svg.partner-map-svg g[data-group='ALONGSIDE']"))
                .containsText("EUFOR");
        assertThat(page.locator("svg.partner-map-svg g[data-group='HAND_OVERS']"))
                .hasCount(0);
        screenshot("partner-map-minurcat-2008");

        label("Partners on").fill("2009-04-01");
        button("Show").click();
        assertThat(page.locator("svg.partner-map-svg g[data-group='HAND_OVERS']"))
                .containsText("EUFOR");
        assertThat(page.locator("svg.partner-map-svg g[data-group='ALONGSIDE']"))
                .hasCount(0);
        screenshot("partner-map-minurcat-after-hand-over");
    }
}
