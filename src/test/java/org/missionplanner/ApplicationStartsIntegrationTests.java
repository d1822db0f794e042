package org.missionplanner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class ApplicationStartsIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migratesTheThrowawayDatabaseAndSeedsTheDemoAccounts() {
        String database = jdbc.queryForObject("select current_database()", String.class);
        assertThat(database).startsWith("mp_test_").isNotEqualTo("mission_planner");
        assertThat(jdbc.queryForList("select username from app_user order by username", String.class))
                .contains("admin", "planner", "reviewer", "viewer");
    }
}
