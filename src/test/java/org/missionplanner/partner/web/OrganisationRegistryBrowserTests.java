package org.missionplanner.partner.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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

/** A planner finds KFOR in the registry; an administrator adds an organisation under NATO. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OrganisationRegistryBrowserTests extends MissionPlannerBrowserTest {

    private static final String PASSWORD = "Registry-Browser-Passphrase-1";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    String admin;
    String acronym;

    @BeforeEach
    void account() {
        admin = TestUsers.uniqueName("org-browser-admin");
        new TestUsers(jdbc, encoder).create(admin, "ADMINISTRATOR", PASSWORD);
        acronym = TestUsers.uniqueName("NRF");
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from organisation where acronym = ?", acronym);
        jdbc.update("delete from app_user where username = ?", admin);
    }

    @Test
    void aPlannerSearchesTheRegistryAndOpensAnOrganisation() {
        signIn("planner", DEMO_PASSWORD);
        page.setViewportSize(1280, 900);
        page.locator("header")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Partners").setExact(true))
                .click();
        assertThat(heading()).hasText("Partner organisations");
        assertThat(page.locator("tbody tr")).hasCount(OrganisationController.PAGE_SIZE);
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pages")))
                .isVisible();
        screenshot("organisation-registry");

        label("Search").fill("kosovo");
        page.getByLabel("Kind").selectOption("COALITION_OR_STATE");
        button("Filter").click();
        assertThat(page.locator("tbody tr")).hasCount(1);
        screenshot("organisation-registry-filtered");

        link("KFOR").click();
        assertThat(heading()).containsText("KFOR");
        assertThat(page.getByTestId("organisation-parent")).containsText("NATO");
        assertThat(link("Edit")).hasCount(0);
        screenshot("organisation-kfor");

        page.getByTestId("organisation-parent").getByRole(AriaRole.LINK).click();
        assertThat(page.getByTestId("organisation-children")).containsText("KFOR");
        assertThat(page.getByTestId("organisation-children")).containsText("ISAF");
        screenshot("organisation-nato");

        link("About the data").first().click();
        assertThat(heading()).hasText("About the data");
        screenshot("about-the-data");
    }

    @Test
    void anAdministratorAddsAnOrganisationUnderNato() {
        signIn(admin, PASSWORD);
        page.setViewportSize(1280, 900);
        page.navigate("/organisations");
        link("New organisation").click();
        label("Acronym").fill(acronym);
        label("Full name").fill("NATO Response Force test");
        page.getByLabel("Kind").selectOption("COALITION_OR_STATE");
        page.getByLabel("Part of")
                .selectOption(new SelectOption().setLabel("NATO – North Atlantic Treaty Organisation"));
        label("Website").fill("not a website");
        button("Save").click();
        assertThat(page.getByText("Enter a web address starting with http:// or https://."))
                .isVisible();
        screenshot("organisation-form-errors");

        label("Website").fill("https://www.nato.int/");
        button("Save").click();
        assertThat(page.getByText("The organisation was created.")).isVisible();
        assertThat(page.getByTestId("organisation-parent")).containsText("NATO");
        screenshot("organisation-created");
    }
}
