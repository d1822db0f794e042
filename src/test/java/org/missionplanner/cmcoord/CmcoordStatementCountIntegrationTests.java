package org.missionplanner.cmcoord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
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

/**
 * The CMCoord overview and a mission's register run the same number of SQL statements for 2
 * requests as for 40 requests from several organisations.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CmcoordStatementCountIntegrationTests {

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
    void theOverviewAndTheRegisterRunAFixedNumberOfStatementsWhateverTheNumberOfRequests() throws Exception {
        var users = new TestUsers(jdbc, encoder);
        String smallUser = TestUsers.uniqueName("cm-count-s");
        String largeUser = TestUsers.uniqueName("cm-count-l");
        long smallPlanner = users.create(smallUser, "USER", "Count-Test-Passphrase-1");
        long largePlanner = users.create(largeUser, "USER", "Count-Test-Passphrase-1");
        long small = users.createMission(TestUsers.uniqueName("CMS"));
        long large = users.createMission(TestUsers.uniqueName("CML"));
        long largeToo = users.createMission(TestUsers.uniqueName("CMT"));
        users.member(smallPlanner, small, "PLANNER");
        users.member(largePlanner, large, "PLANNER");
        users.member(largePlanner, largeToo, "VIEWER");
        String prefix = TestUsers.uniqueName("CC");
        long[] organisations = new long[5];
        for (int i = 0; i < organisations.length; i++) {
            organisations[i] = jdbc.queryForObject("""
                    insert into organisation (acronym, full_name, kind) values (?, 'Counted agency', 'OTHER') returning id""", Long.class, prefix + "-" + i);
        }
        requests(small, 2, organisations);
        requests(large, 30, organisations);
        requests(largeToo, 10, organisations);

        var asSmall = user(userDetails.loadUserByUsername(smallUser));
        var asLarge = user(userDetails.loadUserByUsername(largeUser));
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            long overviewSmall = statementsFor("/cmcoord", asSmall, "Asset 1 ");
            long overviewLarge = statementsFor("/cmcoord", asLarge, "Asset 29 ");
            assertThat(overviewLarge)
                    .as("overview, 40 requests in 2 missions (2 requests: %d)", overviewSmall)
                    .isEqualTo(overviewSmall);
            assertThat(overviewSmall).isBetween(1L, 15L);

            long registerSmall = statementsFor("/missions/" + small + "/cmcoord", asSmall, "Asset 1 ");
            long registerLarge = statementsFor("/missions/" + large + "/cmcoord", asLarge, "Asset 29 ");
            assertThat(registerLarge).as("register (small: %d)", registerSmall).isEqualTo(registerSmall);
        } finally {
            statistics.setStatisticsEnabled(false);
            jdbc.update("delete from mission where id in (?, ?, ?)", small, large, largeToo);
            jdbc.update("delete from app_user where id in (?, ?)", smallPlanner, largePlanner);
            jdbc.update("delete from organisation where acronym like ?", prefix + "-%");
        }
    }

    private long statementsFor(String path, RequestPostProcessor principal, String expected) throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        var html = mvc.perform(get(path).with(principal))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains(expected);
        return statistics.getPrepareStatementCount();
    }

    /** Requests from the organisations in turn, every other one decided. */
    private void requests(long missionId, int count, long[] organisations) {
        for (int i = 0; i < count; i++) {
            boolean decided = i % 2 == 1;
            jdbc.update(
                    """
                    insert into cmcoord_request (mission_id, organisation_id, title, location, needed_from, needed_until,
                           need, civilian_alternatives, status, decision, refusal_reason, decided_by, decided_at)
                    values (?, ?, ?, 'Town', current_date, current_date + 3, 'Need', 'None', ?, ?, ?, ?, ?)""",
                    missionId,
                    organisations[i % organisations.length],
                    "Asset " + i + " ",
                    decided ? "DECIDED" : "SUBMITTED",
                    decided ? "REFUSED" : null,
                    decided ? "Civilian trucks found" : null,
                    decided ? "counter" : null,
                    decided ? java.sql.Timestamp.from(java.time.Instant.now()) : null);
        }
    }
}
