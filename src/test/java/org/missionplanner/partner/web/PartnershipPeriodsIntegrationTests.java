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

/**
 * Partnerships over time: periods with their arrangements in the form and the API, overlaps
 * refused on the period's field, the partner map on a date, and the principles across missions.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PartnershipPeriodsIntegrationTests {

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
    long otherMission;
    long organisation;
    String acronym;
    long plannerId;
    String plannerName;
    HttpSession planner;
    String base;

    @BeforeEach
    void setUp() {
        var users = new TestUsers(jdbc, encoder);
        mission = users.createMission(TestUsers.uniqueName("PER"));
        otherMission = users.createMission(TestUsers.uniqueName("PEROTHER"));
        acronym = TestUsers.uniqueName("PERORG");
        organisation = jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind, humanitarian) values (?, 'Bridging force', 'REGIONAL_ORGANISATION', false)
                returning id""", Long.class, acronym);
        plannerName = TestUsers.uniqueName("per-planner");
        plannerId = users.create(plannerName, "USER", PASSWORD);
        users.member(plannerId, mission, "PLANNER");
        planner = new HttpSession(port);
        planner.signIn(plannerName, PASSWORD);
        base = "/missions/" + mission + "/partners";
    }

    @AfterEach
    void removeTestData() {
        jdbc.update("delete from mission where id in (?, ?)", mission, otherMission);
        jdbc.update("delete from organisation where id = ?", organisation);
        jdbc.update("delete from app_user where id = ?", plannerId);
    }

    /** Handed over on 15 March 2009 after running alongside since January 2008. */
    private Map<String, String> handOverForm(String earlierFrom, String earlierTo) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("organisationId", String.valueOf(organisation));
        form.put("arrangement", "REGIONAL_HANDS_OVER_TO_UN");
        form.put("startDate", "2009-03-15");
        form.put("endDate", "2009-06-30");
        form.put("principles[1].principle", "MATERIAL_SUPPORT");
        form.put("principles[1].assessment", "NOT_MET");
        form.put("otherPeriods[0].arrangement", "ALONGSIDE_NOT_UNDER_UN");
        form.put("otherPeriods[0].from", earlierFrom);
        form.put("otherPeriods[0].to", earlierTo);
        return form;
    }

    private HttpResponse<String> add(Map<String, String> form) {
        planner.get(base + "/partnerships/new");
        return planner.postForm(base + "/partnerships", form);
    }

    private List<Map<String, Object>> periods() {
        return jdbc.queryForList("""
                select pp.arrangement, pp.start_date::text as start_date, pp.end_date::text as end_date
                  from partnership_period pp join partnership p on p.id = pp.partnership_id
                 where p.mission_id = ? order by pp.position""", mission);
    }

    @Test
    void aPartnershipRecordsItsPeriodsAndTheMapIsDrawnForADay() {
        assertThat(add(handOverForm("2008-01-28", "2009-03-14")).statusCode()).isEqualTo(302);
        assertThat(periods())
                .extracting(row -> row.get("arrangement") + " " + row.get("start_date") + " " + row.get("end_date"))
                .containsExactly(
                        "ALONGSIDE_NOT_UNDER_UN 2008-01-28 2009-03-14",
                        "REGIONAL_HANDS_OVER_TO_UN 2009-03-15 2009-06-30");
        assertThat(jdbc.queryForMap(
                        "select arrangement, start_date::text as s, end_date::text as e from partnership where mission_id = ?",
                        mission))
                .containsEntry("arrangement", "REGIONAL_HANDS_OVER_TO_UN")
                .containsEntry("s", "2008-01-28")
                .containsEntry("e", "2009-06-30");

        var alongside = planner.get(base + "?on=2008-06-01");
        assertThat(alongside.statusCode()).isEqualTo(200);
        assertThat(alongside.body())
                .contains("data-group=\"ALONGSIDE\"", "data-testid=\"partners-on-summary\"")
                .doesNotContain("data-group=\"HAND_OVERS\"");
        var handedOver = planner.get(base + "?on=2009-04-01");
        assertThat(handedOver.body()).contains("data-group=\"HAND_OVERS\"").doesNotContain("data-group=\"ALONGSIDE\"");
        var before = planner.get(base + "?on=2007-01-01");
        assertThat(before.body()).doesNotContain("data-group=\"ALONGSIDE\"", "data-group=\"HAND_OVERS\"");
        var all = planner.get(base);
        assertThat(all.body()).contains("data-testid=\"partnership-periods\"");

        var badDate = planner.get(base + "?on=1st%20of%20May");
        assertThat(badDate.statusCode()).isEqualTo(200);
        assertThat(badDate.body()).contains("id=\"on-error\"", "Enter a date as YYYY-MM-DD.");

        assertThat(planner.get(base + "/map.svg?on=2008-06-01").body()).contains(acronym);
    }

    @Test
    void anOverlappingPeriodIsAFieldErrorOnItsRowAndNothingIsSaved() {
        var overlapping = add(handOverForm("2008-01-28", "2009-04-01"));
        assertThat(overlapping.statusCode()).isEqualTo(200);
        assertThat(overlapping.body())
                .contains("This period overlaps another period of the same partnership.", "is-invalid");
        assertThat(jdbc.queryForObject("select count(*) from partnership where mission_id = ?", Integer.class, mission))
                .isZero();
        var incomplete = add(handOverForm("", "2008-05-01"));
        assertThat(incomplete.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from partnership where mission_id = ?", Integer.class, mission))
                .isZero();
    }

    @Test
    void theEditFormShowsTheLatestPeriodAboveAndTheOthersAsRows() {
        add(handOverForm("2008-01-28", "2009-03-14"));
        long id = jdbc.queryForObject("select id from partnership where mission_id = ?", Long.class, mission);
        var form = planner.get(base + "/partnerships/" + id);
        assertThat(form.body())
                .contains("value=\"2009-03-15\"", "value=\"2008-01-28\"", "value=\"2009-03-14\"")
                .contains("name=\"otherPeriods[1].arrangement\"");
    }

    @Test
    void theApiTakesAndGivesPeriodsAndRefusesAnOverlap() {
        String token = tokens.create(plannerName, "periods api test", null).token();
        String url = "/api/v1/missions/" + mission + "/partnerships";
        var created = planner.send(planner.request(url)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"organisationId": %d, "periods": [
                          {"arrangement": "ALONGSIDE_NOT_UNDER_UN", "from": "2008-01-28", "to": "2009-03-14"},
                          {"arrangement": "REGIONAL_HANDS_OVER_TO_UN", "from": "2009-03-15", "to": null}]}""".formatted(organisation)))
                .build());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat((String) JsonPath.read(created.body(), "$.arrangement")).isEqualTo("REGIONAL_HANDS_OVER_TO_UN");
        assertThat((String) JsonPath.read(created.body(), "$.startDate")).isEqualTo("2008-01-28");
        assertThat((Object) JsonPath.read(created.body(), "$.endDate")).isNull();
        assertThat((List<String>) JsonPath.read(created.body(), "$.periods[*].arrangement"))
                .containsExactly("ALONGSIDE_NOT_UNDER_UN", "REGIONAL_HANDS_OVER_TO_UN");
        assertThat((List<String>) JsonPath.read(created.body(), "$.periods[*].from"))
                .containsExactly("2008-01-28", "2009-03-15");

        var overlap = planner.send(planner.request(url)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"organisationId": %d, "periods": [
                          {"arrangement": "DONOR", "from": "2010-01-01", "to": "2010-12-31"},
                          {"arrangement": "OTHER", "from": "2010-06-01"}]}""".formatted(organisation)))
                .build());
        assertThat(overlap.statusCode()).isEqualTo(422);
        assertThat((String) JsonPath.read(overlap.body(), "$.field")).isEqualTo("periods[1].from");
        assertThat(jdbc.queryForObject("select count(*) from partnership where mission_id = ?", Integer.class, mission))
                .isEqualTo(1);
    }

    @Test
    void thePrinciplesAcrossMissionsShowWhereOneIsNotMetAndOnlyVisibleMissions() {
        add(handOverForm("2008-01-28", "2009-03-14"));
        jdbc.update("""
                insert into partnership (mission_id, organisation_id, arrangement, start_date, version)
                values (?, ?, 'DONOR', '2010-01-01', 0)""", otherMission, organisation);
        var page = planner.get("/partnerships?principle=MATERIAL_SUPPORT&assessment=NOT_MET");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-testid=\"principle-summary\"", "data-organisation=\"" + acronym + "\"")
                .doesNotContain("PEROTHER");
        var met = planner.get("/partnerships?principle=MATERIAL_SUPPORT&assessment=MET");
        assertThat(met.body()).doesNotContain("data-organisation=\"" + acronym + "\"");
        assertThat(planner.get("/partnerships?principle=NOPE").statusCode()).isEqualTo(400);
    }
}
