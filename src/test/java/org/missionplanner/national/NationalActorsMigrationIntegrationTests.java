package org.missionplanner.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V40 on a database with free-text counterparts: the host-government counterparts of a mission with
 * one host country become national actors of that country, and a task's text that names them (by
 * name or acronym, several separated by commas) links to them; other texts stay notes only. Runs the
 * migrations in a schema of its own, dropped afterwards.
 */
class NationalActorsMigrationIntegrationTests {

    @Test
    void linksTextCounterpartsThatNameNationalActorsOfTheHostCountry() {
        var database = TestDatabase.get();
        var dataSource = new DriverManagerDataSource(database.url(), database.username(), database.password());
        // one connection, so that the search path set below holds for every statement
        var connection = new SingleConnectionDataSource(database.url(), database.username(), database.password(), true);
        JdbcTemplate jdbc = new JdbcTemplate(connection);
        String schema = "mig_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        try {
            migrate(dataSource, schema, "38");
            jdbc.execute("set search_path to " + schema);
            long mission = id(
                    jdbc, "insert into mission (acronym, full_name) values ('MIG', 'Migration mission') returning id");
            jdbc.update("insert into mission_host_country (mission_id, country_code) values (?, 'LR')", mission);
            long justice = id(jdbc, """
                    insert into organisation (acronym, full_name, kind)
                    values ('MOJ-LR', 'Ministry of Justice', 'HOST_GOVERNMENT_INSTITUTION') returning id""");
            long police = id(jdbc, """
                    insert into organisation (acronym, full_name, kind)
                    values ('LNP', 'Liberia National Police', 'HOST_GOVERNMENT_INSTITUTION') returning id""");
            long stranger = id(jdbc, """
                    insert into organisation (acronym, full_name, kind)
                    values ('MOF', 'Ministry of Finance', 'HOST_GOVERNMENT_INSTITUTION') returning id""");
            for (long organisation : new long[] {justice, police}) {
                jdbc.update("""
                        insert into partnership (mission_id, organisation_id, arrangement, start_date, cmcoord_relationship)
                        values (?, ?, 'HOST_GOVERNMENT_COUNTERPART', date '2004-01-01', 'COORDINATION')""", mission, organisation);
            }
            long plan = id(jdbc, """
                    insert into plan (mission_id, kind, title, period_start, period_end)
                    values (%d, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Migration plan', date '2004-01-01', date '2006-12-31')
                    returning id""".formatted(mission));
            long both = task(jdbc, plan, 1, "ministry of justice, LNP", justice);
            long unknown = task(jdbc, plan, 2, "Ministry of Finance", justice);
            long none = task(jdbc, plan, 3, null, justice);

            migrate(dataSource, schema, "40");

            assertThat(jdbc.queryForList(
                            "select organisation_id from national_actor where country = 'LR' order by organisation_id",
                            Long.class))
                    .as("the host-government counterparts, not the organisation without a partnership")
                    .contains(justice, police)
                    .doesNotContain(stranger);
            assertThat(counterparts(jdbc, both)).containsExactlyInAnyOrder(justice, police);
            assertThat(counterparts(jdbc, unknown)).isEmpty();
            assertThat(counterparts(jdbc, none)).isEmpty();
            assertThat(jdbc.queryForObject(
                            "select national_counterpart from plan_task where id = ?", String.class, both))
                    .as("the text stays as a note")
                    .isEqualTo("ministry of justice, LNP");
        } finally {
            jdbc.execute("set search_path to public");
            jdbc.execute("drop schema if exists " + schema + " cascade");
            connection.destroy();
        }
    }

    private static long task(JdbcTemplate jdbc, long plan, int position, String counterpart, long lead) {
        return id(
                jdbc,
                "insert into plan_task (plan_id, position, title, lead_organisation_id, national_counterpart) "
                        + "values (" + plan + ", " + position + ", 'Task " + position + "', " + lead + ", "
                        + (counterpart == null ? "null" : "'" + counterpart + "'") + ") returning id");
    }

    private static java.util.List<Long> counterparts(JdbcTemplate jdbc, long task) {
        return jdbc.queryForList(
                "select organisation_id from task_national_counterpart where task_id = ?", Long.class, task);
    }

    private static long id(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
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
