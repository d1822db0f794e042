package org.missionplanner.structure.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
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

/** The structure editor over real HTTP: starting from the template, field errors, conflicts, other missions' ids, the API. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StructureEditorIntegrationTests {

    private static final String PASSWORD = "Structure-Test-Passphrase-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long mission;
    long otherMission;
    long otherMissionUnit;
    long plannerId;
    HttpSession planner;
    String base;

    @BeforeEach
    void setUp() {
        var users = new TestUsers(jdbc, encoder);
        mission = users.createMission(TestUsers.uniqueName("STR"));
        otherMission = users.createMission(TestUsers.uniqueName("STRB"));
        otherMissionUnit = jdbc.queryForObject("""
                insert into org_unit (mission_id, unit_type, name, category) values (?, 'HEAD_OF_MISSION', 'Other SRSG', 'LEADERSHIP')
                returning id""", Long.class, otherMission);
        String username = TestUsers.uniqueName("str-planner");
        plannerId = users.create(username, "USER", PASSWORD);
        users.member(plannerId, mission, "PLANNER");
        planner = new HttpSession(port);
        planner.signIn(username, PASSWORD);
        base = "/missions/" + mission + "/structure";
        assertThat(planner.get(base).statusCode()).isEqualTo(200);
        assertThat(planner.postForm(base + "/start", Map.of("start", "GENERIC")).statusCode())
                .isEqualTo(302);
        planner.get(base);
    }

    /** Other tests count the missions and users of the shared database: leave none behind. */
    @AfterEach
    void removeTestData() {
        jdbc.update("delete from mission where id in (?, ?)", mission, otherMission);
        jdbc.update("delete from app_user where id = ?", plannerId);
    }

    @Test
    void theGenericTemplateGivesAnIntegratedStructureWithItsLines() {
        var page = planner.get(base);
        assertThat(page.body())
                .contains(
                        "Office of the SRSG",
                        "Joint Mission Analysis Centre",
                        "UNICEF",
                        "Integrated Mission Planning Team",
                        "Integration checks",
                        "data-check=\"structuralIntegration\" data-state=\"PASS\"");
        assertThat(count("select count(*) from org_unit where mission_id = ? and unit_type = 'HEAD_OF_MISSION'"))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("""
                select l.external_entity from secondary_line l join org_unit u on u.id = l.from_unit_id
                 where u.mission_id = ? and u.unit_type = 'DSRSG_RC_HC'""", String.class, mission)).containsExactlyInAnyOrder("DOCO", "ERC");
    }

    @Test
    void aSecondStartIsRefusedUnlessTheUserConfirmsTheReplacement() {
        int units = count("select count(*) from org_unit where mission_id = ?");
        var refused = planner.postForm(base + "/start", Map.of("start", "GENERIC"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(planner.get(base).body()).contains("already has a structure");
        assertThat(count("select count(*) from org_unit where mission_id = ?")).isEqualTo(units);

        planner.get(base);
        planner.postForm(base + "/start", Map.of("start", "BLANK", "replace", "true"));
        assertThat(count("select count(*) from org_unit where mission_id = ?")).isZero();
    }

    @Test
    void aBlankNameAndNegativePostsAreFieldErrorsAndNothingIsSaved() {
        int units = count("select count(*) from org_unit where mission_id = ?");
        planner.get(base + "/units/new");
        var form = unitForm("GENDER", " ", unitId("Office of the SRSG"), null);
        form.put("posts[0].authorised", "-3");
        var response = planner.postForm(base + "/units", form);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"name-errors\"", "id=\"posts0-authorised-errors\"");
        assertThat(count("select count(*) from org_unit where mission_id = ?")).isEqualTo(units);
    }

    @Test
    void aReportingCycleIsRefusedOnTheFieldAndNothingChanges() {
        long cos = unitId("Office of the Chief of Staff");
        long jmac = unitId("Joint Mission Analysis Centre");
        planner.get(base + "/units/" + cos);
        var form = unitForm("CHIEF_OF_STAFF", "Office of the Chief of Staff", jmac, version(cos));
        var response = planner.postForm(base + "/units/" + cos, form);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"reportsToId-errors\"", "reporting cycle");
        assertThat(jdbc.queryForObject("select reports_to_id from org_unit where id = ?", Long.class, cos))
                .isEqualTo(unitId("Office of the SRSG"));
    }

    @Test
    void aSecondHeadOfMissionIsRefused() {
        int units = count("select count(*) from org_unit where mission_id = ?");
        var newForm = planner.get(base + "/units/new").body();
        assertThat(newForm).doesNotContain("value=\"HEAD_OF_MISSION\"");
        var response = planner.postForm(base + "/units", unitForm("HEAD_OF_MISSION", "Second SRSG", null, null));
        assertThat(response.body()).contains("id=\"unitType-errors\"", "already has a head of mission");
        assertThat(count("select count(*) from org_unit where mission_id = ?")).isEqualTo(units);
    }

    @Test
    void aStaleVersionIsAConflictThatKeepsTheInput() {
        long legal = unitId("Legal Adviser");
        long seen = version(legal);
        planner.get(base + "/units/" + legal);
        assertThat(planner.postForm(
                                base + "/units/" + legal,
                                unitForm("LEGAL", "Office of Legal Affairs", unitId("Office of the SRSG"), seen))
                        .statusCode())
                .isEqualTo(302);

        var stale = planner.postForm(
                base + "/units/" + legal, unitForm("LEGAL", "My lost change", unitId("Office of the SRSG"), seen));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed this unit", "value=\"My lost change\"");
        assertThat(jdbc.queryForObject("select name from org_unit where id = ?", String.class, legal))
                .isEqualTo("Office of Legal Affairs");
    }

    @Test
    void anotherMissionsUnitIsNotFoundAndNothingChanges() {
        long jmac = unitId("Joint Mission Analysis Centre");
        assertThat(planner.get(base + "/units/" + otherMissionUnit).statusCode())
                .isEqualTo(404);
        planner.get(base + "/units/" + jmac);
        assertThat(planner.postForm(
                                base + "/units/" + jmac + "/move",
                                Map.of("reportsToId", String.valueOf(otherMissionUnit)))
                        .statusCode())
                .isEqualTo(404);
        assertThat(planner.postForm(base + "/units/" + otherMissionUnit + "/delete", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(planner.postForm(base + "/units/" + jmac + "/lines", Map.of("target", "unit-" + otherMissionUnit))
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select reports_to_id from org_unit where id = ?", Long.class, jmac))
                .isEqualTo(unitId("Office of the Chief of Staff"));
        assertThat(count("select count(*) from org_unit where mission_id = ?", otherMission))
                .isEqualTo(1);
    }

    @Test
    void movingAndRemovingUnits() {
        long jmac = unitId("Joint Mission Analysis Centre");
        long dsrsg = unitId("Office of the DSRSG (political)");
        planner.get(base + "/units/" + jmac);
        assertThat(planner.postForm(base + "/units/" + jmac + "/move", Map.of("reportsToId", String.valueOf(dsrsg)))
                        .statusCode())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("select reports_to_id from org_unit where id = ?", Long.class, jmac))
                .isEqualTo(dsrsg);

        long rchc = unitId("Office of the DSRSG (RC/HC)");
        long srsg = unitId("Office of the SRSG");
        int before = count("select count(*) from org_unit where mission_id = ?");
        planner.postForm(base + "/units/" + rchc + "/delete", Map.of("mode", "MOVE_SUB_UNITS"));
        assertThat(count("select count(*) from org_unit where mission_id = ?")).isEqualTo(before - 1);
        assertThat(jdbc.queryForObject("select reports_to_id from org_unit where id = ?", Long.class, unitId("UNICEF")))
                .isEqualTo(srsg);

        planner.postForm(base + "/units/" + dsrsg + "/delete", Map.of("mode", "REMOVE_SUB_UNITS"));
        assertThat(count("select count(*) from org_unit where mission_id = ? and name in "
                        + "('Political Affairs', 'Joint Mission Analysis Centre', 'Office of the DSRSG (political)')"))
                .isZero();

        planner.postForm(base + "/units/" + srsg + "/delete", Map.of("mode", "MOVE_SUB_UNITS"));
        assertThat(planner.get(base + "/units/" + srsg).body()).contains("no superior to move its sub-units to");
        assertThat(count("select count(*) from org_unit where id = " + srsg + " and mission_id = ?"))
                .isEqualTo(1);
    }

    @Test
    void secondaryLinesAreAddedAndRemoved() {
        long jmac = unitId("Joint Mission Analysis Centre");
        planner.get(base + "/units/" + jmac);
        planner.postForm(
                base + "/units/" + jmac + "/lines", Map.of("target", "external-DPO", "description", "Analysis to HQ"));
        planner.get(base + "/units/" + jmac);
        planner.postForm(base + "/units/" + jmac + "/lines", Map.of("target", "unit-" + jmac));
        assertThat(planner.get(base + "/units/" + jmac).body()).contains("cannot have a reporting line to itself");
        long line = jdbc.queryForObject("select id from secondary_line where from_unit_id = ?", Long.class, jmac);
        assertThat(planner.get(base).body()).contains("Analysis to HQ");
        planner.postForm(base + "/units/" + jmac + "/lines/" + line + "/delete", Map.of());
        assertThat(count("select count(*) from secondary_line where from_unit_id = " + jmac + " and ? > 0"))
                .isZero();
    }

    @Test
    void theApiListsUnitsWithTheirLinesAndPosts() {
        long force = unitId("Military component");
        jdbc.update(
                "insert into org_unit_posts (unit_id, category, authorised, filled) values (?, 'MILITARY', 1200, 1100)",
                force);
        HttpResponse<String> response = planner.send(planner.request("/api/v1/missions/" + mission + "/structure")
                .header("Accept", "application/json")
                .GET()
                .build());
        assertThat(response.statusCode()).isEqualTo(200);
        String json = response.body();
        assertThat(JsonPath.<Integer>read(json, "$.missionId").longValue()).isEqualTo(mission);
        List<String> types = JsonPath.read(json, "$.units[*].type");
        assertThat(types).contains("HEAD_OF_MISSION", "DSRSG_RC_HC", "UNCT_AGENCY");
        assertThat(JsonPath.<List<Object>>read(json, "$.units[?(@.type == 'HEAD_OF_MISSION')].reportsToId"))
                .containsExactly((Object) null);
        assertThat(JsonPath.<List<String>>read(
                        json, "$.units[?(@.type == 'DSRSG_RC_HC')].secondaryLines[*].externalEntity"))
                .containsExactlyInAnyOrder("DOCO", "ERC");
        assertThat(JsonPath.<List<Integer>>read(json, "$.units[?(@.id == " + force + ")].posts.MILITARY.authorised"))
                .containsExactly(1200);

        var other = planner.send(planner.request("/api/v1/missions/" + otherMission + "/structure")
                .header("Accept", "application/json")
                .GET()
                .build());
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    private Map<String, String> unitForm(String type, String name, Long reportsTo, Long version) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("unitType", type);
        form.put("name", name);
        form.put("headTitle", "Head");
        form.put("category", "");
        form.put("location", "");
        form.put("reportsToId", reportsTo == null ? "" : String.valueOf(reportsTo));
        form.put("version", version == null ? "" : String.valueOf(version));
        String[] categories = {"MILITARY", "POLICE", "INTERNATIONAL_CIVILIAN", "NATIONAL_STAFF", "UN_VOLUNTEER"};
        for (int i = 0; i < categories.length; i++) {
            form.put("posts[" + i + "].category", categories[i]);
            form.put("posts[" + i + "].authorised", "0");
            form.put("posts[" + i + "].filled", "0");
        }
        return form;
    }

    private long unitId(String name) {
        return jdbc.queryForObject(
                "select id from org_unit where mission_id = ? and name = ?", Long.class, mission, name);
    }

    private long version(long unitId) {
        return jdbc.queryForObject("select version from org_unit where id = ?", Long.class, unitId);
    }

    private int count(String sql) {
        return count(sql, mission);
    }

    private int count(String sql, long missionId) {
        return jdbc.queryForObject(sql, Integer.class, missionId);
    }
}
