package org.missionplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class ApplicationStartsIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void migratesTheThrowawayDatabaseAndSeedsTheDemoAccounts() {
        String database = jdbc.queryForObject("select current_database()", String.class);
        assertThat(database).startsWith("mp_test_").isNotEqualTo("mission_planner");
        assertThat(jdbc.queryForList("select username from app_user order by username", String.class))
                .contains("admin", "planner", "reviewer", "viewer");
    }

    /**
     * Repositories are created when first used (spring.data.jpa.repositories.bootstrap-mode=lazy, a
     * shorter start-up): each is created here, which parses and validates every query it declares,
     * so that a broken query fails this test instead of the first request that needs it.
     */
    @Test
    @SuppressWarnings("rawtypes")
    void everyRepositoryAndEveryQueryItDeclaresIsValid() {
        assertThat(context.getEnvironment().getProperty("spring.data.jpa.repositories.bootstrap-mode"))
                .isEqualTo("lazy");
        Map<String, RepositoryFactoryBeanSupport> factories =
                context.getBeansOfType(RepositoryFactoryBeanSupport.class, false, true);
        assertThat(factories).hasSizeGreaterThanOrEqualTo(35);
        factories.forEach(
                (name, factory) -> assertThat(factory.getObject()).as(name).isNotNull());
    }
}
