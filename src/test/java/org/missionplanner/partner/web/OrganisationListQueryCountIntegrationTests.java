package org.missionplanner.partner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.admin.GlobalRole;
import org.missionplanner.security.SecuritySliceSupport;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The registry page runs the same number of SQL statements however many organisations match. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationListQueryCountIntegrationTests {

    private final String prefix = TestUsers.uniqueName("AAQCO");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void removeTheOrganisations() {
        jdbc.update("delete from organisation where acronym like ?", prefix + "%");
    }

    @Test
    void theRegistryPageNeedsAFixedNumberOfStatements() throws Exception {
        long parent = jdbc.queryForObject("select id from organisation where acronym = 'NATO'", Long.class);
        addOrganisations(20, parent);
        long few = statementsForListPage();
        addOrganisations(180, parent);
        long many = statementsForListPage();
        assertThat(many).isEqualTo(few);
        assertThat(few).isLessThanOrEqualTo(4);
    }

    private long statementsForListPage() throws Exception {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        // the first page of the whole registry: these rows sort first, each with a parent to show
        mvc.perform(get("/organisations")
                        .with(user(SecuritySliceSupport.principal("reviewer", GlobalRole.HQ_REVIEWER))))
                .andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    private void addOrganisations(int count, long parentId) {
        String run = prefix + "-" + System.nanoTime() % 100000;
        for (int i = 0; i < count; i++) {
            jdbc.update(
                    "insert into organisation (acronym, full_name, kind, parent_id) values (?, ?, 'OTHER', ?)",
                    run + "-" + i,
                    "Query count organisation " + i,
                    parentId);
        }
    }
}
