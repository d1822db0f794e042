package org.missionplanner.coordination.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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

/** The coordination pages and API over real HTTP: field errors, stale saves, refusals, JSON. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CoordinationPagesIntegrationTests {

    private static final String PASSWORD = "Coordination-Pages-Passphrase-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long missionId;
    long otherMissionId;
    String planner;
    String viewer;
    long head;
    long jmac;
    long foreignUnit;

    @BeforeEach
    void missionWithUnitsAPlannerAndAViewer() {
        var users = new TestUsers(jdbc, encoder);
        missionId = users.createMission(TestUsers.uniqueName("CPW"));
        otherMissionId = users.createMission(TestUsers.uniqueName("CPX"));
        planner = TestUsers.uniqueName("cpw-planner");
        viewer = TestUsers.uniqueName("cpw-viewer");
        users.member(users.create(planner, "USER", PASSWORD), missionId, "PLANNER");
        users.member(users.create(viewer, "USER", PASSWORD), missionId, "VIEWER");
        head = unit(missionId, "HEAD_OF_MISSION", "Office of the SRSG");
        jmac = unit(missionId, "JMAC", "Joint Mission Analysis Centre");
        foreignUnit = unit(otherMissionId, "JMAC", "Foreign analysis cell");
    }

    @AfterEach
    void removeTheMissions() {
        jdbc.update("delete from mission where id in (?, ?)", missionId, otherMissionId);
        jdbc.update("delete from app_user where username in (?, ?)", planner, viewer);
    }

    @Test
    void everyBrokenRuleOfAMeetingIsShownAtOnceOnItsFieldAndNothingIsSaved() {
        var session = signedIn(planner);
        long body = createBody(session, "Security Management Team");
        session.get(base() + "/bodies/" + body + "/meetings/new");
        Map<String, String> fields = meetingFields();
        fields.put("actions[0].owner", "unit-" + foreignUnit);
        fields.put("actions[1].description", "A second action without a date");
        fields.put("actions[1].dueOn", "");
        fields.put("actions[2].description", "An action nobody owns, due before the meeting");
        fields.put("actions[2].owner", "");
        fields.put("actions[2].dueOn", LocalDate.now().minusDays(30).toString());

        var response = session.postForm(base() + "/bodies/" + body + "/meetings", fields);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("This unit is not part of this mission&#39;s structure.")
                .contains("id=\"actions0.owner-errors\"")
                .contains("Enter the due date of the action.")
                .contains("id=\"actions1.dueOn-errors\"")
                .contains("Choose who owns the action.")
                .contains("id=\"actions2.owner-errors\"")
                .contains("The action cannot be due before the meeting that decided it.")
                .contains("id=\"actions2.dueOn-errors\"")
                .contains("Summary kept in the form");
        assertThat(meetingCount(body)).isZero();

        fields.put("actions[1].dueOn", "not a date");
        response = session.postForm(base() + "/bodies/" + body + "/meetings", fields);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Enter a valid date (YYYY-MM-DD).");
        assertThat(meetingCount(body)).isZero();

        fields.put("actions[0].owner", "unit-" + jmac);
        fields.put("actions[1].dueOn", LocalDate.now().toString());
        fields.put("actions[2].owner", "unit-" + head);
        fields.put("actions[2].dueOn", LocalDate.now().toString());
        response = session.postForm(base() + "/bodies/" + body + "/meetings", fields);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(meetingCount(body)).isOne();
    }

    @Test
    void rowsAreAddedAndRemovedWithoutJavaScriptKeepingWhatWasEnteredAndSavingNothing() {
        var session = signedIn(planner);
        long body = createBody(session, "Rows team");
        String page = session.get(base() + "/bodies/" + body + "/meetings/new").body();
        assertThat(page).contains("name=\"actions[0].description\"").doesNotContain("name=\"actions[1].description\"");

        Map<String, String> fields = meetingFields();
        fields.put("rows", "add-action");
        page = session.postForm(base() + "/bodies/" + body + "/meetings", fields)
                .body();
        assertThat(page)
                .contains("name=\"actions[3].description\"")
                .contains("value=\"Write the report\"")
                .doesNotContain("is-invalid");

        fields.put("rows", "remove-decision-0");
        page = session.postForm(base() + "/bodies/" + body + "/meetings", fields)
                .body();
        assertThat(page).doesNotContain("Keep the border posts").contains("value=\"Brief the Country Team\"");

        fields.put("rows", "add-decision");
        page = session.postForm(base() + "/bodies/" + body + "/meetings", fields)
                .body();
        assertThat(page).contains("name=\"decisions[2]\"");
        assertThat(meetingCount(body)).isZero();
    }

    @Test
    void aBodyChairedByAUnitOfAnotherMissionOrWithoutAChairIsRefused() {
        var session = signedIn(planner);
        session.get(base() + "/bodies/new");
        var fields = bodyFields("Forum");
        fields.put("chair", "unit-" + foreignUnit);
        assertThat(session.postForm(base() + "/bodies", fields).body())
                .contains("This unit is not part of this mission&#39;s structure.");
        fields.put("chair", "");
        assertThat(session.postForm(base() + "/bodies", fields).body())
                .contains("Choose the chair: a unit of this mission or an organisation.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from coordination_body where mission_id = ?", Integer.class, missionId))
                .isZero();
    }

    @Test
    void aStaleSaveKeepsTheInputWithAConflictMessage() {
        var session = signedIn(planner);
        long body = createBody(session, "Mission Leadership Team");
        session.get(base() + "/bodies/" + body + "/edit");
        session.postForm(base() + "/bodies/" + body, withVersion(bodyFields("Renamed first"), 0));

        var stale = session.postForm(base() + "/bodies/" + body, withVersion(bodyFields("My stale rename"), 0));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .contains("Someone else changed this in the meantime")
                .contains("value=\"My stale rename\"");
        assertThat(jdbc.queryForObject("select name from coordination_body where id = ?", String.class, body))
                .isEqualTo("Renamed first");

        session.postForm(base() + "/bodies/" + body + "/meetings", meetingFields());
        long meeting = jdbc.queryForObject("select id from meeting where body_id = ?", Long.class, body);
        session.get(base() + "/bodies/" + body + "/meetings/" + meeting);
        session.postForm(base() + "/bodies/" + body + "/meetings/" + meeting, withVersion(meetingFields(), 0));
        var fields = withVersion(meetingFields(), 0);
        fields.put("summary", "My stale summary");
        var staleMeeting = session.postForm(base() + "/bodies/" + body + "/meetings/" + meeting, fields);
        assertThat(staleMeeting.statusCode()).isEqualTo(409);
        assertThat(staleMeeting.body()).contains("My stale summary").contains("Someone else changed this");
    }

    @Test
    void anActionItemIsMarkedDoneAndReopenedAndAStaleStatusChangeChangesNothing() {
        var session = signedIn(planner);
        long body = createBody(session, "Senior Management Group");
        session.postForm(base() + "/bodies/" + body + "/meetings", meetingFields());
        long item = jdbc.queryForObject(
                "select id from action_item where body_id = ? and description = 'Write the report'", Long.class, body);
        session.get(base() + "/bodies/" + body);

        var done = session.postForm(
                base() + "/action-items/" + item + "/status", Map.of("status", "DONE", "version", "0"));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(status(item)).isEqualTo("DONE");
        assertThat(session.get(base()).body()).doesNotContain("Write the report");

        var stale = session.postForm(
                base() + "/action-items/" + item + "/status", Map.of("status", "OPEN", "version", "0"));
        assertThat(stale.headers().firstValue("Location").orElseThrow()).endsWith(base());
        assertThat(session.get(base()).body()).contains("The action item was not changed");
        assertThat(status(item)).isEqualTo("DONE");

        session.postForm(base() + "/action-items/" + item + "/status", Map.of("status", "OPEN", "version", "1"));
        assertThat(status(item)).isEqualTo("OPEN");
        assertThat(session.get(base()).body()).contains("Write the report");
    }

    private String status(long item) {
        return jdbc.queryForObject("select status from action_item where id = ?", String.class, item);
    }

    @Test
    void aViewerReadsThePagesButIsRefusedTheFormsAndWrites() {
        var plannerSession = signedIn(planner);
        long body = createBody(plannerSession, "Senior Management Group");
        var session = signedIn(viewer);

        var page = session.get(base());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Senior Management Group").doesNotContain("Add a coordination body");
        assertThat(session.get(base() + "/bodies/" + body).body()).doesNotContain("Record a meeting");
        assertThat(session.get(base() + "/bodies/new").statusCode()).isEqualTo(403);
        assertThat(session.get(base() + "/bodies/" + body + "/edit").statusCode())
                .isEqualTo(403);
        session.get(base());
        assertThat(session.postForm(base() + "/bodies/" + body + "/delete", Map.of("version", "0"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(session.postForm(base() + "/bodies", bodyFields("Viewer's body"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "select count(*) from coordination_body where mission_id = ?", Integer.class, missionId))
                .isOne();
    }

    @Test
    void theApiListsBodiesMeetingsAndOverdueActionItemsAndCreatesABody() {
        var session = signedIn(planner);
        long body = createBody(session, "Senior Management Group");
        session.postForm(base() + "/bodies/" + body + "/meetings", meetingFields());

        var bodies = json(session, "/api/v1/missions/" + missionId + "/coordination-bodies");
        assertThat(JsonPath.<String>read(bodies, "$[0].chair.name")).isEqualTo("Office of the SRSG");
        assertThat(JsonPath.<List<String>>read(bodies, "$[0].members[*].name"))
                .containsExactly("Joint Mission Analysis Centre");

        var meetings = json(session, "/api/v1/missions/" + missionId + "/coordination-bodies/" + body + "/meetings");
        assertThat(JsonPath.<List<String>>read(meetings, "$[0].decisions")).containsExactly("Keep the border posts");
        assertThat(JsonPath.<List<String>>read(meetings, "$[0].actionItems[*].description"))
                .containsExactly("Brief the Country Team", "Write the report");

        var overdue = json(session, "/api/v1/missions/" + missionId + "/action-items?overdue=true");
        assertThat(JsonPath.<List<String>>read(overdue, "$[*].description")).containsExactly("Write the report");
        var open = json(session, "/api/v1/missions/" + missionId + "/action-items?status=OPEN");
        assertThat(JsonPath.<List<String>>read(open, "$[*].description")).hasSize(2);
        var done = json(session, "/api/v1/missions/" + missionId + "/action-items?status=DONE");
        assertThat(JsonPath.<List<String>>read(done, "$")).isEmpty();

        var created = postJson(session, """
                {"kind": "CIMIC_CENTRE", "name": "CIMIC centre", "chair": "unit-%d", "members": [], "meetingFrequency": "AD_HOC"}
                """.formatted(jmac));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(JsonPath.<String>read(created.body(), "$.chair.name")).isEqualTo("Joint Mission Analysis Centre");

        var foreign = postJson(session, """
                {"kind": "CIMIC_CENTRE", "name": "Bad", "chair": "unit-%d", "meetingFrequency": "AD_HOC"}
                """.formatted(foreignUnit));
        assertThat(foreign.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<String>read(foreign.body(), "$.field")).isEqualTo("chair");
        var invalid = postJson(session, "{\"kind\": \"CIMIC_CENTRE\", \"name\": \"\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(jdbc.queryForObject(
                        "select count(*) from coordination_body where mission_id = ?", Integer.class, missionId))
                .isEqualTo(2);

        var viewerSession = signedIn(viewer);
        viewerSession.get(base());
        assertThat(postJson(viewerSession, """
                {"kind": "CIMIC_CENTRE", "name": "Viewer's", "chair": "unit-%d", "meetingFrequency": "AD_HOC"}
                """.formatted(jmac)).statusCode()).isEqualTo(403);
    }

    private long createBody(HttpSession session, String name) {
        session.get(base() + "/bodies/new");
        var response = session.postForm(base() + "/bodies", bodyFields(name));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private Map<String, String> bodyFields(String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "SENIOR_MANAGEMENT_GROUP");
        fields.put("name", name);
        fields.put("chair", "unit-" + head);
        fields.put("members", "unit-" + jmac);
        fields.put("meetingFrequency", "WEEKLY");
        fields.put("termsOfReference", "Decides.");
        return fields;
    }

    private Map<String, String> meetingFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("heldOn", LocalDate.now().minusDays(5).toString());
        fields.put("attendees", "unit-" + jmac);
        fields.put("otherAttendees", "");
        fields.put("summary", "Summary kept in the form");
        fields.put("decisions[0]", "Keep the border posts");
        fields.put("decisions[1]", "");
        fields.put("actions[0].description", "Brief the Country Team");
        fields.put("actions[0].owner", "unit-" + jmac);
        fields.put("actions[0].dueOn", LocalDate.now().plusDays(5).toString());
        fields.put("actions[1].description", "Write the report");
        fields.put("actions[1].owner", "unit-" + head);
        fields.put("actions[1].dueOn", LocalDate.now().minusDays(1).toString());
        fields.put("actions[2].description", "");
        fields.put("actions[2].owner", "");
        fields.put("actions[2].dueOn", "");
        return fields;
    }

    private static Map<String, String> withVersion(Map<String, String> fields, long version) {
        fields.put("version", String.valueOf(version));
        return fields;
    }

    private String json(HttpSession session, String path) {
        var response = session.send(
                session.request(path).header("Accept", "application/json").GET().build());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private java.net.http.HttpResponse<String> postJson(HttpSession session, String body) {
        return session.send(session.request("/api/v1/missions/" + missionId + "/coordination-bodies")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", session.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private int meetingCount(long body) {
        return jdbc.queryForObject("select count(*) from meeting where body_id = ?", Integer.class, body);
    }

    private long unit(long mission, String type, String name) {
        return jdbc.queryForObject("""
                insert into org_unit (mission_id, unit_type, name, category) values (?, ?, ?, 'LEADERSHIP') returning id""", Long.class, mission, type, name);
    }

    private HttpSession signedIn(String username) {
        var session = new HttpSession(port);
        session.signIn(username, PASSWORD);
        return session;
    }

    private String base() {
        return "/missions/" + missionId + "/coordination";
    }
}
