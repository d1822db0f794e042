package org.missionplanner.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The mission comparison on the demo data: mandates, structures, plans, partners and strength side by
 * side; a check whose subject is absent says Not applicable; bad ids get a message, never a 500;
 * planners compare only their missions; the statements run do not grow with the missions compared.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MissionComparisonIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void comparesUnmilMonucAndUnmikSectionBySectionWithNotApplicableWhereAComponentIsAbsent() throws Exception {
        String html = page("reviewer", "/missions/compare?ids=" + ids("UNMIL", "MONUC", "UNMIK"));

        assertThat(html)
                .contains("UNMIL", "MONUC", "UNMIK", "Mandates", "Structures", "Plans", "Partners", "Strength")
                .contains("Differs", "Triple-hatted (DSRSG, RC and HC)", "Not applicable", "S/RES/")
                .contains("Deployed strength over the years")
                // GeoPKO and RADPKO cover the three missions: each shows its peak, linked to its map
                .containsPattern("Peak [0-9,]+ deployed in (19|20)[0-9]{2}")
                .contains("/deployments?year=");
        assertThat(columnsInOrder(html)).containsExactly("UNMIL", "MONUC", "UNMIK");
        // UNMIK has neither a JMAC nor a military component: never Pass, always Not applicable
        assertThat(checkStates(html, "jmac")).containsExactly("PASS", "PASS", "NOT_APPLICABLE");
        assertThat(checkStates(html, "forceCommander").get(2)).isEqualTo("NOT_APPLICABLE");
        assertThat(html).contains("/plans/", "/missions/" + id("UNMIL") + "/mandate", "/partners/partnerships/");

        mvc.perform(get("/api/v1/missions/compare")
                        .param("ids", ids("UNMIK", "UNMIL"))
                        .with(as("reviewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.missions.length()").value(2))
                .andExpect(jsonPath("$.missions[0].mission.acronym").value("UNMIK"))
                .andExpect(jsonPath("$.missions[0].structure.checks.jmac.state").value("NOT_APPLICABLE"))
                .andExpect(jsonPath("$.missions[0].structure.checks.forceCommander.state")
                        .value("NOT_APPLICABLE"))
                .andExpect(jsonPath("$.missions[1].structure.rcHc.external").isArray())
                .andExpect(jsonPath("$.missions[1].mandate.symbol").isString())
                .andExpect(jsonPath("$.ignored.length()").value(0));
    }

    @Test
    void aMissionWithoutAStructureSaysSoAndPassesNoCheck() throws Exception {
        String html = page("reviewer", "/missions/compare?ids=" + ids("UNAMSIL", "UNMIL"));

        assertThat(html).contains("No structure is recorded");
        List<String> firstColumn = Pattern.compile("data-check=\"[a-zA-Z]+\" data-state=\"([A-Z_]+)\"")
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .collect(Collectors.toList());
        for (int i = 0; i < firstColumn.size(); i += 2) {
            assertThat(firstColumn.get(i)).as("check %d of UNAMSIL", i / 2).isEqualTo("NOT_APPLICABLE");
        }
    }

    @Test
    void badIdsGetAClearMessageAndNeverAServerError() throws Exception {
        mvc.perform(get("/missions/compare").param("ids", "abc").with(as("reviewer")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("These are not mission ids: abc")));
        mvc.perform(get("/missions/compare").param("ids", "1,2,3,4,5,6,7").with(as("reviewer")))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Choose at most 6 missions: you asked for 7.")));
        mvc.perform(get("/missions/compare")
                        .param("ids", "99999999999999999999999", "-4")
                        .with(as("reviewer")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/missions/compare").param("ids", "987654321").with(as("reviewer")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Left out: no mission you may see has the id 987654321.")));

        mvc.perform(get("/api/v1/missions/compare").param("ids", "1,abc").with(as("reviewer")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("abc")));
        mvc.perform(get("/api/v1/missions/compare").with(as("reviewer"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/missions/compare")
                        .param("ids", "1,2,3,4,5,6,7")
                        .with(as("reviewer")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aPlannerComparesOnlyTheirMissions() throws Exception {
        long unama = id("UNAMA");
        String html = page("planner", "/missions/compare?ids=" + id("UNMIL") + "," + unama);

        assertThat(columnsInOrder(html)).containsExactly("UNMIL");
        assertThat(html)
                .contains("Left out: no mission you may see has the id " + unama + ".")
                .doesNotContain(">UNAMA<");
        mvc.perform(get("/api/v1/missions/compare")
                        .param("ids", unama + "," + id("MONUC"))
                        .with(as("planner")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.missions.length()").value(1))
                .andExpect(jsonPath("$.missions[0].mission.acronym").value("MONUC"))
                .andExpect(jsonPath("$.ignored[0]").value(unama));
    }

    @Test
    void comparingSixMissionsRunsAsManyStatementsAsComparingTwo() throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            long two = statementsFor("/missions/compare?ids=" + ids("UNMIL", "MONUC"));
            long six = statementsFor(
                    "/missions/compare?ids=" + ids("UNMIL", "MONUC", "UNMIK", "UNAMSIL", "UNAMA", "UNAMID"));
            assertThat(six).as("6 missions (2 missions: %d)", two).isEqualTo(two);
            assertThat(two).as("with the two of the deployed strength").isBetween(1L, 30L);
            long apiTwo = statementsFor("/api/v1/missions/compare?ids=" + ids("UNMIL", "MONUC"));
            long apiSix = statementsFor(
                    "/api/v1/missions/compare?ids=" + ids("UNMIL", "MONUC", "UNMIK", "UNAMSIL", "UNAMA", "UNAMID"));
            assertThat(apiSix).as("API, 6 missions (2 missions: %d)", apiTwo).isEqualTo(apiTwo);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private long statementsFor(String path) throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(get(path).with(as("reviewer"))).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private long id(String acronym) {
        return jdbc.queryForObject("select id from mission where acronym = ?", Long.class, acronym);
    }

    private String ids(String... acronyms) {
        return java.util.Arrays.stream(acronyms).map(a -> String.valueOf(id(a))).collect(Collectors.joining(","));
    }

    private static List<String> columnsInOrder(String html) {
        return Pattern.compile("data-mission=\"([^\"]+)\"")
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    private static List<String> checkStates(String html, String code) {
        return Pattern.compile("data-check=\"" + code + "\" data-state=\"([A-Z_]+)\"")
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .toList();
    }
}
