package org.missionplanner.mission.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.HttpSession;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The mandate tab over real HTTP: field errors, nothing half-saved, stale versions, the warning, the API. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MandatePagesIntegrationTests {

    private static final String PASSWORD = "Mandate-Pages-Passphrase-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long missionId;
    String planner;
    String viewer;

    @BeforeEach
    void missionWithAPlannerAndAViewer() {
        var users = new TestUsers(jdbc, encoder);
        missionId = users.createMission(TestUsers.uniqueName("MDW"));
        planner = TestUsers.uniqueName("mdw-planner");
        viewer = TestUsers.uniqueName("mdw-viewer");
        users.member(users.create(planner, "USER", PASSWORD), missionId, "PLANNER");
        users.member(users.create(viewer, "USER", PASSWORD), missionId, "VIEWER");
    }

    /** Other tests count the demo missions: leave only them behind (resolutions and memberships go with the mission). */
    @AfterEach
    void removeTheMission() {
        jdbc.update("delete from mission where id = ?", missionId);
    }

    @Test
    void badInputShowsFieldErrorsAndSavesNothing() {
        var session = signedIn(planner);
        session.get(base() + "/resolutions/new");
        var fields = validFields();
        fields.put("symbol", "Resolution 1509");
        fields.put("expiresOn", "2003-09-18");
        fields.put("notes", "x".repeat(2001));
        fields.put("tasks[1].description", "A task without category or modality");

        var response = session.postForm(base() + "/resolutions", fields);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Write the symbol as the Security Council does")
                .contains("The mandate cannot expire before the resolution was adopted.")
                .contains("Notes can be at most 2000 characters long.")
                .contains("Choose the category of this task.")
                .contains("Choose the modality of this task.")
                .contains("aria-describedby=\"symbol-errors\"")
                .contains("value=\"Resolution 1509\"");
        assertThat(resolutionCount()).isZero();

        fields = validFields();
        fields.put("adoptedOn", "not a date");
        response = session.postForm(base() + "/resolutions", fields);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Enter a valid date (YYYY-MM-DD).");
        assertThat(resolutionCount()).isZero();
    }

    @Test
    void aPlannerAddsAResolutionThatShowsAsTheMandateInForceWithTheExpiryWarning() {
        var session = signedIn(planner);
        session.get(base() + "/resolutions/new");

        var response = session.postForm(base() + "/resolutions", validFields());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith("/missions/" + missionId + "/mandate");
        assertThat(resolutionCount()).isOne();
        assertThat(jdbc.queryForObject("""
                select count(*) from mandated_task t join resolution r on r.id = t.resolution_id where r.mission_id = ?""", Integer.class, missionId)).isOne();
        var page = session.get(base());
        assertThat(page.body())
                .contains(
                        "S/RES/1509 (2003)",
                        "In force",
                        "data-testid=\"mandate-expiry-warning\"",
                        "Disarmament, demobilisation and reintegration (DDR)",
                        "Implement / secure");
        var overview = session.get("/missions/" + missionId);
        assertThat(overview.body()).contains("Mandate in force", "data-testid=\"mandate-expiry-warning\"");

        var viewerSession = signedIn(viewer);
        assertThat(viewerSession.get(base()).body())
                .contains("S/RES/1509 (2003)")
                .doesNotContain("Add a resolution");
        assertThat(viewerSession.get(base() + "/resolutions/new").statusCode()).isEqualTo(403);
    }

    @Test
    void theSecondOfTwoConcurrentSavesGetsAConflictWithItsInputKept() {
        var session = signedIn(planner);
        session.get(base() + "/resolutions/new");
        session.postForm(base() + "/resolutions", validFields());
        long id = jdbc.queryForObject("select id from resolution where mission_id = ?", Long.class, missionId);

        var first = validFields();
        first.put("version", "0");
        first.put("notes", "Saved first");
        session.get(base() + "/resolutions/" + id + "/edit");
        assertThat(session.postForm(base() + "/resolutions/" + id, first).statusCode())
                .isEqualTo(302);

        var second = validFields();
        second.put("version", "0");
        second.put("notes", "Saved second, from a stale form");
        session.get(base() + "/resolutions/" + id + "/edit");
        var response = session.postForm(base() + "/resolutions/" + id, second);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("Someone else saved this resolution", "Saved second, from a stale form");
        assertThat(jdbc.queryForObject("select notes from resolution where id = ?", String.class, id))
                .isEqualTo("Saved first");

        var staleDelete = session.postForm(base() + "/resolutions/" + id + "/delete", Map.of("version", "0"));
        assertThat(staleDelete.statusCode()).isEqualTo(409);
        assertThat(resolutionCount()).isOne();
        session.get(base());
        assertThat(session.postForm(base() + "/resolutions/" + id + "/delete", Map.of("version", "1"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(resolutionCount()).isZero();
    }

    @Test
    void theApiListsTheResolutionsNewestFirst() {
        var session = signedIn(planner);
        session.get(base() + "/resolutions/new");
        session.postForm(base() + "/resolutions", validFields());
        var renewal = validFields();
        renewal.put("symbol", "S/RES/1561 (2004)");
        renewal.put("adoptedOn", "2004-09-17");
        session.get(base() + "/resolutions/new");
        session.postForm(base() + "/resolutions", renewal);

        var response = session.send(session.request("/api/v1/missions/" + missionId + "/resolutions")
                .header("Accept", "application/json")
                .GET()
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<java.util.List<String>>read(response.body(), "$[*].symbol"))
                .containsExactly("S/RES/1561 (2004)", "S/RES/1509 (2003)");
        assertThat(JsonPath.<Boolean>read(response.body(), "$[0].inForce")).isTrue();
        assertThat(JsonPath.<String>read(response.body(), "$[1].tasks[0].category"))
                .isEqualTo("DDR");
        var stranger = new HttpSession(port);
        assertThat(stranger.send(stranger.request("/api/v1/missions/" + missionId + "/resolutions")
                                .header("Accept", "application/json")
                                .GET()
                                .build())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void aClosedMissionHasNoMandateInForceAndThePagesReadInFrench() {
        var reviewer = new HttpSession(port);
        reviewer.signIn("reviewer", HttpSession.DEMO_PASSWORD);
        long monuc = jdbc.queryForObject("select id from mission where acronym = 'MONUC'", Long.class);

        var english = reviewer.get("/missions/" + monuc + "/mandate");
        assertThat(english.body())
                .contains("No mandate in force: the latest resolution, S/RES/1925 (2010), expired on 2011-06-30.")
                .contains("S/RES/1291 (2000)", "S/RES/1279 (1999)")
                .doesNotContain("mandate-expiry-warning", "Add a resolution");

        var french = reviewer.send(reviewer.request("/missions/" + monuc + "/mandate")
                .header("Accept", "text/html")
                .header("Accept-Language", "fr")
                .GET()
                .build());
        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(french.body())
                .contains("Aucun mandat en vigueur", "Historique des résolutions", "Protection des civils");
        long unmil = jdbc.queryForObject("select id from mission where acronym = 'UNMIL'", Long.class);
        var frenchOverview = reviewer.send(reviewer.request("/missions/" + unmil)
                .header("Accept", "text/html")
                .header("Accept-Language", "fr")
                .GET()
                .build());
        assertThat(frenchOverview.body()).contains("Préparez son renouvellement.", "7 tâches prescrites");
    }

    private Map<String, String> validFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("symbol", "S/RES/1509 (2003)");
        fields.put("adoptedOn", "2003-09-19");
        fields.put("expiresOn", LocalDate.now().plusDays(30).toString());
        fields.put("notes", "");
        fields.put("tasks[0].category", "DDR");
        fields.put("tasks[0].modality", "IMPLEMENT_SECURE");
        fields.put("tasks[0].description", "Disarm and demobilise combatants");
        fields.put("tasks[1].category", "");
        fields.put("tasks[1].modality", "");
        fields.put("tasks[1].description", "");
        return fields;
    }

    private HttpSession signedIn(String username) {
        var session = new HttpSession(port);
        assertThat(session.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
        return session;
    }

    private String base() {
        return "/missions/" + missionId + "/mandate";
    }

    private int resolutionCount() {
        return jdbc.queryForObject("select count(*) from resolution where mission_id = ?", Integer.class, missionId);
    }
}
