package org.missionplanner.structure;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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

/** An HQ reviewer looks at an 80-unit organigram and compares two missions, in a real browser. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OrganigramBrowserTests extends MissionPlannerBrowserTest {

    private static final String PASSWORD = "Organigram-Passphrase-2026!";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgUnitRepository units;

    @Autowired
    SecondaryLineRepository lines;

    @Autowired
    PasswordEncoder encoder;

    OrganigramFixture fixture;
    String reviewer;
    long large;
    long small;

    @BeforeEach
    void createData() {
        fixture = new OrganigramFixture(jdbc, units, lines);
        large = fixture.mission("BIG", "BOTH_FEET_IN");
        fixture.integratedStructure(large, 80);
        small = fixture.mission("SPM", "BOTH_FEET_OUT");
        var head = fixture.unit(small, UnitType.HEAD_OF_MISSION, "Office of the ERSG", "ERSG", null);
        fixture.unit(
                small,
                UnitType.POLITICAL_AFFAIRS,
                "Political Affairs",
                "Chief",
                head,
                new UnitPosts(PostCategory.INTERNATIONAL_CIVILIAN, 8, 6));
        reviewer = TestUsers.uniqueName("org-hq");
        new TestUsers(jdbc, encoder).create(reviewer, "HQ_REVIEWER", PASSWORD);
    }

    @AfterEach
    void deleteMissions() {
        if (fixture != null) { // null when the browser test was skipped before it built one
            fixture.deleteMissions();
        }
    }

    @Test
    void reviewerSeesTheOrganigramOfAnEightyUnitStructure() {
        signIn(reviewer, PASSWORD);
        page.setViewportSize(1400, 900);
        page.navigate("/missions/" + large + "/organigram");

        assertThat(heading()).hasText("Organigram of " + fixture.acronym(large));
        assertThat(page.getByTestId("integration-model")).hasText("Both feet in");
        assertThat(page.locator("svg.organigram-svg g[data-unit]")).hasCount(80 + 3);
        assertThat(page.locator("svg.organigram-svg path[data-line='secondary']"))
                .hasCount(4);
        assertThat(page.locator("[data-check='structuralIntegration']")).hasAttribute("data-state", "PASS");
        assertThat(link("Download as SVG")).hasAttribute("href", "/missions/" + large + "/organigram.svg");
        screenshot("organigram-80-units");

        link("Fit to the page width").click();
        assertThat(page.locator(".organigram-fit svg")).isVisible();
        screenshot("organigram-80-units-fit");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator("header")).isHidden();
        screenshot("organigram-80-units-print");
    }

    @Test
    void reviewerComparesTwoMissionsSideBySide() {
        signIn(reviewer, PASSWORD);
        page.setViewportSize(1400, 900);
        page.navigate("/missions");
        link("Compare structures").click();

        assertThat(heading()).hasText("Compare missions");
        label(fixture.acronym(large)).check();
        label(fixture.acronym(small)).check();
        button("Compare").click();

        var table = page.getByRole(AriaRole.TABLE);
        assertThat(table.getByRole(AriaRole.COLUMNHEADER))
                .containsText(new String[] {"Aspect", fixture.acronym(large), fixture.acronym(small)});
        assertThat(table).containsText("Both feet out");
        assertThat(page.getByTestId("unit-count")).hasText(new String[] {"80", "2"});
        screenshot("comparison-two-missions");
    }
}
