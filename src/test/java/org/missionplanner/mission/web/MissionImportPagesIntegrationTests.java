package org.missionplanner.mission.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.HttpSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import page and POST /api/v1/missions/import over real HTTP, as the administrator. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MissionImportPagesIntegrationTests {

    private static final String HEADER = "acronym,mission_name,start_text,end_text,status_in_source,host_country_ipi\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> imported = new ArrayList<>();

    /** Other tests count the demo missions: leave only them behind. */
    @AfterEach
    void removeImportedMissions() {
        imported.forEach(acronym -> jdbc.update("delete from mission where lower(acronym) = lower(?)", acronym));
    }

    @Test
    void thePageReportsABadFileWithoutImportingAndImportsTheValidRowsWhenAsked() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        imported.add("IMW-A" + suffix);
        imported.add("IMW-B" + suffix);
        String csv = HEADER + "IMW-A" + suffix + ",Good mission,May 2001,Present,ongoing,Liberia\n" + "IMW-B" + suffix
                + ",Bad host,May 2001,Present,ongoing,Atlantis\n";
        var admin = new HttpSession(port);
        admin.signIn("admin", HttpSession.DEMO_PASSWORD);
        assertThat(admin.get("/missions/import").statusCode()).isEqualTo(200);

        var response = upload(admin, "/missions/import", csv, Map.of("_csrf", admin.csrfToken()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Nothing was imported", "Would be created", "Atlantis&quot; is not a known country name.");
        assertThat(count("IMW-A" + suffix)).isZero();

        admin.get("/missions/import");
        response = upload(admin, "/missions/import", csv, Map.of("_csrf", admin.csrfToken(), "validOnly", "true"));

        assertThat(response.body()).contains("Import done: 1 created, 0 updated, 0 unchanged, 1 rejected.");
        assertThat(count("IMW-A" + suffix)).isOne();
        assertThat(count("IMW-B" + suffix)).isZero();
    }

    @Test
    void thePageShowsAFieldErrorForAFileThatIsNoListOfOperations() {
        var admin = new HttpSession(port);
        admin.signIn("admin", HttpSession.DEMO_PASSWORD);
        admin.get("/missions/import");
        var response =
                upload(admin, "/missions/import", "just,some\ncolumns,here\n", Map.of("_csrf", admin.csrfToken()));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("The file lacks required columns", "aria-describedby=\"file-errors\"");
    }

    @Test
    void theApiReturnsTheReportOfEveryRowAndReimportingChangesNothing() {
        String acronym = "IMW-C" + UUID.randomUUID().toString().substring(0, 8);
        imported.add(acronym);
        String csv = HEADER + acronym + ",API mission,June 1999,Present,ongoing,Kosovo\n";
        var admin = new HttpSession(port);
        admin.signIn("admin", HttpSession.DEMO_PASSWORD);
        admin.get("/");

        var first = upload(admin, "/api/v1/missions/import", csv, Map.of());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<Boolean>read(first.body(), "$.applied")).isTrue();
        assertThat(JsonPath.<Integer>read(first.body(), "$.created")).isOne();
        assertThat(JsonPath.<String>read(first.body(), "$.rows[0].outcome")).isEqualTo("CREATED");
        assertThat(JsonPath.<Integer>read(first.body(), "$.rows[0].line")).isEqualTo(2);

        var second = upload(admin, "/api/v1/missions/import", csv.replace(acronym, acronym.toLowerCase()), Map.of());
        assertThat(JsonPath.<String>read(second.body(), "$.rows[0].outcome")).isEqualTo("UNCHANGED");
        assertThat(count(acronym)).isOne();
        assertThat(jdbc.queryForObject("""
                select country_code from mission_host_country h join mission m on m.id = h.mission_id
                where m.acronym = ?""", String.class, acronym)).isEqualTo("XK");

        var bad = upload(admin, "/api/v1/missions/import", "nothing useful\n", Map.of());
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(JsonPath.<String>read(bad.body(), "$.field")).isEqualTo("file");

        var reviewer = new HttpSession(port);
        reviewer.signIn("reviewer", HttpSession.DEMO_PASSWORD);
        reviewer.get("/");
        assertThat(upload(reviewer, "/api/v1/missions/import", csv, Map.of()).statusCode())
                .isEqualTo(403);
    }

    private int count(String acronym) {
        return jdbc.queryForObject(
                "select count(*) from mission where lower(acronym) = lower(?)", Integer.class, acronym);
    }

    /** A multipart POST with the file as part "file", the fields, and the session's CSRF token as a header. */
    private static HttpResponse<String> upload(
            HttpSession session, String path, String csv, Map<String, String> fields) {
        String boundary = "----mission-import-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"missions.csv\"\r\n"
                                + "Content-Type: text/csv\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = session.request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (session.csrfToken() != null) {
            request.header("X-CSRF-TOKEN", session.csrfToken());
        }
        return session.send(request.build());
    }
}
