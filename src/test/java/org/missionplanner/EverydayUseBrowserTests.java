package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The everyday journeys of issue 17 with the demo data, with screenshots in both languages: a planner
 * switches to French on the sign-in page and builds a task with one submit after seeing all the
 * form's errors at once (everyday-*-fr); the organigrams of UNMIL and UNMIK seen whole in English and
 * French (everyday-organigram-*).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EverydayUseBrowserTests extends MissionPlannerBrowserTest {

    private static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);
    private static final String TITLE = "Former les comités de paix des comtés";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPlannerSwitchesToFrenchSeesEveryErrorAtOnceAndBuildsTheTaskWithOneMoreSubmit() {
        long planId = jdbc.queryForObject(
                "select p.id from plan p join mission m on m.id = p.mission_id"
                        + " where m.acronym = 'UNMIL' and p.status = 'DRAFT' order by p.id limit 1",
                Long.class);
        page.navigate("/login");
        link("Français").click();
        assertThat(heading()).hasText("Connexion");
        screenshot("everyday-sign-in-fr");
        label("Nom d’utilisateur").fill("planner");
        label("Mot de passe").fill(DEMO_PASSWORD);
        button("Se connecter").click();
        try {
            page.navigate("/plans/" + planId + "/tasks/new");
            Locator form = page.locator("form#task-new-unlinked");
            // no title, no lead, ending before it starts, an amount without its currency
            form.getByLabel("Montant", EXACT).fill("250000");
            form.getByLabel("Début", EXACT).fill("2026-09-30");
            form.getByLabel("Fin", EXACT).fill("2026-03-01");
            add(form);

            form = page.locator("form#task-new-unlinked");
            assertThat(form.getByText("Une tâche a exactement un chef de file."))
                    .isVisible();
            assertThat(form.getByText("La tâche ne peut pas finir avant de commencer."))
                    .isVisible();
            assertThat(form.getByText("Indiquez la devise du montant.")).isVisible();
            assertThat(form.locator("[aria-invalid='true']")).not().hasCount(0);
            assertThat(form.getByLabel("Montant", EXACT)).hasValue("250000");
            screenshot("everyday-task-errors-fr");
            assertAccessible();

            form.getByLabel("Tâche", EXACT).fill(TITLE);
            pickActorAt(form, "Chef de file", 1);
            form.getByLabel("Début", EXACT).fill("2026-03-01");
            form.getByLabel("Fin", EXACT).fill("2026-09-30");
            form.getByLabel("Devise", EXACT).fill("USD");
            add(form);

            assertThat(page.getByText("La tâche a été ajoutée.").first()).isVisible();
            screenshot("everyday-task-added-fr");
            assertThat(jdbc.queryForList(
                            "select amount, currency, start_on::text, end_on::text from plan_task"
                                    + " where plan_id = ? and title = ?",
                            planId,
                            TITLE))
                    .singleElement()
                    .satisfies(task -> assertThat(task)
                            .containsEntry("currency", "USD")
                            .containsEntry("start_on", "2026-03-01")
                            .containsEntry("end_on", "2026-09-30"));
        } finally {
            // the language is kept in the planner's profile: back to English for the other journeys
            page.navigate("/?lang=en");
            jdbc.update("delete from plan_task where plan_id = ? and title = ?", planId, TITLE);
        }
        assertThat(jdbc.queryForObject(
                        "select coalesce(preferred_language, 'en') from app_user where username = 'planner'",
                        String.class))
                .isEqualTo("en");
    }

    @Test
    void theOrganigramsOfUnmilAndUnmikAreSeenWholeInEnglishAndFrench() {
        signIn("admin", DEMO_PASSWORD);
        page.setViewportSize(1400, 1000);
        for (Map.Entry<String, String> language :
                Map.of("en", "Organigram of ", "fr", "Organigramme de ").entrySet()) {
            for (String acronym : List.of("UNMIL", "UNMIK")) {
                long missionId = jdbc.queryForObject("select id from mission where acronym = ?", Long.class, acronym);
                page.navigate("/missions/" + missionId + "/organigram?lang=" + language.getKey());
                assertThat(heading()).hasText(language.getValue() + acronym);
                screenshot("everyday-organigram-" + acronym + "-" + language.getKey());

                page.navigate("/missions/" + missionId + "/organigram?fit=true");
                Locator region = page.getByRole(AriaRole.REGION).and(page.locator(".organigram-scroll"));
                assertThat(region.locator("svg")).isVisible();
                assertThat(region.evaluate("r => r.scrollWidth - r.clientWidth"))
                        .as("%s in %s: nothing to scroll sideways", acronym, language.getKey())
                        .isEqualTo(0);
                assertThat(region.evaluate("r => r.scrollHeight - r.clientHeight"))
                        .as("%s in %s: nothing to scroll down", acronym, language.getKey())
                        .isEqualTo(0);
                assertThat(region.evaluate("""
                                r => {
                                  const box = r.getBoundingClientRect();
                                  const svg = r.querySelector('svg').getBoundingClientRect();
                                  return svg.left >= box.left - 1 && svg.right <= box.right + 1
                                      && svg.top >= box.top - 1 && svg.bottom <= box.bottom + 1;
                                }"""))
                        .as("%s in %s: the whole drawing inside its box", acronym, language.getKey())
                        .isEqualTo(true);
                screenshot("everyday-organigram-" + acronym + "-" + language.getKey() + "-whole");
            }
        }
        page.navigate("/?lang=en");
    }

    private void add(Locator form) {
        form.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Ajouter").setExact(true))
                .click();
    }
}
