package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A planner reads UNMIL's mandate (the demo mandate expires within 60 days) and is told what is
 * wrong with a resolution form; an administrator checks a CSV file that nothing imports from.
 * Nothing is saved, so the demo data stays as it is for the other tests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MandateBrowserTests extends MissionPlannerBrowserTest {

    @Test
    void aPlannerSeesTheMandateInForceItsExpiryWarningAndTheFormsFieldErrors() {
        signIn("planner", DEMO_PASSWORD);
        page.navigate("/missions");
        link("UNMIL").click();
        assertThat(page.getByTestId("mandate-expiry-warning")).containsText("S/RES/1509 (2003)");
        screenshot("mandate-01-mission-overview-with-mandate-summary");

        link("Mandate").click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Mandate in force")))
                .isVisible();
        assertThat(page.getByTestId("mandate-expiry-warning")).containsText("Prepare the renewal");
        screenshot("mandate-02-mandate-tab");

        link("Add a resolution").click();
        label("Resolution symbol").fill("Resolution 2000");
        label("Adopted on").fill("2003-09-19");
        label("Mandate expires on").fill("2003-01-01");
        label("Task 1: text").fill("A task without a category");
        button("Save").click();
        assertThat(page.getByText("Write the symbol as the Security Council does"))
                .isVisible();
        assertThat(page.getByText("The mandate cannot expire before the resolution was adopted."))
                .isVisible();
        assertThat(page.getByText("Choose the category of this task.")).isVisible();
        assertThat(label("Resolution symbol")).hasAttribute("aria-invalid", "true");
        screenshot("mandate-03-resolution-form-field-errors");
    }

    @Test
    void anAdministratorSeesWhyAFileWithABadRowImportsNothing() {
        signIn("admin", DEMO_PASSWORD);
        page.navigate("/missions/import");
        String csv = "acronym,mission_name,start_text,end_text,status_in_source,host_country_ipi\n"
                + "UNTSO,United Nations Truce Supervision Organization,May 1948,Present,ongoing,Israel\n"
                + "UNEF I,First United Nations Emergency Force,November 1956,June 1967,closed,\n"
                + "UNXX,A mission in nowhere,May 1990,Present,ongoing,Atlantis\n";
        label("CSV file (UTF-8)")
                .setInputFiles(new FilePayload("operations.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        button("Import").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Nothing was imported");
        assertThat(page.getByTestId("import-report"))
                .containsText("The host country \"Atlantis\" is not a known country name.");
        screenshot("import-01-report-nothing-imported");
    }
}
