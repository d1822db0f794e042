package org.missionplanner.structure;

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

/**
 * The structure page runs the same number of SQL statements for 30 units as for 300. Hibernate's
 * statistics are switched on for this test only (not by a property, which would start another
 * application context and hold another connection pool open).
 */
@SpringBootTest
@AutoConfigureMockMvc
class StructurePageStatementCountIntegrationTests {

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
    void theStructurePageRunsAFixedNumberOfStatementsWhateverItsSize() throws Exception {
        var users = new TestUsers(jdbc, encoder);
        String username = TestUsers.uniqueName("str-count");
        long planner = users.create(username, "USER", "Count-Test-Passphrase-1");
        long small = users.createMission(TestUsers.uniqueName("S30"));
        long large = users.createMission(TestUsers.uniqueName("S300"));
        users.member(planner, small, "PLANNER");
        users.member(planner, large, "PLANNER");
        structureOf(small, 30);
        structureOf(large, 300);

        var principal = user(userDetails.loadUserByUsername(username));
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        long forSmall;
        long forLarge;
        try {
            forSmall = statementsFor("/missions/" + small + "/structure", principal);
            forLarge = statementsFor("/missions/" + large + "/structure", principal);
        } finally {
            statistics.setStatisticsEnabled(false);
            jdbc.update("delete from mission where id in (?, ?)", small, large);
            jdbc.update("delete from app_user where id = ?", planner);
        }

        assertThat(forLarge)
                .as("statements for 300 units (30 units: %d)", forSmall)
                .isEqualTo(forSmall);
        // the tree, the start-from choices and the integration checks: a small fixed number
        assertThat(forSmall).as("statements for the page").isBetween(1L, 24L);
    }

    private long statementsFor(String path, org.springframework.test.web.servlet.request.RequestPostProcessor principal)
            throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        var html = mvc.perform(get(path).with(principal))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Unit 1 ");
        return statistics.getPrepareStatementCount();
    }

    /** A head and n-1 units, each under one of the earlier ones, with posts and a secondary line per tenth unit. */
    private void structureOf(long missionId, int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Long superior = i == 0 ? null : ids.get((i - 1) / 3);
            long id = jdbc.queryForObject(
                    """
                    insert into org_unit (mission_id, unit_type, name, category, reports_to_id, sort_order)
                    values (?, ?, ?, 'SUBSTANTIVE', ?, ?) returning id""",
                    Long.class,
                    missionId,
                    i == 0 ? "HEAD_OF_MISSION" : "CIVIL_AFFAIRS",
                    "Unit " + i + " ",
                    superior,
                    i);
            ids.add(id);
            jdbc.update(
                    "insert into org_unit_posts (unit_id, category, authorised, filled) values (?, 'NATIONAL_STAFF', 5, 4)",
                    id);
            if (i > 0 && i % 10 == 0) {
                jdbc.update("insert into secondary_line (from_unit_id, external_entity) values (?, 'DPO')", id);
            }
        }
    }
}
