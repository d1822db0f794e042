package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A planner of UNMIL changes where the mission's headquarters are and reads the change on the
 * mission's history tab; then looks at the structure's history and at the organigram as it stood
 * today. The headquarters are put back afterwards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HistoryBrowserTests extends MissionPlannerBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private String hqBefore;

    @BeforeEach
    void rememberTheHeadquarters() {
        hqBefore = jdbc.queryForObject("select hq_location from mission where acronym = 'UNMIL'", String.class);
    }

    @AfterEach
    void putTheHeadquartersBack() {
        jdbc.update("update mission set hq_location = ? where acronym = 'UNMIL'", hqBefore);
    }

    @Test
    void aPlannerReadsWhatChangedAndSeesTheOrganigramOfADay() {
        signIn("planner", DEMO_PASSWORD);
        page.navigate("/missions");
        link("UNMIL").click();
        link("Edit").click();
        label("Headquarters location").fill("Monrovia, Mamba Point");
        button("Save").click();

        page.locator(".nav-tabs")
                .getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("History"))
                .click();
        assertThat(page.getByTestId("history"))
                .containsText("planner changed headquarters location of mission “UNMIL” from");
        assertThat(page.getByTestId("history")).containsText("to Monrovia, Mamba Point");
        screenshot("history-mission");

        page.navigate(page.url().replace("/history", "/structure/history"));
        assertThat(page.getByTestId("history")).isVisible();
        screenshot("history-structure");

        link("Organigram on a date").click();
        label("As it was on").fill(LocalDate.now(ZoneOffset.UTC).toString());
        button("Show").click();
        assertThat(page.getByTestId("as-of-notice")).isVisible();
        assertThat(page.locator("figure.organigram svg")).isVisible();
        screenshot("organigram-as-of");
    }
}
