package org.missionplanner.structure;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManagerFactory;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The organigram page and SVG, the checks API and the comparison over real HTTP, and their SQL statement counts. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OrganigramIntegrationTests {

    private static final String PASSWORD = "Organigram-Passphrase-2026!";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgUnitRepository units;

    @Autowired
    SecondaryLineRepository lines;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApiTokens tokens;

    @Autowired
    OrganigramService organigrams;

    @Autowired
    StructureComparison comparison;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    OrganigramFixture fixture;
    TestUsers users;
    long mission;
    long otherMission;
    String viewer;

    @BeforeEach
    void createMissions() {
        fixture = new OrganigramFixture(jdbc, units, lines);
        users = new TestUsers(jdbc, encoder);
        mission = fixture.mission("ORG", "BOTH_FEET_IN");
        fixture.integratedStructure(mission, 20);
        fixture.unit(
                mission,
                UnitType.OTHER,
                "<script>alert('R&D')</script>",
                null,
                units.findByMission(mission).get(0));
        otherMission = fixture.mission("OTH", "BOTH_FEET_OUT");
        fixture.integratedStructure(otherMission, 12);
        viewer = TestUsers.uniqueName("org-viewer");
        users.member(users.create(viewer, "USER", PASSWORD), mission, "VIEWER");
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        fixture.deleteMissions();
    }

    private HttpSession signedIn(String username) {
        var session = new HttpSession(port);
        assertThat(session.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
        return session;
    }

    @Test
    void showsTheOrganigramPageWithUnitsModelAndChecks() {
        var page = signedIn(viewer).get("/missions/" + mission + "/organigram");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        fixture.acronym(mission),
                        "Office of the DSRSG RC/HC",
                        "UN Country Team",
                        "Outside the mission",
                        "Both feet in",
                        "Integration checks",
                        "stroke-dasharray",
                        "&lt;script&gt;alert(&#39;R&amp;D&#39;)&lt;/script&gt;",
                        "data-check=\"structuralIntegration\"",
                        "/missions/" + mission + "/organigram.svg");
        assertThat(page.body()).doesNotContain("<script>alert");
    }

    @Test
    void downloadsTheOrganigramAsAnSvgAttachment() {
        HttpResponse<String> svg = signedIn(viewer).get("/missions/" + mission + "/organigram.svg");

        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(svg.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition ->
                        assertThat(disposition).startsWith("attachment").contains("-organigram.svg"));
        assertThat(svg.body())
                .startsWith("<?xml")
                .contains(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"",
                        "Force Headquarters",
                        "UNICEF",
                        "Emergency Relief Coordinator")
                .doesNotContain("<script");
    }

    @Test
    void refusesTheOrganigramOfAMissionTheUserIsNotAMemberOf() {
        var session = signedIn(viewer);
        assertThat(session.get("/missions/" + otherMission + "/organigram").statusCode())
                .isEqualTo(403);
        assertThat(session.get("/missions/" + otherMission + "/organigram.svg").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theChecksApiAnswersCodeStateAndReason() {
        String token = tokens.create(viewer, "checks test", null).token();
        var session = new HttpSession(port);
        var response = session.send(session.request("/api/v1/missions/" + mission + "/checks")
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> codes = JsonPath.read(response.body(), "$[*].code");
        assertThat(codes).containsExactlyElementsOf(IntegrationChecks.CODES);
        assertThat(JsonPath.<List<String>>read(response.body(), "$[?(@.code == 'structuralIntegration')].state"))
                .containsExactly("PASS");
        assertThat(JsonPath.<List<String>>read(response.body(), "$[?(@.code == 'headOfMission')].reason"))
                .containsExactly("Office of the SRSG leads the mission: one SRSG or ERSG gives unity of effort.");

        var refused = session.send(session.request("/api/v1/missions/" + otherMission + "/checks")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void theChecksApiShowsAWarningWhenTheStructureDepartsFromTheModel() {
        String reviewer = TestUsers.uniqueName("org-reviewer");
        users.create(reviewer, "HQ_REVIEWER", PASSWORD);
        String token = tokens.create(reviewer, "checks test", null).token();
        var session = new HttpSession(port);
        // both feet out, yet a DSRSG RC/HC sits inside the mission
        var response = session.send(session.request("/api/v1/missions/" + otherMission + "/checks")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
        assertThat(JsonPath.<List<String>>read(response.body(), "$[?(@.code == 'integrationModel')].state"))
                .containsExactly("WARNING");
    }

    @Test
    void anUnknownMissionIsNotFound() {
        String reviewer = TestUsers.uniqueName("org-reviewer");
        users.create(reviewer, "HQ_REVIEWER", PASSWORD);
        long unknown = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from mission", Long.class);
        String token = tokens.create(reviewer, "checks test", null).token();
        var session = signedIn(reviewer);

        assertThat(session.get("/missions/" + unknown + "/organigram").statusCode())
                .isEqualTo(404);
        assertThat(session.get("/missions/" + unknown + "/organigram.svg").statusCode())
                .isEqualTo(404);
        var api = session.send(session.request("/api/v1/missions/" + unknown + "/checks")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theComparisonShowsOnlyMissionsTheUserMaySee() {
        var page = signedIn(viewer).get("/missions/compare?ids=" + mission + "&ids=" + otherMission);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(fixture.acronym(mission), "Both feet in", "Military", "15,003 / 14,203")
                .doesNotContain(fixture.acronym(otherMission), "Both feet out");
    }

    @Test
    void theComparisonShowsBothMissionsSideBySideToAReviewer() {
        String reviewer = TestUsers.uniqueName("org-reviewer");
        users.create(reviewer, "HQ_REVIEWER", PASSWORD);

        var page = signedIn(reviewer).get("/missions/compare?ids=" + mission + "&ids=" + otherMission);

        assertThat(page.body())
                .contains(
                        fixture.acronym(mission),
                        fixture.acronym(otherMission),
                        "Both feet in",
                        "Both feet out",
                        "UN Country Team agency",
                        "data-testid=\"unit-count\">21<",
                        "data-testid=\"unit-count\">12<");
    }

    @Test
    void drawingTheOrganigramRunsAFixedNumberOfStatementsWhateverTheSize() {
        long small = fixture.mission("SML", "ONE_FOOT_IN_ONE_FOOT_OUT");
        fixture.integratedStructure(small, 12);
        long large = fixture.mission("LRG", "ONE_FOOT_IN_ONE_FOOT_OUT");
        fixture.integratedStructure(large, 120);
        signInAsAdministrator();

        long smallCount = statements(() -> organigrams.draw(small, Locale.ENGLISH));
        long largeCount = statements(() -> organigrams.draw(large, Locale.ENGLISH));

        assertThat(largeCount).isEqualTo(smallCount);
        assertThat(smallCount).isLessThanOrEqualTo(5);
    }

    @Test
    void comparingMissionsRunsAFixedNumberOfStatementsWhateverTheirNumberAndSize() {
        long a = fixture.mission("CPA", "BOTH_FEET_IN");
        fixture.integratedStructure(a, 12);
        long b = fixture.mission("CPB", "BOTH_FEET_IN");
        fixture.integratedStructure(b, 12);
        long c = fixture.mission("CPC", "BOTH_FEET_IN");
        fixture.integratedStructure(c, 90);
        long d = fixture.mission("CPD", "BOTH_FEET_IN");
        fixture.integratedStructure(d, 90);
        var admin = signInAsAdministrator();

        long two = statements(() -> comparison.compare(List.of(a, b), admin));
        long four = statements(() -> comparison.compare(List.of(a, b, c, d), admin));

        assertThat(four).isEqualTo(two);
        assertThat(comparison.compare(List.of(a, b, c, d), admin).missions())
                .extracting(StructureComparison.ComparedMission::unitCount)
                .containsExactly(12, 12, 90, 90);
    }

    private UsernamePasswordAuthenticationToken signInAsAdministrator() {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMINISTRATOR"));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    private long statements(Runnable action) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        action.run();
        return statistics.getPrepareStatementCount();
    }
}
