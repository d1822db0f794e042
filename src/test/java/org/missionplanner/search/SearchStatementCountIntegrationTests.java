package org.missionplanner.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The search page and API run the same small number of SQL statements whether one thing matches
 * or hundreds of every kind do.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchStatementCountIntegrationTests {

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
    void aSearchRunsAFixedNumberOfStatementsWhateverTheNumberOfHits() throws Exception {
        SearchWorld world = SearchWorld.create(jdbc, encoder);
        String few = SearchWorld.newWord();
        jdbc.update("update plan_task set description = ? where id = ?", few, world.taskId());
        jdbc.update("""
                insert into plan_task (plan_id, objective_id, position, title, description)
                select ?, ?, 100 + g, 'Counted task ' || g, ? from generate_series(1, 300) g""", world.planId(), world.objectiveId(), world.token());
        var planner = user(userDetails.loadUserByUsername(world.world().plannerUsername()));
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            for (String path : new String[] {"/search", "/api/v1/search"}) {
                long one = statementsFor(path, few, planner);
                long many = statementsFor(path, world.token(), planner);
                assertThat(many)
                        .as("%s, 300 tasks and one of each kind (one hit: %d)", path, one)
                        .isEqualTo(one);
                assertThat(one).as(path).isBetween(1L, 4L);
            }
        } finally {
            statistics.setStatisticsEnabled(false);
            world.delete(jdbc);
        }
    }

    private long statementsFor(String path, String query, RequestPostProcessor principal) throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(get(path).param("q", query).with(principal)).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }
}
