package org.missionplanner.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.admin.ApiTokens;
import org.missionplanner.support.HttpSession;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The calendar over real HTTP: the pages and their links, the stage form's field errors, stale
 * versions, the milestones API, and the feed issued on the account page and by the API, read
 * without a session, and refused once revoked.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CalendarPagesIntegrationTests {

    private static final String PASSWORD = "Calendar-Pages-Passphrase-1";
    private static final Pattern FEED_URL = Pattern.compile("(http://[^<\"]+/calendar/feed/mpc_[A-Za-z0-9_-]+\\.ics)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApiTokens tokens;

    long missionId;
    long otherMissionId;
    String planner;
    String viewer;

    @BeforeEach
    void missionWithAPlanAndAResolution() {
        var users = new TestUsers(jdbc, encoder);
        missionId = users.createMission(TestUsers.uniqueName("CLW"));
        otherMissionId = users.createMission(TestUsers.uniqueName("CLX"));
        planner = TestUsers.uniqueName("clw-planner");
        viewer = TestUsers.uniqueName("clw-viewer");
        users.member(users.create(planner, "USER", PASSWORD), missionId, "PLANNER");
        users.member(users.create(viewer, "USER", PASSWORD), missionId, "VIEWER");
        long resolutionId = jdbc.queryForObject("""
                insert into resolution (mission_id, symbol, adopted_on, expires_on)
                values (?, 'S/RES/1509 (2003)', date '2003-09-19', date '2004-09-19') returning id""", Long.class, missionId);
        jdbc.update(
                "insert into resolution_report_due_date (resolution_id, due_on) values (?, date '2004-08-15')",
                resolutionId);
        long planId = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end, status)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'ISF 2004-2006', date '2004-01-01', date '2006-12-31', 'DRAFT')
                returning id""", Long.class, missionId);
        jdbc.update("""
                insert into plan_benchmark (plan_id, objective_id, position, description, due_on, transition, version)
                values (?, null, 1, 'Disarmament completed', date '2004-10-31', true, 0)""", planId);
        jdbc.update("""
                insert into plan (mission_id, kind, title, period_start, period_end, status)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Secret plan of another mission', date '2004-01-01',
                        date '2006-12-31', 'DRAFT')""", otherMissionId);
    }

    @AfterEach
    void removeTheMissions() {
        jdbc.update("delete from mission where id in (?, ?)", missionId, otherMissionId);
    }

    @Test
    void theMissionCalendarListsMilestonesLinkedToTheirSubjectsAndTheQuarterViewShowsThreeMonths() {
        var session = signedIn(viewer);
        var page = session.get(base());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Mandate expires (S/RES/1509 (2003))")
                .contains("Secretary-General’s report due (S/RES/1509 (2003))")
                .contains("Benchmark due: Disarmament completed")
                .contains("Peacekeeping budget year 2004/05 begins")
                .contains("href=\"/missions/" + missionId + "/mandate\"")
                .contains("#benchmark-")
                .contains("href=\"/missions/" + missionId + "/calendar\"") // the mission tab
                .contains("href=\"/calendar\"") // the navbar
                .doesNotContain("Add a stage");

        var quarter = session.get(base() + "?view=quarter&quarter=2004-Q3");
        assertThat(quarter.statusCode()).isEqualTo(200);
        assertThat(quarter.body())
                .contains("Q3 2004")
                .contains("July 2004", "August 2004", "September 2004")
                .contains("Mandate expires (S/RES/1509 (2003))")
                .doesNotContain("Benchmark due: Disarmament completed");

        var range = session.get(base() + "?view=list&from=2004-10-01&to=2004-12-31");
        assertThat(range.body())
                .contains("Benchmark due: Disarmament completed")
                .doesNotContain("Mandate expires");

        var reversed = session.get(base() + "?from=2005-01-01&to=2004-01-01");
        assertThat(reversed.statusCode()).isEqualTo(200);
        assertThat(reversed.body()).contains("The end of the range comes before its start.");

        var overview = session.get("/calendar");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body())
                .contains("Benchmark due: Disarmament completed")
                .doesNotContain("Secret plan of another mission");

        assertThat(session.get("/missions/" + otherMissionId + "/calendar").statusCode())
                .isEqualTo(403);
    }

    @Test
    void plannersAddStagesWithFieldErrorsOnBadInputAndConflictsOnStaleVersions() {
        var viewerSession = signedIn(viewer);
        assertThat(viewerSession.get(base() + "/stages/new").statusCode()).isEqualTo(403);

        var session = signedIn(planner);
        assertThat(session.get(base()).body()).contains("Add a stage");
        session.get(base() + "/stages/new");
        var bad = new LinkedHashMap<String, String>();
        bad.put("kind", "MISSION_CONCEPT");
        bad.put("startsOn", "2004-02-01");
        bad.put("endsOn", "2004-01-31");
        bad.put("owner", "IMTF");
        var refused = session.postForm(base() + "/stages", bad);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("The end may not come before the start.")
                .contains("value=\"IMTF\"");

        bad.put("startsOn", "1900-01-01");
        bad.put("endsOn", "not a date");
        var refusedAgain = session.postForm(base() + "/stages", bad);
        assertThat(refusedAgain.body()).contains("is-invalid");
        bad.put("endsOn", "1900-02-01");
        assertThat(session.postForm(base() + "/stages", bad).body())
                .contains("Enter a date from 1945 to 20 years from today.");
        bad.put("startsOn", "");
        bad.put("endsOn", LocalDate.now().plusYears(25).toString());
        assertThat(session.postForm(base() + "/stages", bad).body())
                .contains("Enter a date from 1945 to 20 years from today.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from calendar_stage where mission_id = ?", Long.class, missionId))
                .isZero();

        var good = new LinkedHashMap<String, String>();
        good.put("kind", "MISSION_CONCEPT");
        good.put("title", "Concept of operations");
        good.put("startsOn", "2003-09-01");
        good.put("endsOn", "2003-09-30");
        good.put("owner", "Integrated Mission Task Force");
        var created = session.postForm(base() + "/stages", good);
        assertThat(created.statusCode()).isEqualTo(302);
        long stageId = jdbc.queryForObject("select id from calendar_stage where mission_id = ?", Long.class, missionId);
        assertThat(session.get(base() + "?from=2003-01-01&to=2003-12-31").body())
                .contains(
                        "Concept of operations begins",
                        "Integrated Mission Task Force",
                        "id=\"stage-" + stageId + "\"");

        session.get(base() + "/stages/" + stageId + "/edit");
        var first = new LinkedHashMap<>(good);
        first.put("version", "0");
        first.put("owner", "Strategic planning unit");
        assertThat(session.postForm(base() + "/stages/" + stageId, first).statusCode())
                .isEqualTo(302);
        var stale = new LinkedHashMap<>(good);
        stale.put("version", "0");
        var conflict = session.postForm(base() + "/stages/" + stageId, stale);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Someone else saved this stage").contains("Strategic planning unit");

        session.get(base());
        assertThat(session.postForm(base() + "/stages/" + stageId + "/delete", Map.of("version", "0"))
                        .statusCode())
                .isEqualTo(409);
        session.get(base());
        assertThat(session.postForm(base() + "/stages/" + stageId + "/delete", Map.of("version", "1"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from calendar_stage where mission_id = ?", Long.class, missionId))
                .isZero();
    }

    @Test
    void theMilestonesApiAnswersJsonWithDateKindTitleAndLink() {
        String token = tokens.create(viewer, "calendar test", null).token();
        var session = new HttpSession(port);
        var response = session.send(
                session.request("/api/v1/missions/" + missionId + "/milestones?from=2004-07-01&to=2004-12-31")
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")
                        .GET()
                        .build());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> kinds = JsonPath.read(response.body(), "$[*].kind");
        assertThat(kinds).containsExactly("BUDGET_YEAR", "SG_REPORT_DUE", "MANDATE_EXPIRY", "BENCHMARK_DUE");
        assertThat(JsonPath.<List<String>>read(response.body(), "$[*].date"))
                .containsExactly("2004-07-01", "2004-08-15", "2004-09-19", "2004-10-31");
        assertThat(JsonPath.<List<String>>read(response.body(), "$[?(@.kind == 'MANDATE_EXPIRY')].link"))
                .containsExactly("/missions/" + missionId + "/mandate");
        assertThat(JsonPath.<List<String>>read(response.body(), "$[?(@.kind == 'BENCHMARK_DUE')].title"))
                .containsExactly("Benchmark due: Disarmament completed");

        var refused = session.send(session.request("/api/v1/missions/" + otherMissionId + "/milestones")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void aFeedIssuedOnTheAccountPageIsReadWithoutASessionUntilItIsRevoked() {
        var session = signedIn(planner);
        var account = session.get("/account");
        assertThat(account.body()).contains("Calendar feed", "You have no active feed address.");
        session.postForm("/account/calendar-feed", Map.of());
        var issued = session.get("/account");
        var matcher = FEED_URL.matcher(issued.body());
        assertThat(matcher.find()).as("the feed URL is shown once").isTrue();
        String url = matcher.group(1);
        assertThat(session.get("/account").body()).doesNotContain(url).contains("A feed address is active since");

        var anonymous = new HttpSession(port);
        var feed = anonymous.send(
                HttpRequest.newBuilder(java.net.URI.create(url)).GET().build());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).get().asString().startsWith("text/calendar");
        assertThat(feed.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(feed.body())
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("SUMMARY:"
                        + jdbc.queryForObject("select acronym from mission where id = ?", String.class, missionId)
                        + ": Mandate expires (S/RES/1509 (2003))")
                .doesNotContain("Secret plan of another mission");

        String path = url.substring(url.indexOf("/calendar/feed/"));
        assertThat(anonymous
                        .send(anonymous
                                .request(path.replace("mpc_", "mpc_x"))
                                .GET()
                                .build())
                        .statusCode())
                .isEqualTo(404);
        assertThat(anonymous
                        .send(anonymous
                                .request("/calendar/feed/unknown.ics")
                                .GET()
                                .build())
                        .statusCode())
                .isEqualTo(404);

        long feedId = jdbc.queryForObject(
                "select id from calendar_feed where username = ? and revoked_at is null", Long.class, planner);
        session.get("/account");
        assertThat(session.postForm("/account/calendar-feed/" + feedId + "/revoke", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(anonymous.send(anonymous.request(path).GET().build()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theFeedApiIssuesAUrlOnceAndRevokesIt() {
        String token = tokens.create(planner, "feed test", null).token();
        var client = new HttpSession(port);
        var created = client.send(client.request("/api/v1/calendar-feeds")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(created.statusCode()).isEqualTo(201);
        String url = JsonPath.read(created.body(), "$.url");
        String secret = JsonPath.read(created.body(), "$.secret");
        int id = JsonPath.read(created.body(), "$.id");
        assertThat(url).endsWith("/calendar/feed/" + secret + ".ics");

        var active = client.send(client.request("/api/v1/calendar-feeds")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
        assertThat(active.body()).doesNotContain(secret);
        assertThat(client.send(client.request("/calendar/feed/" + secret + ".ics")
                                .GET()
                                .build())
                        .statusCode())
                .isEqualTo(200);

        var revoked = client.send(client.request("/api/v1/calendar-feeds/" + id)
                .header("Authorization", "Bearer " + token)
                .DELETE()
                .build());
        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(client.send(client.request("/calendar/feed/" + secret + ".ics")
                                .GET()
                                .build())
                        .statusCode())
                .isEqualTo(404);

        String viewerToken = tokens.create(viewer, "feed test", null).token();
        var foreign = client.send(client.request("/api/v1/calendar-feeds/" + id)
                .header("Authorization", "Bearer " + viewerToken)
                .DELETE()
                .build());
        assertThat(foreign.statusCode()).isEqualTo(404);
    }

    @Test
    void theResolutionFormTakesTheSecretaryGeneralsReportDueDates() {
        var session = signedIn(planner);
        session.get("/missions/" + missionId + "/mandate/resolutions/new");
        var fields = new LinkedHashMap<String, String>();
        fields.put("symbol", "S/RES/1561 (2004)");
        fields.put("adoptedOn", "2004-09-17");
        fields.put("expiresOn", "2005-09-19");
        fields.put("reportDueDates", "2005-03-15, next spring");
        var refused = session.postForm("/missions/" + missionId + "/mandate/resolutions", fields);
        assertThat(refused.body()).contains("Enter the report due dates as YYYY-MM-DD");
        fields.put("reportDueDates", "2005-08-15, 2005-03-15");
        assertThat(session.postForm("/missions/" + missionId + "/mandate/resolutions", fields)
                        .statusCode())
                .isEqualTo(302);
        assertThat(session.get("/missions/" + missionId + "/mandate").body()).contains("2005-03-15, 2005-08-15");
        assertThat(session.get(base() + "?from=2005-01-01&to=2005-12-31").body())
                .contains("Secretary-General’s report due (S/RES/1561 (2004))");
    }

    private HttpSession signedIn(String username) {
        var session = new HttpSession(port);
        assertThat(session.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
        return session;
    }

    private String base() {
        return "/missions/" + missionId + "/calendar";
    }
}
