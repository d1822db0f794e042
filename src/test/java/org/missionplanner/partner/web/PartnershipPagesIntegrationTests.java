package org.missionplanner.partner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** The partnership forms, the partner map and the API over real HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PartnershipPagesIntegrationTests {

    private static final String PASSWORD = "Partner-Test-Passphrase-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApiTokens tokens;

    long mission;
    long organisation;
    String organisationAcronym;
    long plannerId;
    long viewerId;
    HttpSession planner;
    HttpSession viewer;
    String base;
    String plannerName;

    @BeforeEach
    void setUp() {
        var users = new TestUsers(jdbc, encoder);
        mission = users.createMission(TestUsers.uniqueName("PRT"));
        organisationAcronym = TestUsers.uniqueName("PRTORG");
        organisation = jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind, humanitarian) values (?, 'Partner <b>& co</b>', 'OTHER', false)
                returning id""", Long.class, organisationAcronym);
        plannerName = TestUsers.uniqueName("prt-planner");
        plannerId = users.create(plannerName, "USER", PASSWORD);
        users.member(plannerId, mission, "PLANNER");
        String viewerName = TestUsers.uniqueName("prt-viewer");
        viewerId = users.create(viewerName, "USER", PASSWORD);
        users.member(viewerId, mission, "VIEWER");
        planner = new HttpSession(port);
        planner.signIn(plannerName, PASSWORD);
        viewer = new HttpSession(port);
        viewer.signIn(viewerName, PASSWORD);
        base = "/missions/" + mission + "/partners";
    }

    @AfterEach
    void removeTestData() {
        jdbc.update("delete from mission where id = ?", mission);
        jdbc.update("delete from organisation where id = ?", organisation);
        jdbc.update("delete from app_user where id in (?, ?)", plannerId, viewerId);
    }

    private Map<String, String> form(String organisationId, String start, String end) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("organisationId", organisationId);
        form.put("arrangement", "ALONGSIDE_NOT_UNDER_UN");
        form.put("startDate", start);
        form.put("endDate", end);
        form.put("sectors", "SECURITY");
        form.put("agreementReference", "Exchange of letters 2024");
        form.put("focalPoints[0].name", "Jean Liaison");
        form.put("focalPoints[0].email", "jean@example.org");
        form.put("principles[0].principle", "CONSULTATION");
        form.put("principles[0].assessment", "MET");
        form.put("principles[4].principle", "COHERENT_IMPLEMENTATION");
        form.put("principles[4].assessment", "NOT_MET");
        form.put("principles[4].note", "Separate command");
        return form;
    }

    private HttpResponse<String> add(Map<String, String> form) {
        planner.get(base + "/partnerships/new");
        return planner.postForm(base + "/partnerships", form);
    }

    private int rows() {
        return jdbc.queryForObject("select count(*) from partnership where mission_id = ?", Integer.class, mission);
    }

    @Test
    void aPlannerAddsAPartnershipAndSeesItOnTheMapOutlinedInRed() {
        assertThat(add(form(String.valueOf(organisation), "2024-01-01", "")).statusCode())
                .isEqualTo(302);
        var page = planner.get(base);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "<svg",
                        "data-group=\"ALONGSIDE\"",
                        "data-not-met=\"true\"",
                        "Partner &lt;b&gt;&amp; co&lt;/b&gt;",
                        "Separate command",
                        "aria-current=\"page\"")
                .doesNotContain("<b>& co</b>");
        var svg = planner.get(base + "/map.svg");
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<?xml").contains(organisationAcronym).doesNotContain("<script");
    }

    @Test
    void unknownOrganisationDuplicateAndEndBeforeStartAreFieldErrorsAndNothingIsSaved() {
        var unknown = add(form("999999999", "2024-01-01", ""));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body())
                .contains("id=\"organisationId-errors\"", "This organisation is not in the registry.");

        var backwards = add(form(String.valueOf(organisation), "2024-05-01", "2024-04-01"));
        assertThat(backwards.statusCode()).isEqualTo(200);
        assertThat(backwards.body())
                .contains(
                        "id=\"endDate-errors\"",
                        "The end date must not be before the start date.",
                        "value=\"Jean Liaison\"");
        assertThat(rows()).isZero();

        assertThat(add(form(String.valueOf(organisation), "2024-01-01", "2024-12-31"))
                        .statusCode())
                .isEqualTo(302);
        var duplicate = add(form(String.valueOf(organisation), "2024-06-01", ""));
        assertThat(duplicate.statusCode()).isEqualTo(200);
        assertThat(duplicate.body())
                .contains("id=\"organisationId-errors\"", "already has a partnership with this organisation");
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void aStaleSaveKeepsTheInputWithAConflictMessage() {
        add(form(String.valueOf(organisation), "2024-01-01", ""));
        long id = jdbc.queryForObject("select id from partnership where mission_id = ?", Long.class, mission);
        planner.get(base + "/partnerships/" + id);
        var first = form(String.valueOf(organisation), "2024-01-01", "");
        first.put("version", "0");
        first.put("notes", "First edit");
        assertThat(planner.postForm(base + "/partnerships/" + id, first).statusCode())
                .isEqualTo(302);
        var stale = form(String.valueOf(organisation), "2024-01-01", "");
        stale.put("version", "0");
        stale.put("notes", "My stale edit");
        var response = planner.postForm(base + "/partnerships/" + id, stale);
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("Someone else changed this partnership", "My stale edit");
        assertThat(jdbc.queryForObject("select notes from partnership where id = ?", String.class, id))
                .isEqualTo("First edit");
    }

    @Test
    void aViewerReadsTheMapButMayNotChangeIt() {
        add(form(String.valueOf(organisation), "2024-01-01", ""));
        assertThat(viewer.get(base).statusCode()).isEqualTo(200);
        assertThat(viewer.get(base).body()).doesNotContain("/partners/partnerships/new");
        assertThat(viewer.get(base + "/partnerships/new").statusCode()).isEqualTo(403);
        assertThat(viewer.postForm(base + "/partnerships", form(String.valueOf(organisation), "2025-01-01", ""))
                        .statusCode())
                .isEqualTo(403);
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void theApiListsPartnershipsWithAcronymAndFivePrinciplesAndValidates() {
        add(form(String.valueOf(organisation), "2024-01-01", ""));
        var response = planner.send(planner.request("/api/v1/missions/" + mission + "/partnerships")
                .header("Accept", "application/json")
                .GET()
                .build());
        assertThat(response.statusCode()).isEqualTo(200);
        String json = response.body();
        assertThat((List<String>) JsonPath.read(json, "$[*].acronym")).containsExactly(organisationAcronym);
        assertThat((Integer) JsonPath.read(json, "$[0].organisationId")).isEqualTo((int) organisation);
        assertThat((List<String>) JsonPath.read(json, "$[0].principles[*].principle"))
                .containsExactly(
                        "CONSULTATION",
                        "MATERIAL_SUPPORT",
                        "DIVISION_OF_LABOUR",
                        "STRATEGY_RESOURCES",
                        "COHERENT_IMPLEMENTATION");
        assertThat((String) JsonPath.read(json, "$[0].principles[4].assessment"))
                .isEqualTo("NOT_MET");
        assertThat((String) JsonPath.read(json, "$[0].focalPoints[0].email")).isEqualTo("jean@example.org");

        String token = tokens.create(plannerName, "partnership api test", null).token();
        var backwards = planner.send(planner.request("/api/v1/missions/" + mission + "/partnerships")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"organisationId": %d, "arrangement": "DONOR", "startDate": "2024-05-01", "endDate": "2024-04-01"}""".formatted(organisation)))
                .build());
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).doesNotContain("Exception");
        var unknown = planner.send(planner.request("/api/v1/missions/" + mission + "/partnerships")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"organisationId": 999999999, "arrangement": "DONOR", "startDate": "2024-05-01"}"""))
                .build());
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(rows()).isEqualTo(1);
    }
}
