package org.missionplanner.cmcoord.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.cmcoord.CmcoordPrinciple;
import org.missionplanner.support.HttpSession;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The CMCoord pages and API over real HTTP: field errors, the blocking principle, stale saves, refusals, JSON. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CmcoordPagesIntegrationTests {

    private static final String PASSWORD = "Cmcoord-Pages-Passphrase-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long missionId;
    String planner;
    String viewer;
    long organisation;
    final LocalDate from = LocalDate.now().plusDays(3);

    @BeforeEach
    void missionWithAPlannerAndAViewer() {
        var users = new TestUsers(jdbc, encoder);
        missionId = users.createMission(TestUsers.uniqueName("CMW"));
        planner = TestUsers.uniqueName("cmw-planner");
        viewer = TestUsers.uniqueName("cmw-viewer");
        long plannerId = users.create(planner, "USER", PASSWORD);
        users.member(plannerId, missionId, "PLANNER");
        users.humanitarianCoordination(plannerId, missionId);
        users.member(users.create(viewer, "USER", PASSWORD), missionId, "VIEWER");
        organisation = jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind, humanitarian) values (?, 'Food agency', 'OTHER', true)
                returning id""", Long.class, TestUsers.uniqueName("WFQ"));
    }

    @AfterEach
    void removeTheMission() {
        jdbc.update("delete from mission where id = ?", missionId);
        jdbc.update("delete from app_user where username in (?, ?)", planner, viewer);
        jdbc.update("delete from organisation where id = ?", organisation);
    }

    @Test
    void theRegisterFormShowsFieldErrorsAndSavesNothing() {
        var session = signedIn(planner);
        session.get(base());
        var fields = requestFields();
        fields.put("neededUntil", from.minusDays(1).toString());
        fields.put("need", "");

        var response = session.postForm(base(), fields);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("id=\"need-errors\"").contains("value=\"Mi-8 helicopter\"");
        assertThat(requestCount()).isZero();

        fields.put("need", "Food for 9,000 people");
        response = session.postForm(base(), fields);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("id=\"neededUntil-errors\"")
                .contains("The end cannot be before the start.");
        assertThat(requestCount()).isZero();

        fields.put("neededUntil", from.plusDays(7).toString());
        assertThat(session.postForm(base(), fields).statusCode()).isEqualTo(302);
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void theDecisionFormNamesTheBlockingPrincipleAndDecidesOnceJustified() {
        var session = signedIn(planner);
        long id = createRequest(session);
        var page = session.get(base() + "/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Last resort").contains("Not assessed");

        var fields = decisionFields(0);
        fields.put("principles[0].assessment", "NOT_ASSESSED");
        var response = session.postForm(base() + "/" + id + "/decision", fields);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Assess all six principles before deciding.");

        fields = decisionFields(0);
        response = session.postForm(base() + "/" + id + "/decision", fields);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("id=\"justification-errors\"")
                .contains("Last resort is not met: justify the approval");
        assertThat(status(id)).isEqualTo("SUBMITTED");

        // saving the assessment alone keeps the warning on the page
        assertThat(session.postForm(base() + "/" + id + "/assessment", decisionFields(0))
                        .statusCode())
                .isEqualTo(302);
        page = session.get(base() + "/" + id);
        assertThat(page.body()).contains("data-testid=\"cmcoord-blocking\"");

        fields = decisionFields(1);
        fields.put("justification", "No civilian aircraft can arrive in time.");
        response = session.postForm(base() + "/" + id + "/decision", fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("DECIDED");
        page = session.get(base() + "/" + id);
        assertThat(page.body())
                .contains("No civilian aircraft can arrive in time.")
                .contains(planner);
        assertThat(page.body()).doesNotContain("data-testid=\"cmcoord-decision-form\"");

        // a stale form is a conflict, not a 500
        response = session.postForm(base() + "/" + id + "/decision", decisionFields(0));
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("Someone else changed this request in the meantime.");
    }

    @Test
    void withoutTheHumanitarianCoordinationRoleThePageSaysWhoDecidesAndADecisionIsRefusedOnItsField() {
        var session = signedIn(planner);
        long id = createRequest(session);
        jdbc.update("update mission_membership set humanitarian_coordination = false where mission_id = ?", missionId);

        var page = session.get(base() + "/" + id);
        assertThat(page.body())
                .contains("data-testid=\"cmcoord-decide-not-offered\"")
                .contains("Nobody holds the mission")
                .doesNotContain("data-testid=\"cmcoord-decide\"");

        var fields = decisionFields(0);
        fields.put("decision", "REFUSED");
        fields.put("refusalReason", "Civilian aircraft found");
        var response = session.postForm(base() + "/" + id + "/decision", fields);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("id=\"decision-errors\"")
                .contains("Only the mission&#39;s humanitarian coordination role may decide");
        assertThat(status(id)).isEqualTo("SUBMITTED");

        var api = send(session, "POST", api("/" + id + "/decision"), """
                {"decision": "REFUSED", "refusalReason": "No", "version": 0}""");
        assertThat(api.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<String>read(api.body(), "$.field")).isEqualTo("decision");
        assertThat(status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void theApiCreatesReadsReplacesAndDecidesWithProblemDetails() {
        var session = signedIn(planner);
        session.get(base());
        var created = send(session, "POST", api(""), requestJson(from.plusDays(7), 0));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        int id = JsonPath.read(created.body(), "$.id");
        assertThat(JsonPath.<List<String>>read(created.body(), "$.principles[*].principle"))
                .containsExactly(
                        "HUMANITARIAN_DECISION",
                        "LAST_RESORT",
                        "CIVILIAN_CONTROL",
                        "CODE_OF_CONDUCT",
                        "NO_DIRECT_DELIVERY",
                        "INTERNATIONAL_CHARACTER");
        assertThat(JsonPath.<String>read(created.body(), "$.status")).isEqualTo("SUBMITTED");

        var list = send(session, "GET", api(""), null);
        assertThat(JsonPath.<List<Integer>>read(list.body(), "$[*].id")).containsExactly(id);

        // shape: 400 with field errors
        var invalid = send(session, "POST", api(""), "{\"asset\": \"\", \"neededFrom\": \"not a date\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        invalid = send(session, "POST", api(""), "{\"asset\": \"\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(invalid.body(), "$.errors[*].field"))
                .contains("asset", "organisationId");

        // rules: 422 naming the field
        var backwards = send(session, "POST", api(""), requestJson(from.minusDays(1), 0));
        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<String>read(backwards.body(), "$.field")).isEqualTo("neededUntil");

        var replaced = send(session, "PUT", api("/" + id), requestJson(from.plusDays(9), 0));
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        int version = JsonPath.read(replaced.body(), "$.version");
        var stale = send(session, "PUT", api("/" + id), requestJson(from.plusDays(9), version + 1));
        assertThat(stale.statusCode()).isEqualTo(409);

        var notAssessed = send(session, "POST", api("/" + id + "/decision"), """
                {"decision": "APPROVED", "usableUntil": "%s", "version": %d}""".formatted(from, version));
        assertThat(notAssessed.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<String>read(notAssessed.body(), "$.field")).isEqualTo("principles");

        String principles = principlesJson(CmcoordPrinciple.LAST_RESORT);
        var unjustified = send(session, "POST", api("/" + id + "/decision"), """
                {"principles": %s, "decision": "APPROVED", "usableUntil": "%s", "version": %d}""".formatted(principles, from, version));
        assertThat(unjustified.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<String>read(unjustified.body(), "$.field")).isEqualTo("justification");
        assertThat(JsonPath.<String>read(unjustified.body(), "$.detail"))
                .isEqualTo("Last resort is not met: justify the approval");

        var decided = send(session, "POST", api("/" + id + "/decision"), """
                {"principles": %s, "decision": "APPROVED_WITH_CONDITIONS", "conditions": "WFP staff on board",
                 "justification": "Nothing civilian in time", "usableUntil": "%s", "version": %d}""".formatted(principles, from, version));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(decided.body(), "$.decision")).isEqualTo("APPROVED_WITH_CONDITIONS");
        assertThat(JsonPath.<String>read(decided.body(), "$.principles[1].assessment"))
                .isEqualTo("NOT_MET");
        assertThat(JsonPath.<String>read(decided.body(), "$.decidedBy")).isEqualTo(planner);

        assertThat(send(session, "GET", api("/" + (id + 100_000)), null).statusCode())
                .isEqualTo(404);

        var viewerSession = signedIn(viewer);
        viewerSession.get(base());
        assertThat(send(viewerSession, "GET", api("/" + id), null).statusCode()).isEqualTo(200);
        assertThat(send(viewerSession, "POST", api(""), requestJson(from.plusDays(7), 0))
                        .statusCode())
                .isEqualTo(403);
    }

    private long createRequest(HttpSession session) {
        session.get(base());
        var response = session.postForm(base(), requestFields());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private Map<String, String> requestFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("organisationId", String.valueOf(organisation));
        fields.put("asset", "Mi-8 helicopter");
        fields.put("location", "Zwedru");
        fields.put("neededFrom", from.toString());
        fields.put("neededUntil", from.plusDays(7).toString());
        fields.put("need", "Floods cut the roads");
        fields.put("civilianAlternatives", "UNHAS grounded");
        return fields;
    }

    /** Every principle met except last resort; approved until a week after the start. */
    private Map<String, String> decisionFields(long version) {
        Map<String, String> fields = new LinkedHashMap<>();
        CmcoordPrinciple[] principles = CmcoordPrinciple.values();
        for (int i = 0; i < principles.length; i++) {
            fields.put("principles[" + i + "].principle", principles[i].name());
            fields.put(
                    "principles[" + i + "].assessment",
                    principles[i] == CmcoordPrinciple.LAST_RESORT ? "NOT_MET" : "MET");
            fields.put("principles[" + i + "].reason", "Reason " + i);
        }
        fields.put("decision", "APPROVED");
        fields.put("conditions", "");
        fields.put("refusalReason", "");
        fields.put("justification", "");
        fields.put("usableUntil", from.plusDays(7).toString());
        fields.put("version", String.valueOf(version));
        return fields;
    }

    private String requestJson(LocalDate until, long version) {
        return """
                {"organisationId": %d, "asset": "Mi-8 helicopter", "location": "Zwedru", "neededFrom": "%s",
                 "neededUntil": "%s", "need": "Floods", "civilianAlternatives": "None in time", "version": %d}""".formatted(organisation, from, until, version);
    }

    private static String principlesJson(CmcoordPrinciple notMet) {
        StringBuilder json = new StringBuilder("[");
        for (CmcoordPrinciple p : CmcoordPrinciple.values()) {
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append("{\"principle\": \"%s\", \"assessment\": \"%s\", \"reason\": \"why\"}"
                    .formatted(p, p == notMet ? "NOT_MET" : "MET"));
        }
        return json.append("]").toString();
    }

    private HttpResponse<String> send(HttpSession session, String method, String path, String body) {
        var request = session.request(path).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .header("X-CSRF-TOKEN", session.csrfToken())
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return session.send(request.build());
    }

    private int requestCount() {
        return jdbc.queryForObject(
                "select count(*) from cmcoord_request where mission_id = ?", Integer.class, missionId);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from cmcoord_request where id = ?", String.class, id);
    }

    private HttpSession signedIn(String username) {
        var session = new HttpSession(port);
        session.signIn(username, PASSWORD);
        return session;
    }

    private String base() {
        return "/missions/" + missionId + "/cmcoord";
    }

    private String api(String rest) {
        return "/api/v1/missions/" + missionId + "/cmcoord-requests" + rest;
    }
}
