package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator finds a duplicate of the World Bank Group in the registry, chooses "Merge
 * into…", types to find the group, is told how many references will move, and merges: the
 * duplicate's name is now one of the group's aliases.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OrganisationMergeBrowserTests extends MissionPlannerBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private final String acronym = TestUsers.uniqueName("WBG-DUP");
    private long duplicate;
    private long group;

    @BeforeEach
    void aDuplicateOfTheWorldBankGroup() {
        group = jdbc.queryForObject(
                "select id from organisation where acronym = 'WORLD BANK GROUP' and kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION'",
                Long.class);
        duplicate = jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind)
                values (?, 'The World Bank (duplicate)', 'INTERNATIONAL_FINANCIAL_INSTITUTION') returning id""", Long.class, acronym);
    }

    @AfterEach
    void removeWhatTheMergeLeft() {
        jdbc.update("delete from organisation where id = ?", duplicate);
        jdbc.update(
                "delete from organisation_alias where organisation_id = ? and alias in (?, 'The World Bank (duplicate)')",
                group,
                acronym);
        jdbc.update("delete from organisation_merge where merged_id = ?", duplicate);
    }

    @Test
    void anAdministratorMergesADuplicateOrganisationIntoTheOneThatStays() {
        signIn("admin", DEMO_PASSWORD);
        page.navigate(url("/organisations/" + duplicate));
        link("Merge into…").click();

        pickActor(page.locator("main"), "Merge into", "WORLD BANK", "World Bank Group");
        button("Next: see what will move").click();

        assertThat(page.getByTestId("merge-confirmation")).containsText("no reference will move");
        screenshot("organisation-merge-confirmation");
        page.getByTestId("merge-confirm").click();

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
                .containsText("The organisations were merged.");
        assertThat(heading()).containsText("WORLD BANK GROUP");
        assertThat(page.getByTestId("organisation-aliases")).containsText(acronym);
        assertThat(page.getByTestId("organisation-merges")).containsText("merged by admin");
        screenshot("organisation-merge-done");
    }
}
