package org.missionplanner.plan.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A planner builds a small plan from empty on the outline page: an objective, a result, an
 * indicator and two tasks with a lead and supporting actors, every step in place (htmx, the page is
 * never reloaded); sees them in the coherence figures, the matrix and the timeline; records a risk;
 * adds an unlinked task without JavaScript and sees the figures change; records a measurement;
 * exports the PDF; and finds the plan in the list of plans.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlanBuildingBrowserTests extends MissionPlannerBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    PlanWorld world;

    @BeforeEach
    void createWorld() {
        world = PlanWorld.create(jdbc, encoder);
    }

    @AfterEach
    void deleteWorld() {
        if (world != null) { // null when the browser test was skipped before it built one
            world.delete();
        }
    }

    @Test
    void aPlannerBuildsASmallPlanFromEmptyWithoutLeavingTheOutline() throws Exception {
        signIn(world.plannerUsername(), PlanWorld.PASSWORD);
        page.navigate("/missions/" + world.missionId() + "/plans");
        link("New plan").click();
        label("Kind of plan").selectOption("INTEGRATED_STRATEGIC_FRAMEWORK");
        label("Title").fill("Integrated strategic framework 2026–2027");
        label("Period from").fill("2026-01-01");
        label("Period to").fill("2027-12-31");
        label("Shared vision").fill("A Liberia at peace, where the state provides security and justice to all.");
        label("Context").fill("Two years after the peace agreement, 100,000 combatants await disarmament.");
        button("Create the plan").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("The plan was created.");

        page.evaluate("window.sameOutlinePage = true");
        Locator objectiveForm = page.locator("#objective-new");
        objectiveForm
                .getByLabel("Objective", new Locator.GetByLabelOptions().setExact(true))
                .fill("Disarm and reintegrate former combatants");
        objectiveForm.getByLabel("Dimension").selectOption("SECURITY");
        objectiveForm
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add"))
                .click();
        assertThat(outlineStatus()).containsText("The objective was added.");
        Locator objective = page.locator("section.outline-objective").first();
        assertThat(objective).containsText("Disarm and reintegrate former combatants");

        objective
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("Add a result: Disarm and reintegrate former combatants"))
                .click();
        Locator resultForm = page.locator("form[id^='result-new-']");
        resultForm
                .getByLabel("Result", new Locator.GetByLabelOptions().setExact(true))
                .fill("Combatants disarmed and demobilised");
        submit(resultForm);
        assertThat(outlineStatus()).containsText("The result was added.");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Add an indicator: Combatants disarmed and demobilised"))
                .click();
        Locator indicatorForm = page.locator("form[id^='indicator-new-']");
        indicatorForm
                .getByLabel("Indicator", new Locator.GetByLabelOptions().setExact(true))
                .fill("Weapons handed in at cantonment sites");
        indicatorForm.getByLabel("Unit").fill("weapons");
        indicatorForm
                .getByLabel("Baseline", new Locator.GetByLabelOptions().setExact(true))
                .fill("0");
        indicatorForm.getByLabel("Baseline date").fill("2026-01-01");
        indicatorForm
                .getByLabel("Target", new Locator.GetByLabelOptions().setExact(true))
                .fill("60000");
        indicatorForm.getByLabel("Target date").fill("2027-06-30");
        indicatorForm.getByLabel("Data source").fill("DDR programme database");
        submit(indicatorForm);
        assertThat(outlineStatus()).containsText("The indicator was added.");

        addTask(
                "Run the cantonment sites",
                "DDR Section",
                new String[] {"UNPOL", world.organisationAcronym()},
                "2026-02-01",
                "2026-12-31");
        addTask(
                "Reintegration support in the counties",
                world.organisationAcronym(),
                new String[] {"SRSG"},
                "2027-01-01",
                "2028-06-30");

        Locator tasks = page.locator("section.outline-result .outline-task");
        assertThat(tasks).hasCount(2);
        assertThat(tasks.first()).containsText("Run the cantonment sites");
        assertThat(tasks.first()).containsText("DDR Section");
        assertThat(tasks.first()).containsText("UNPOL");
        assertThat(tasks.nth(1)).containsText("The task's dates fall outside the plan's period.");
        assertThat(page.locator("#outline")).containsText("1 objective · 1 result · 1 indicator · 2 tasks");
        assertThat(page.evaluate("window.sameOutlinePage === true"))
                .as("built without reloading the page")
                .isEqualTo(true);
        assertThat(jdbc.queryForObject("""
                select count(*) from plan_task t join plan p on p.id = t.plan_id
                where p.mission_id = ? and num_nonnulls(t.lead_unit_id, t.lead_organisation_id) = 1""", Integer.class, world.missionId())).isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                select count(*) from plan_task_supporter s join plan_task t on t.id = s.task_id
                join plan p on p.id = t.plan_id where p.mission_id = ?""", Integer.class, world.missionId())).isEqualTo(3);
        Locator first = tasks.first();
        first.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit \"Run the cantonment sites\""))
                .click();
        Locator editForm = page.locator("form[id^='task-'][id$='-form']");
        editForm.getByLabel("Status").selectOption("ON_TRACK");
        editForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(outlineStatus()).containsText("The task was saved.");
        assertThat(page.locator(".outline-task").first()).containsText("On track");
        screenshot("plan-outline");

        tab("Coherence").click();
        assertThat(page.locator("[data-figure=linked]")).hasText("100 %");
        tab("Matrix").click();
        assertThat(page.getByTestId("matrix-count")).containsText("2");
        assertThat(page.locator("table").first()).containsText("Run the cantonment sites");
        assertThat(page.locator("table").first()).containsText("Reintegration support in the counties");
        tab("Timeline").click();
        assertThat(page.getByTestId("timeline-count")).containsText("2");
        tab("Outline").click();

        page.locator(".nav-tabs")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Risks"))
                .click();
        Locator riskForm = page.locator("#risk-new");
        riskForm.getByLabel("Risk", new Locator.GetByLabelOptions().setExact(true))
                .fill("Spoilers attack cantonment sites before disarmament is complete");
        riskForm.getByLabel("Dilemma").selectOption("HUMAN_RIGHTS");
        riskForm.getByLabel("Likelihood").selectOption("MEDIUM");
        riskForm.getByLabel("Impact").selectOption("HIGH");
        riskForm.getByLabel("Mitigation").fill("Joint patrols with UNPOL; early warning through the JMAC.");
        pickActorByValue(riskForm, "Owner", "unit-" + world.ddrUnitId());
        submit(riskForm);
        assertThat(page.locator("#risks").getByRole(AriaRole.STATUS)).containsText("The risk was added.");
        assertThat(page.locator("table.risk-register")).containsText("Spoilers attack cantonment sites");
        screenshot("plan-risks");

        String planPath = page.url().replaceAll("^.*(/plans/\\d+).*$", "$1");
        page.navigate(planPath + "/tasks/new");
        assertThat(heading()).containsText("Integrated strategic framework 2026–2027");
        assertThat(page.locator("form#task-new-unlinked")).isVisible();
        screenshot("plan-task-form-without-javascript");

        // work that serves no objective yet, added without JavaScript: the figures change with it
        Locator unlinked = page.locator("form#task-new-unlinked");
        unlinked.getByLabel("Task", new Locator.GetByLabelOptions().setExact(true))
                .fill("Radio programme on the peace process");
        // the lead is found by typing, among the groups of actors
        searchBoxOf(unlinked, "Lead").click();
        assertThat(unlinked.locator(".ts-dropdown .optgroup-header").first()).hasText("Units of this mission");
        pickActor(unlinked, "Lead", "UND", "UNDP — United Nations Development Programme");
        assertThat(unlinked.locator(".ts-control .item")).hasText("UNDP — United Nations Development Programme");
        screenshot("plan-task-lead-picked-by-typing");
        unlinked.getByLabel("Start").fill("2026-03-01");
        unlinked.getByLabel("End").fill("2026-09-30");
        submit(unlinked);
        tab("Coherence").click();
        assertThat(page.locator("[data-figure=linked]")).hasText("67 %");
        screenshot("plan-journey-coherence");
        tab("Matrix").click();
        assertThat(page.getByTestId("matrix-count")).containsText("3");
        screenshot("plan-journey-matrix");
        tab("Timeline").click();
        assertThat(page.getByTestId("timeline-count")).containsText("3");
        screenshot("plan-journey-timeline");

        tab("Monitoring").click();
        long indicatorId = jdbc.queryForObject("""
                select i.id from plan_indicator i join plan p on p.id = i.plan_id where p.mission_id = ?""", Long.class, world.missionId());
        Locator row = page.locator("#indicator-" + indicatorId);
        row.locator("summary").click();
        row.getByLabel("Value", new Locator.GetByLabelOptions().setExact(true)).fill("12000");
        row.getByLabel("Date measured").fill("2026-06-30");
        row.getByLabel("Note").fill("First cantonment phase");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the measurement"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Measurement recorded.");
        assertThat(page.locator("#indicator-" + indicatorId)).containsText("12,000");
        screenshot("plan-journey-monitoring");

        Download download = page.waitForDownload(() -> link("PDF").click());
        byte[] pdf = readAll(download);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Run the cantonment sites",
                            "Radio programme on the peace process",
                            "Weapons handed in at cantonment sites");
        }

        link("Plans").first().click();
        assertThat(page.locator("table.plan-list")).containsText("Integrated strategic framework 2026–2027");
        screenshot("plan-list");
    }

    private void addTask(String title, String lead, String[] supporters, String start, String end) {
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Add a task: Combatants disarmed and demobilised"))
                .click();
        Locator form = page.locator("form[id^='task-new-result-']");
        form.getByLabel("Task", new Locator.GetByLabelOptions().setExact(true)).fill(title);
        pickActor(form, "Lead", lead);
        for (String supporter : supporters) {
            pickActor(form, "Supporting actors", supporter);
        }
        assertThat(form.locator(".ts-control .item")).hasCount(1 + supporters.length);
        form.getByLabel("National counterpart").fill("National Commission on DDR");
        form.getByLabel("Funding source").selectOption("VOLUNTARY");
        form.getByLabel("Amount").fill("250000");
        form.getByLabel("Currency").fill("USD");
        form.getByLabel("Start").fill(start);
        form.getByLabel("End").fill(end);
        if (page.locator(".outline-task").count() == 0) {
            screenshot("plan-task-form");
        }
        submit(form);
        assertThat(outlineStatus()).containsText("The task was added.");
        assertThat(page.locator("#outline")).containsText(title);
    }

    private Locator tab(String name) {
        return page.locator(".nav-tabs")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static byte[] readAll(Download download) {
        try (var in = download.createReadStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Locator outlineStatus() {
        return page.locator("#outline").getByRole(AriaRole.STATUS);
    }

    /** The full label of the option that starts with the name (organisations show "ACRONYM — full name"). */
    private static Locator searchBoxOf(Locator form, String label) {
        return form.getByRole(
                AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(label).setExact(true));
    }

    private static void submit(Locator form) {
        form.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Add").setExact(true))
                .click();
    }
}
