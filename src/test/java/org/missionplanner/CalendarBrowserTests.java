package org.missionplanner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
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
 * A planner opens the mission's calendar from the mission page, sees the mandate's expiry and a
 * benchmark, switches to the quarter view, follows the benchmark into the plan, then issues a feed
 * address on the account page; the feed is fetched over HTTP without a session and parsed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CalendarBrowserTests extends MissionPlannerBrowserTest {

    private static final String PASSWORD = "Calendar-Browser-Passphrase-1";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long missionId;
    long plannerId;
    String acronym;
    String planner;
    long planId;
    LocalDate expiry;

    @BeforeEach
    void missionWithAMandateAPlanAndAStage() {
        var users = new TestUsers(jdbc, encoder);
        acronym = TestUsers.uniqueName("CLB");
        missionId = users.createMission(acronym);
        planner = TestUsers.uniqueName("clb-planner");
        plannerId = users.create(planner, "USER", PASSWORD);
        users.member(plannerId, missionId, "PLANNER");
        expiry = LocalDate.now().plusDays(45);
        jdbc.update("""
                insert into resolution (mission_id, symbol, adopted_on, expires_on)
                values (?, 'S/RES/1509 (2003)', date '2003-09-19', ?)""", missionId, expiry);
        planId = jdbc.queryForObject(
                """
                insert into plan (mission_id, kind, title, period_start, period_end, status)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Integrated strategic framework', ?, ?, 'DRAFT') returning id""",
                Long.class,
                missionId,
                LocalDate.now().minusMonths(2),
                LocalDate.now().plusYears(2));
        jdbc.update("""
                insert into plan_benchmark (plan_id, objective_id, position, description, due_on, transition, version)
                values (?, null, 1, 'Police officers deployed in all counties', ?, true, 0)""", planId, LocalDate.now().plusDays(20));
        jdbc.update(
                """
                insert into calendar_stage (mission_id, kind, starts_on, ends_on, owner)
                values (?, 'END_OF_MANDATE_REVIEW', ?, ?, 'Chief of Staff')""", missionId, LocalDate.now().minusDays(10), LocalDate.now().plusDays(30));
    }

    @AfterEach
    void removeTheMission() {
        jdbc.update("delete from mission where id = ?", missionId);
    }

    @Test
    void aPlannerReadsTheCalendarAndSubscribesToTheFeed() throws Exception {
        signIn(planner, PASSWORD);
        page.navigate("/missions/" + missionId);
        page.locator(".nav-tabs")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Calendar"))
                .click();
        assertThat(page).hasURL(url("/missions/" + missionId + "/calendar"));
        var milestones = page.getByTestId("milestones");
        assertThat(milestones).containsText("Mandate expires (S/RES/1509 (2003))");
        assertThat(milestones).containsText("Benchmark due: Police officers deployed in all counties");
        assertThat(milestones).containsText("Peacekeeping budget year");
        assertThat(page.getByTestId("stages")).containsText("End-of-mandate review");
        screenshot("mission-calendar");

        link("Quarter").click();
        assertThat(page.getByTestId("quarter")).isVisible();
        screenshot("mission-calendar-quarter");

        link("List").click();
        page.getByTestId("milestones")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("Benchmark due: Police officers deployed in all counties"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/plans/" + planId + ".*#benchmark-\\d+$"));

        page.navigate("/calendar");
        assertThat(page.getByTestId("milestones")).containsText(acronym);
        screenshot("calendar-overview");

        page.navigate("/account");
        button("Create a feed address").click();
        String feedUrl = page.getByTestId("issued-feed-url").textContent().trim();
        assertThat(feedUrl).matches("http://localhost:\\d+/calendar/feed/mpc_[A-Za-z0-9_-]+\\.ics");
        assertThat(page.getByTestId("feed-active")).isVisible();
        screenshot("account-calendar-feed");

        HttpResponse<String> feed = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(feedUrl)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).get().asString().startsWith("text/calendar");
        var calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events)
                .extracting(e -> e.getSummary().getValue())
                .contains(
                        acronym + ": Mandate expires (S/RES/1509 (2003))",
                        acronym + ": Benchmark due: Police officers deployed in all counties");
        VEvent expiryEvent = events.stream()
                .filter(e -> e.getSummary().getValue().contains("Mandate expires"))
                .findFirst()
                .orElseThrow();
        assertThat(expiryEvent.getDateTimeStart().getValue())
                .isEqualTo(expiry.toString().replace("-", ""));
        assertThat(expiryEvent.getUrl().getValue()).isEqualTo(url("/missions/" + missionId + "/mandate"));
        assertThat(expiryEvent.getUid()).isPresent();
        assertThat(expiryEvent.getDateTimeStamp()).isNotNull();

        page.navigate("/account");
        button("Revoke the feed address").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("revoked");
        HttpResponse<String> revoked = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(feedUrl)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.statusCode()).isEqualTo(404);
    }
}
