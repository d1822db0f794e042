package org.missionplanner.partner.web;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The registry pages over real HTTP: search, field errors, duplicates, stale versions, who may write. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OrganisationPagesIntegrationTests {

    private static final String PASSWORD = "Organisation-Pages-Passphrase-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    String admin;
    String user;
    String prefix;

    @BeforeEach
    void accounts() {
        var users = new TestUsers(jdbc, encoder);
        admin = TestUsers.uniqueName("org-admin");
        user = TestUsers.uniqueName("org-user");
        users.create(admin, "ADMINISTRATOR", PASSWORD);
        users.create(user, "USER", PASSWORD);
        prefix = TestUsers.uniqueName("OPT");
    }

    @AfterEach
    void removeWhatTheTestCreated() {
        jdbc.update("delete from organisation where acronym like ?", prefix + "%");
        jdbc.update("delete from app_user where username in (?, ?)", admin, user);
    }

    @Test
    void anySignedInUserSearchesAndFiltersTheRegistry() {
        var session = signedIn(user);
        var all = session.get("/organisations");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body())
                .contains("Partner organisations")
                .contains("href=\"/organisations\"")
                .contains("href=\"/about/data\"")
                .doesNotContain("New organisation");

        var found = session.get("/organisations?q=kosovo&kind=COALITION_OR_STATE");
        assertThat(found.body()).contains(">KFOR<").contains(">NATO<").doesNotContain(">UNMIK<");

        var humanitarian = session.get("/organisations?humanitarian=true");
        assertThat(humanitarian.body())
                .contains(">UNHCR<")
                .contains(">OCHA<")
                .contains(">ICRC<")
                .doesNotContain(">UNDP<");

        var page2 = session.get("/organisations?page=1");
        assertThat(page2.statusCode()).isEqualTo(200);
        assertThat(page2.body()).contains("2 of ");
    }

    @Test
    void theOrganisationPageShowsParentAndParts() {
        var session = signedIn(user);
        long nato = id("NATO", "REGIONAL_ORGANISATION");
        var page = session.get("/organisations/" + nato);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("North Atlantic Treaty Organisation")
                .contains(">KFOR<")
                .contains(">ISAF<")
                .contains("Partnerships across missions");
        var kfor = session.get("/organisations/" + id("KFOR", "COALITION_OR_STATE"));
        assertThat(kfor.body()).contains("href=\"/organisations/" + nato + "\"");
        assertThat(session.get("/organisations/" + Long.MAX_VALUE).statusCode()).isEqualTo(404);
        assertThat(session.get("/about/data").body())
                .contains("UN-EOSG-Analytics/un-system-chart-navigator")
                .contains("flixi67/PACT-data-wrangling")
                .contains("MIT");
    }

    @Test
    void badInputShowsFieldErrorsAndSavesNothing() {
        var session = signedIn(admin);
        session.get("/organisations/new");
        var fields = fields(prefix + "-NEW", "REGIONAL_ORGANISATION", null);
        fields.put("fullName", " ");
        fields.put("website", "www.example.org");
        fields.put("acronym", "x".repeat(61));

        var response = session.postForm("/organisations", fields);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("aria-describedby=\"fullName-errors\"")
                .contains("aria-describedby=\"acronym-errors\"")
                .contains("Enter a web address starting with http:// or https://.")
                .contains("value=\"www.example.org\"");
        assertThat(count(prefix + "%")).isZero();

        var duplicate = session.postForm("/organisations", fields("OSCE", "REGIONAL_ORGANISATION", null));
        assertThat(duplicate.statusCode()).isEqualTo(200);
        assertThat(duplicate.body())
                .contains("Another organisation of this kind already uses this acronym.")
                .contains("aria-describedby=\"acronym-errors\"");
    }

    @Test
    void anAdministratorCreatesAndEditsAnOrganisationAndAStaleFormKeepsTheInput() {
        var session = signedIn(admin);
        session.get("/organisations/new");
        long nato = id("NATO", "REGIONAL_ORGANISATION");
        var fields = fields(prefix + "-FOR", "COALITION_OR_STATE", nato);
        fields.put("humanitarian", "true");
        var created = session.postForm("/organisations", fields);
        assertThat(created.statusCode()).isEqualTo(302);
        long id = id(prefix + "-FOR", "COALITION_OR_STATE");
        assertThat(jdbc.queryForObject("select parent_id from organisation where id = ?", Long.class, id))
                .isEqualTo(nato);
        assertThat(jdbc.queryForObject("select humanitarian from organisation where id = ?", Boolean.class, id))
                .isTrue();
        assertThat(session.get("/organisations/" + id).body()).contains("The organisation was created.");

        var edit = session.get("/organisations/" + id + "/edit");
        assertThat(edit.body()).contains("value=\"" + prefix + "-FOR\"");
        var first = fields(prefix + "-FOR", "COALITION_OR_STATE", nato);
        first.put("version", "0");
        first.put("fullName", "First change");
        assertThat(session.postForm("/organisations/" + id, first).statusCode()).isEqualTo(302);

        var stale = fields(prefix + "-FOR", "COALITION_OR_STATE", nato);
        stale.put("version", "0");
        stale.put("fullName", "Second change typed on a stale form");
        var conflict = session.postForm("/organisations/" + id, stale);
        assertThat(conflict.statusCode()).isEqualTo(200);
        assertThat(conflict.body())
                .contains("Someone else changed this organisation")
                .contains("value=\"Second change typed on a stale form\"")
                .contains("name=\"version\" value=\"1\"");
        assertThat(jdbc.queryForObject("select full_name from organisation where id = ?", String.class, id))
                .isEqualTo("First change");

        stale.put("parentId", String.valueOf(id));
        stale.put("version", "1");
        // an organisation does not offer itself as parent; posting it anyway is refused on the field
        var own = session.postForm("/organisations/" + id, stale);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("aria-describedby=\"parentId-errors\"");
    }

    @Test
    void aUserWhoIsNotAnAdministratorCannotWrite() {
        var session = signedIn(user);
        session.get("/organisations");
        long osce = id("OSCE", "REGIONAL_ORGANISATION");
        assertThat(session.get("/organisations/new").statusCode()).isEqualTo(403);
        assertThat(session.get("/organisations/" + osce + "/edit").statusCode()).isEqualTo(403);
        assertThat(session.postForm("/organisations", fields(prefix + "-NO", "OTHER", null))
                        .statusCode())
                .isEqualTo(403);
        var change = fields("OSCE", "REGIONAL_ORGANISATION", null);
        change.put("version", "0");
        assertThat(session.postForm("/organisations/" + osce, change).statusCode())
                .isEqualTo(403);
        assertThat(count(prefix + "%")).isZero();
        assertThat(jdbc.queryForObject("select full_name from organisation where id = ?", String.class, osce))
                .isEqualTo("Organization for Security and Co-operation in Europe");
    }

    private Map<String, String> fields(String acronym, String kind, Long parentId) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("acronym", acronym);
        fields.put("fullName", "Pages test " + acronym);
        fields.put("kind", kind);
        fields.put("headquarters", "Geneva");
        fields.put("website", "https://example.org/");
        fields.put("parentId", parentId == null ? "" : String.valueOf(parentId));
        fields.put("notes", "");
        return fields;
    }

    private long id(String acronym, String kind) {
        return jdbc.queryForObject(
                "select id from organisation where acronym = ? and kind = ?", Long.class, acronym, kind);
    }

    private long count(String acronymPattern) {
        return jdbc.queryForObject(
                "select count(*) from organisation where acronym like ?", Long.class, acronymPattern);
    }

    private HttpSession signedIn(String username) {
        var session = new HttpSession(port);
        session.signIn(username, PASSWORD);
        return session;
    }
}
