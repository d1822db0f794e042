package org.missionplanner.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The deployments page and API of a mission: MONUC (demo data) in 2008, a mission without data,
 * unknown and malformed years, unknown missions, who may see them, and the SQL statements a page runs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeploymentsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    TestUsers users;
    long monuc;
    long withoutData;
    String outsider;

    @BeforeEach
    void missions() {
        users = new TestUsers(jdbc, encoder);
        monuc = users.mission("MONUC");
        withoutData = users.createMission(TestUsers.uniqueName("NODATA"));
        outsider = TestUsers.uniqueName("dep-outsider");
        users.member(users.create(outsider, "USER", "Deployments-Passphrase-1"), withoutData, "PLANNER");
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from mission where id = ?", withoutData);
        jdbc.update("delete from app_user where username = ?", outsider);
    }

    @Test
    void theApiGivesTheYearsLocationsWithExactlyTheirFields() throws Exception {
        mvc.perform(get("/api/v1/missions/{id}/deployments", monuc)
                        .param("year", "2008")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mission").value("MONUC"))
                .andExpect(jsonPath("$.year").value(2008))
                .andExpect(jsonPath("$.requestedYear").value(nullValue()))
                .andExpect(jsonPath("$.years", hasSize(12)))
                .andExpect(jsonPath("$.years", hasItem(2008)))
                .andExpect(jsonPath("$.locations", hasSize(43)))
                .andExpect(
                        jsonPath("$.locations[?(@.name == 'Kinshasa')].troops").value(1800))
                .andExpect(jsonPath("$.locations[?(@.name == 'Kinshasa')].headquarters")
                        .value("MISSION"))
                .andExpect(jsonPath("$.locations[?(@.name == 'Kinshasa')].latitude")
                        .value(-4.32972))
                .andExpect(jsonPath("$.locations[?(@.name == 'Goma')].headquarters")
                        .value("SECTOR"))
                .andExpect(
                        jsonPath("$.locations[?(@.name == 'Aru')].headquarters").value(hasItem(nullValue())))
                .andExpect(jsonPath("$.locations[0].*", hasSize(7)))
                .andExpect(jsonPath(
                        "$.locations[0].keys()",
                        containsInAnyOrder(
                                "name", "latitude", "longitude", "troops", "police", "observers", "headquarters")));
    }

    @Test
    void theContributorsApiGivesTroopAndPoliceContributorsLargestFirst() throws Exception {
        mvc.perform(get("/api/v1/missions/{id}/contributors", monuc)
                        .param("year", "2008")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2008))
                .andExpect(jsonPath("$.troopContributors[0].country").value("india"))
                .andExpect(jsonPath("$.troopContributors[0].countryCode").value("IN"))
                .andExpect(jsonPath("$.troopContributors[0].troops").value(5223))
                .andExpect(jsonPath("$.troopContributors[1].country").value("pakistan"))
                .andExpect(jsonPath("$.policeContributors[0].country").value("senegal"))
                .andExpect(jsonPath("$.policeContributors[0].police").value(378));
    }

    @Test
    void thePageShowsTheMapTheTableTheStrengthAndTheTopContributors() throws Exception {
        String html = mvc.perform(get("/missions/{id}/deployments", monuc)
                        .param("year", "2008")
                        .with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("class=\"deployment-map\"")
                .contains("data-location=\"Kinshasa\"")
                .contains("class=\"hq hq-mission\"")
                .contains("data-testid=\"locations\"")
                .contains("<option value=\"2008\" selected=\"selected\">2008</option>")
                .contains("class=\"strength-chart\"")
                .contains("data-testid=\"troops-contributors\"")
                .contains("India")
                .doesNotContain("th:");
        assertThat(html.split("<tr>", -1).length).as("rows").isGreaterThan(43);
        assertThat(html.length()).as("the page's size, outlines included").isLessThan(300_000);
    }

    @Test
    void aYearWithoutDataShowsTheNearestOneAndSaysSo() throws Exception {
        mvc.perform(get("/missions/{id}/deployments", monuc)
                        .param("year", "1990")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"year-replaced\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("showing 1999")));
        mvc.perform(get("/api/v1/missions/{id}/deployments", monuc)
                        .param("year", "2100")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2010))
                .andExpect(jsonPath("$.requestedYear").value(2100));
    }

    @Test
    void aMalformedYearIsABadRequestWithAMessage() throws Exception {
        mvc.perform(get("/missions/{id}/deployments", monuc)
                        .param("year", "2008abc")
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"year-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("“2008abc” is not a year")));
        mvc.perform(get("/missions/{id}/deployments", monuc)
                        .param("year", "<script>")
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("“&lt;script&gt;” is not a year")));
        mvc.perform(get("/api/v1/missions/{id}/deployments", monuc)
                        .param("year", "abc")
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(get("/api/v1/missions/{id}/contributors", monuc)
                        .param("year", "99999999999")
                        .with(admin()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownMissionIsNotFound() throws Exception {
        mvc.perform(get("/missions/{id}/deployments", Long.MAX_VALUE).with(admin()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/missions/{id}/deployments", Long.MAX_VALUE).with(admin()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/missions/{id}/contributors", Long.MAX_VALUE).with(admin()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMissionWithoutDataSaysSo() throws Exception {
        var planner = user(userDetails.loadUserByUsername(outsider));
        mvc.perform(get("/missions/{id}/deployments", withoutData).with(planner))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"no-deployment-data\"")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("class=\"deployment-map\""))));
        mvc.perform(get("/api/v1/missions/{id}/deployments", withoutData)
                        .param("year", "2008")
                        .with(planner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years", hasSize(0)))
                .andExpect(jsonPath("$.year").value(nullValue()))
                .andExpect(jsonPath("$.locations", hasSize(0)));
        mvc.perform(get("/api/v1/missions/{id}/contributors", withoutData).with(planner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.troopContributors", hasSize(0)));
    }

    @Test
    void aPlannerSeesOnlyTheirMissionsDeployments() throws Exception {
        var planner = user(userDetails.loadUserByUsername(outsider));
        mvc.perform(get("/missions/{id}/deployments", monuc).with(planner)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/missions/{id}/deployments", monuc).with(planner))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/missions/{id}/contributors", monuc).with(planner))
                .andExpect(status().isForbidden());
        // the demo planner is a viewer of MONUC
        mvc.perform(get("/missions/{id}/deployments", monuc).with(user(userDetails.loadUserByUsername("planner"))))
                .andExpect(status().isOk());
    }

    @Test
    void thePageRunsAFixedNumberOfStatementsWhateverTheNumberOfLocations() throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            // MONUC: 7 locations in 1999, 43 in 2008 (and 12 years, 17 contributors)
            long few = statementsFor("/missions/" + monuc + "/deployments?year=1999");
            long many = statementsFor("/missions/" + monuc + "/deployments?year=2008");
            long none = statementsFor("/missions/" + withoutData + "/deployments");
            assertThat(many).as("43 locations (7 locations: %d)", few).isEqualTo(few);
            assertThat(many).isBetween(1L, 10L);
            assertThat(none).isLessThanOrEqualTo(many);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private long statementsFor(String path) throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(get(path).with(admin())).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    private RequestPostProcessor admin() {
        return user(userDetails.loadUserByUsername("admin"));
    }
}
