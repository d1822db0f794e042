package org.missionplanner.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
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
 * The coordination page, a body's page and the dashboard's overdue list run the same number of
 * SQL statements for a mission with 2 bodies as for one with 40 bodies and 200 action items.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CoordinationStatementCountIntegrationTests {

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
    void theCoordinationPagesAndTheDashboardRunAFixedNumberOfStatementsWhateverTheData() throws Exception {
        var users = new TestUsers(jdbc, encoder);
        String smallUser = TestUsers.uniqueName("co-count-s");
        String largeUser = TestUsers.uniqueName("co-count-l");
        long smallPlanner = users.create(smallUser, "USER", "Count-Test-Passphrase-1");
        long largePlanner = users.create(largeUser, "USER", "Count-Test-Passphrase-1");
        long small = users.createMission(TestUsers.uniqueName("CS"));
        long large = users.createMission(TestUsers.uniqueName("CL"));
        users.member(smallPlanner, small, "PLANNER");
        users.member(largePlanner, large, "PLANNER");
        long organisation = jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind) values (?, 'Counted agency', 'OTHER') returning id""", Long.class, TestUsers.uniqueName("CA"));
        long smallBody = coordinationOf(small, 2, 1, 2, organisation);
        long largeBody = coordinationOf(large, 40, 10, 5, organisation);

        var asSmall = user(userDetails.loadUserByUsername(smallUser));
        var asLarge = user(userDetails.loadUserByUsername(largeUser));
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            long pageSmall = statementsFor("/missions/" + small + "/coordination", asSmall, "Body 1 ");
            long pageLarge = statementsFor("/missions/" + large + "/coordination", asLarge, "Body 39 ");
            assertThat(pageLarge)
                    .as("coordination page, 40 bodies (2 bodies: %d)", pageSmall)
                    .isEqualTo(pageSmall);
            assertThat(pageSmall).isBetween(1L, 20L);

            long bodySmall =
                    statementsFor("/missions/" + small + "/coordination/bodies/" + smallBody, asSmall, "Action 0-1 ");
            long bodyLarge =
                    statementsFor("/missions/" + large + "/coordination/bodies/" + largeBody, asLarge, "Action 9-4 ");
            assertThat(bodyLarge)
                    .as("body page, 10 meetings of 5 items (1 of 2: %d)", bodySmall)
                    .isEqualTo(bodySmall);

            long homeSmall = statementsFor("/", asSmall, "Action 0-1 ");
            long homeLarge = statementsFor("/", asLarge, "Action 0-4 ");
            assertThat(homeLarge).as("dashboard (small: %d)", homeSmall).isEqualTo(homeSmall);
        } finally {
            statistics.setStatisticsEnabled(false);
            jdbc.update("delete from mission where id in (?, ?)", small, large);
            jdbc.update("delete from app_user where id in (?, ?)", smallPlanner, largePlanner);
            jdbc.update("delete from organisation where id = ?", organisation);
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

    /** Bodies each chaired by a unit with two members; the last body gets the meetings, each with overdue items. */
    private long coordinationOf(long missionId, int bodies, int meetings, int itemsPerMeeting, long organisation) {
        long head = jdbc.queryForObject("""
                insert into org_unit (mission_id, unit_type, name, category) values (?, 'HEAD_OF_MISSION', 'Head', 'LEADERSHIP')
                returning id""", Long.class, missionId);
        long body = 0;
        for (int b = 0; b < bodies; b++) {
            body = jdbc.queryForObject("""
                    insert into coordination_body (mission_id, kind, name, chair_unit_id, meeting_frequency)
                    values (?, 'JOINT_WORKING_GROUP', ?, ?, 'MONTHLY') returning id""", Long.class, missionId, "Body " + b + " ", head);
            jdbc.update(
                    "insert into coordination_body_member (body_id, position, unit_id) values (?, 0, ?)", body, head);
            jdbc.update(
                    "insert into coordination_body_member (body_id, position, organisation_id) values (?, 1, ?)",
                    body,
                    organisation);
        }
        for (int m = 0; m < meetings; m++) {
            long meeting = jdbc.queryForObject(
                    """
                    insert into meeting (body_id, mission_id, held_on, summary) values (?, ?, ?, 'Met') returning id""", Long.class, body, missionId, LocalDate.now().minusDays(30 + m));
            jdbc.update(
                    "insert into meeting_attendee (meeting_id, position, organisation_id) values (?, 0, ?)",
                    meeting,
                    organisation);
            jdbc.update("insert into meeting_decision (meeting_id, position, text) values (?, 0, 'Decided')", meeting);
            for (int i = 0; i < itemsPerMeeting; i++) {
                jdbc.update(
                        """
                        insert into action_item (meeting_id, mission_id, body_id, description, owner_unit_id, owner_organisation_id, due_on)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                        meeting,
                        missionId,
                        body,
                        "Action " + m + "-" + i + " ",
                        i % 2 == 0 ? head : null,
                        i % 2 == 0 ? null : organisation,
                        LocalDate.now().minusDays(1 + i));
            }
        }
        return body;
    }
}
