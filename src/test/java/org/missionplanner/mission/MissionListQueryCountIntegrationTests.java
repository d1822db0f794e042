package org.missionplanner.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.missionplanner.admin.GlobalRole;
import org.missionplanner.security.SecuritySliceSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The registry page runs the same number of SQL statements however many missions there are. */
@SpringBootTest
@AutoConfigureMockMvc
class MissionListQueryCountIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theMissionListNeedsAFixedNumberOfStatements() throws Exception {
        addMissions("QCA", 25);
        long few = statementsForListPage();
        addMissions("QCB", 120);
        long many = statementsForListPage();
        assertThat(many).isEqualTo(few);
        assertThat(few).isLessThanOrEqualTo(4);
    }

    private long statementsForListPage() throws Exception {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(get("/missions")
                        .param("sort", "fullName")
                        .with(user(SecuritySliceSupport.principal("reviewer", GlobalRole.HQ_REVIEWER))))
                .andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    private void addMissions(String prefix, int count) {
        String run = prefix + (System.nanoTime() % 100000);
        for (int i = 0; i < count; i++) {
            long id = jdbc.queryForObject("""
                    insert into mission (acronym, full_name, mission_type) values (?, ?, 'MULTIDIMENSIONAL_PKO') returning id
                    """, Long.class, run + "-" + i, "AAA query count mission " + run + " " + i);
            jdbc.update(
                    "insert into mission_host_country (mission_id, country_code) values (?, 'LR'), (?, 'SL')", id, id);
        }
    }
}
