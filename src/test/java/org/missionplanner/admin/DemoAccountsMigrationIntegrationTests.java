package org.missionplanner.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V18 on a database first started in demo mode, before demo accounts were marked: the four seeded
 * demo accounts become demo accounts, and no other account does. Runs the migrations in a schema of
 * its own, dropped afterwards.
 */
class DemoAccountsMigrationIntegrationTests {

    @Test
    void marksTheFourSeededDemoAccountsAndNoOther() {
        var database = TestDatabase.get();
        var dataSource = new DriverManagerDataSource(database.url(), database.username(), database.password());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String schema = "mig_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        try {
            migrate(dataSource, schema, "17");
            jdbc.update("insert into " + schema + """
                    .app_user (username, display_name, password_hash, global_role) values
                    ('reviewer', 'Demo HQ Reviewer', 'x', 'HQ_REVIEWER'),
                    ('planner', 'Demo Mission Planner', 'x', 'USER'),
                    ('viewer', 'Demo Viewer', 'x', 'USER'),
                    ('admin', 'Administrator', 'x', 'ADMINISTRATOR'),
                    ('ops', 'Demo Administrator', 'x', 'ADMINISTRATOR')
                    """);

            migrate(dataSource, schema, "18");

            assertThat(jdbc.queryForList(
                            "select username from " + schema + ".app_user where demo_account order by username",
                            String.class))
                    .containsExactly("planner", "reviewer", "viewer");
        } finally {
            jdbc.execute("drop schema if exists " + schema + " cascade");
        }
    }

    private static void migrate(DriverManagerDataSource dataSource, String schema, String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }
}
