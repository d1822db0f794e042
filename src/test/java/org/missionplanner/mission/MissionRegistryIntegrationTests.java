package org.missionplanner.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.HttpSession;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Registering and editing missions through the pages and the API: validation, conflicts, permissions. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MissionRegistryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorRegistersAMissionWithItsFacts() {
        HttpSession admin = signedIn("admin");
        admin.get("/missions/new");
        String acronym = "UNAVEM " + TestUsers.uniqueName("III").substring(4, 10);
        HttpResponse<String> created = admin.postForm(
                "/missions",
                form(
                        acronym,
                        Map.of(
                                "hostCountries",
                                "AO",
                                "startDate",
                                "1995-02-08",
                                "endDate",
                                "1997-06-30",
                                "troops",
                                "7000")));
        assertThat(created.statusCode()).isEqualTo(302);
        var row = jdbc.queryForMap("select id, full_name, start_date, troops from mission where acronym = ?", acronym);
        assertThat(row).containsEntry("troops", 7000);
        assertThat(jdbc.queryForList(
                        "select country_code from mission_host_country where mission_id = ?",
                        String.class,
                        row.get("id")))
                .containsExactly("AO");
        HttpResponse<String> page = admin.get("/missions/" + row.get("id"));
        assertThat(page.body()).contains(acronym, "Angola", "8 February 1995", "7,000");
    }

    @Test
    void badInputShowsFieldErrorsAndSavesNothing() {
        HttpSession admin = signedIn("admin");
        admin.get("/missions/new");
        int before = count();
        assertFieldError(admin, form("unmil", Map.of()), "Another mission already has this acronym");
        assertFieldError(
                admin,
                form("MXERR1", Map.of("startDate", "2005-01-01", "endDate", "2004-12-31")),
                "The end date must not be before the start date");
        assertFieldError(admin, form("MXERR2", Map.of("hostCountries", "ZZ")), "Choose host countries from the list");
        assertFieldError(admin, form("MXERR3", Map.of("troops", "-5")), "is-invalid");
        assertFieldError(admin, form("MXERR4", Map.of("context", "x".repeat(10_001))), "is-invalid");
        assertFieldError(admin, form("MXERR5", Map.of("startDate", "not a date")), "is-invalid");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aPlannerEditsTheirMissionAndAStaleVersionIsRefused() {
        long id = missionId("UNMIK");
        HttpSession planner = signedIn("planner");
        planner.get("/missions/" + id + "/edit");
        long version = jdbc.queryForObject("select version from mission where id = ?", Long.class, id);
        var fields = new LinkedHashMap<>(editForm("UNMIK", version));
        fields.put("hqLocation", "Pristina (edited)");
        assertThat(planner.postForm("/missions/" + id, fields).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select hq_location from mission where id = ?", String.class, id))
                .isEqualTo("Pristina (edited)");

        fields.put("hqLocation", "A stale edit");
        HttpResponse<String> stale = planner.postForm("/missions/" + id, fields);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("Someone else changed this mission").contains("value=\"A stale edit\"");
        assertThat(jdbc.queryForObject("select hq_location from mission where id = ?", String.class, id))
                .isEqualTo("Pristina (edited)");
    }

    @Test
    void aViewerCannotEditAndAPlannerCannotEditAnotherMission() {
        long unmil = missionId("UNMIL");
        HttpSession viewer = signedIn("viewer");
        viewer.get("/missions/" + unmil);
        long version = jdbc.queryForObject("select version from mission where id = ?", Long.class, unmil);
        assertThat(viewer.postForm("/missions/" + unmil, editForm("UNMIL", version))
                        .statusCode())
                .isEqualTo(403);
        HttpSession planner = signedIn("planner");
        planner.get("/missions");
        long unama = missionId("UNAMA");
        long unamaVersion = jdbc.queryForObject("select version from mission where id = ?", Long.class, unama);
        assertThat(planner.postForm("/missions/" + unama, editForm("UNAMA", unamaVersion))
                        .statusCode())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("select version from mission where id = ?", Long.class, unama))
                .isEqualTo(unamaVersion);
    }

    @Test
    void theApiValidatesWithFieldErrorsAndLocksOptimistically() {
        HttpSession admin = signedIn("admin");
        admin.get("/account");
        HttpResponse<String> invalid = json(admin, "POST", "/api/v1/missions", """
                {"acronym": "", "fullName": "No acronym", "type": "HYBRID_OPERATION", "phase": "START_UP",
                 "ochaPosition": "NOT_APPLICABLE", "troops": -1}
                """);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(invalid.body()).contains("\"field\":\"acronym\"", "\"field\":\"troops\"");

        String acronym = "MXAPI-" + System.nanoTime() % 100000;
        HttpResponse<String> created = json(admin, "POST", "/api/v1/missions", """
                {"acronym": "%s", "fullName": "API mission", "type": "HYBRID_OPERATION", "phase": "START_UP",
                 "ochaPosition": "NOT_APPLICABLE", "hostCountries": ["SD"]}
                """.formatted(acronym));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"acronym\":\"" + acronym + "\"", "\"id\":");
        long id = jdbc.queryForObject("select id from mission where acronym = ?", Long.class, acronym);

        HttpResponse<String> duplicate = json(admin, "POST", "/api/v1/missions", """
                {"acronym": "%s", "fullName": "Again", "type": "HYBRID_OPERATION", "phase": "START_UP",
                 "ochaPosition": "NOT_APPLICABLE"}
                """.formatted(acronym.toLowerCase()));
        assertThat(duplicate.statusCode()).isEqualTo(422);
        assertThat(duplicate.body()).contains("\"field\":\"acronym\"");

        HttpResponse<String> stale = json(admin, "PUT", "/api/v1/missions/" + id, """
                {"acronym": "%s", "fullName": "Renamed", "type": "HYBRID_OPERATION", "phase": "START_UP",
                 "ochaPosition": "NOT_APPLICABLE", "version": 99}
                """.formatted(acronym));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(admin, "DELETE", "/api/v1/missions/" + id, null).statusCode())
                .isEqualTo(204);
        assertThat(jdbc.queryForObject("select count(*) from mission where id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void theRegistryFiltersByTypeCountryAndIntegrationModel() {
        HttpSession reviewer = signedIn("reviewer");
        String body = reviewer.get("/missions?country=SD&ochaPosition=ONE_FOOT_IN_ONE_FOOT_OUT")
                .body();
        assertThat(body).contains(">UNMIS<").doesNotContain(">UNAMID<").doesNotContain(">UNMIL<");
        assertThat(reviewer.get("/missions?type=PEACEBUILDING_OFFICE").body())
                .contains(">UNIPSIL<")
                .doesNotContain(">UNMIL<");
    }

    private void assertFieldError(HttpSession session, Map<String, String> fields, String expected) {
        HttpResponse<String> response = session.postForm("/missions", fields);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(expected).contains("invalid-feedback");
    }

    private static Map<String, String> form(String acronym, Map<String, String> extra) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("acronym", acronym);
        fields.put("fullName", "United Nations Angola Verification Mission III");
        fields.put("type", "MULTIDIMENSIONAL_PKO");
        fields.put("phase", "CLOSED");
        fields.put("ochaPosition", "NOT_APPLICABLE");
        fields.putAll(extra);
        return fields;
    }

    private Map<String, String> editForm(String acronym, long version) {
        Map<String, String> fields = form(acronym, Map.of("version", String.valueOf(version)));
        fields.put(
                "fullName",
                jdbc.queryForObject("select full_name from mission where acronym = ?", String.class, acronym));
        return fields;
    }

    private HttpResponse<String> json(HttpSession session, String method, String path, String body) {
        HttpRequest.Builder request = session.request(path)
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", session.csrfToken());
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return session.send(request.build());
    }

    private HttpSession signedIn(String username) {
        HttpSession session = new HttpSession(port);
        session.signIn(username, HttpSession.DEMO_PASSWORD);
        return session;
    }

    private long missionId(String acronym) {
        return jdbc.queryForObject("select id from mission where acronym = ?", Long.class, acronym);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from mission", Integer.class);
    }
}
