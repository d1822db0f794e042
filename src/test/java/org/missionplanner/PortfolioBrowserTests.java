package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
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

/**
 * An HQ reviewer finds the portfolio on the home page, with the review queue; opens it from the
 * navigation, sorts it by mandate expiry, then by how long plans have waited for a decision, and
 * opens the mission whose plan has waited longest.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PortfolioBrowserTests extends MissionPlannerBrowserTest {

    private static final String PASSWORD = "Portfolio-Browser-Passphrase-1";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long soonId;
    long waitingId;
    long reviewerId;
    String soon;
    String waiting;
    String reviewer;

    @BeforeEach
    void twoMissions() {
        var users = new TestUsers(jdbc, encoder);
        soon = TestUsers.uniqueName("PFSOON");
        waiting = TestUsers.uniqueName("PFWAIT");
        soonId = users.createMission(soon);
        waitingId = users.createMission(waiting);
        reviewer = TestUsers.uniqueName("pf-reviewer");
        reviewerId = users.create(reviewer, "HQ_REVIEWER", PASSWORD);
        jdbc.update(
                "insert into resolution (mission_id, symbol, adopted_on, expires_on) values (?, 'S/RES/9101 (2025)', ?, ?)",
                soonId,
                LocalDate.now().minusYears(1),
                LocalDate.now().plusDays(1));
        jdbc.update(
                "insert into resolution (mission_id, symbol, adopted_on, expires_on) values (?, 'S/RES/9102 (2025)', ?, ?)",
                waitingId,
                LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(1));
        long plan = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end, status)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Long-waiting framework', date '2026-01-01', date '2027-12-31',
                        'IN_REVIEW') returning id""", Long.class, waitingId);
        jdbc.update("""
                insert into plan_version (plan_id, number, snapshot, status, submitted_by, submitted_by_name, submitted_at)
                values (?, 1, '{}'::jsonb, 'SUBMITTED', 'someone', 'A mission planner', now() - interval '400 days')""", plan);
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from mission where id in (?, ?)", soonId, waitingId);
        jdbc.update("delete from app_user where id = ?", reviewerId);
    }

    @Test
    void aReviewerSortsThePortfolioAndOpensTheMissionWhosePlanHasWaitedLongest() {
        signIn(reviewer, PASSWORD);
        // the portfolio is the reviewer's home page, the review queue first, oldest first
        assertThat(page).hasURL(url("/portfolio"));
        Locator queue = page.getByTestId("review-queue");
        assertThat(queue.getByTestId("review-queue-entry").first()).containsText(waiting);
        assertThat(queue.getByTestId("review-queue-entry").first()).containsText("Long-waiting framework");
        screenshot("portfolio-home-review-queue");
        page.navigate("/");
        assertThat(page.getByTestId("home-portfolio")).isVisible();
        assertThat(page.getByTestId("review-queue")).isVisible();

        page.getByTestId("nav-portfolio").click();
        assertThat(page).hasURL(url("/portfolio"));
        assertThat(heading()).hasText("Portfolio");

        page.locator("th a[data-sort=mandateExpiry]").click();
        assertThat(page).hasURL(Pattern.compile("/portfolio\\?sort=mandateExpiry&dir=asc"));
        Locator rows = page.getByTestId("portfolio-table").locator("tbody tr");
        assertThat(rows.first()).hasAttribute("data-mission", soon);
        assertThat(rows.first().getByTestId("portfolio-mandate")).containsText("1 day left");
        assertThat(page.locator("th[aria-sort=ascending]")).containsText("Mandate expiry");
        screenshot("portfolio-by-mandate-expiry");

        page.locator("th a[data-sort=waiting]").click();
        assertThat(page).hasURL(Pattern.compile("sort=waiting&dir=asc"));
        page.locator("th a[data-sort=waiting]").click();
        assertThat(page).hasURL(Pattern.compile("sort=waiting&dir=desc"));
        assertThat(rows.first()).hasAttribute("data-mission", waiting);
        assertThat(rows.first().getByTestId("portfolio-awaiting")).containsText("oldest waiting 400 days");
        screenshot("portfolio-by-waiting");

        rows.first()
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(waiting).setExact(true))
                .click();
        assertThat(page).hasURL(url("/missions/" + waitingId));
        assertThat(heading()).containsText(waiting);
        screenshot("portfolio-opened-mission");
    }
}
