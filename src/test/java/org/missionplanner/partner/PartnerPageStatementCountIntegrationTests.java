package org.missionplanner.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
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

/** The partner page (map and list) runs as many SQL statements for 30 partnerships as for 5. */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerPageStatementCountIntegrationTests {

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

    @Test
    void thePartnerPageRunsAFixedNumberOfStatementsWhateverItsSize() throws Exception {
        var users = new TestUsers(jdbc, encoder);
        String username = TestUsers.uniqueName("prt-count");
        long planner = users.create(username, "USER", "Count-Test-Passphrase-1");
        long small = users.createMission(TestUsers.uniqueName("P5"));
        long large = users.createMission(TestUsers.uniqueName("P30"));
        users.member(planner, small, "PLANNER");
        users.member(planner, large, "PLANNER");
        List<Long> organisations = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            organisations.add(jdbc.queryForObject(
                    """
                    insert into organisation (acronym, full_name, kind, humanitarian) values (?, ?, 'OTHER', ?) returning id""", Long.class, TestUsers.uniqueName("CNT" + i), "Count partner " + i, i % 3 == 0));
        }
        partnershipsOf(small, organisations.subList(0, 5));
        partnershipsOf(large, organisations);

        var principal = user(userDetails.loadUserByUsername(username));
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        long forSmall;
        long forLarge;
        try {
            forSmall = statementsFor("/missions/" + small + "/partners", principal, 5);
            forLarge = statementsFor("/missions/" + large + "/partners", principal, 30);
        } finally {
            statistics.setStatisticsEnabled(false);
            jdbc.update("delete from mission where id in (?, ?)", small, large);
            organisations.forEach(id -> jdbc.update("delete from organisation where id = ?", id));
            jdbc.update("delete from app_user where id = ?", planner);
        }

        assertThat(forLarge)
                .as("statements for 30 partnerships (5: %d)", forSmall)
                .isEqualTo(forSmall);
        assertThat(forSmall).as("statements for the page").isBetween(1L, 20L);
    }

    private long statementsFor(String path, RequestPostProcessor principal, int partners) throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        var html = mvc.perform(get(path).with(principal))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html.split("data-partnership=\"", -1)).hasSize(1 + 2 * partners);
        return statistics.getPrepareStatementCount();
    }

    private void partnershipsOf(long missionId, List<Long> organisations) {
        int i = 0;
        for (long organisation : organisations) {
            long id = jdbc.queryForObject(
                    """
                    insert into partnership (mission_id, organisation_id, arrangement, start_date, cmcoord_relationship)
                    values (?, ?, ?, date '2010-01-01', 'COORDINATION') returning id""",
                    Long.class,
                    missionId,
                    organisation,
                    Arrangement.values()[i++ % Arrangement.values().length].name());
            jdbc.update(
                    "insert into partnership_sector (partnership_id, sector) values (?, 'SECURITY'), (?, 'POLITICAL')",
                    id,
                    id);
            jdbc.update(
                    "insert into partnership_focal_point (partnership_id, position, name) values (?, 0, 'A'), (?, 1, 'B')",
                    id,
                    id);
            jdbc.update("""
                    insert into partnership_principle (partnership_id, principle, assessment) values
                    (?, 'CONSULTATION', 'MET'), (?, 'MATERIAL_SUPPORT', 'NOT_MET')""", id, id);
        }
    }
}
