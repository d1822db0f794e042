package org.missionplanner.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deployment reference data as imported at start-up, checked against figures computed by hand
 * from the public files of shared/data (GeoPKO FrontMap 2.3, RADPKO), and the import's idempotence.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeploymentDataImportIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DeploymentDataImport dataImport;

    @Test
    void monuc2008HasTheLocationsTroopsAndHeadquartersOfTheFrontMapFile() {
        // FrontMap_v.2.3: 61 rows for MONUC 2008 (one per map), 43 distinct locations whose yearly
        // average troops (ave.no.troops) add up to 19,663; Kinshasa the mission HQ, 7 sector HQs
        Map<String, Object> monuc = jdbc.queryForMap("""
                select count(*) as locations, sum(troops) as troops,
                       count(*) filter (where headquarters = 3) as mission_hq,
                       count(*) filter (where headquarters = 2) as sector_hq
                from deployment_location where mission_acronym = 'MONUC' and year = 2008""");
        assertThat(monuc)
                .containsEntry("locations", 43L)
                .containsEntry("troops", 19663L)
                .containsEntry("mission_hq", 1L)
                .containsEntry("sector_hq", 7L);
        Map<String, Object> kinshasa = jdbc.queryForMap("""
                select latitude, longitude, troops, headquarters from deployment_location
                where mission_acronym = 'MONUC' and year = 2008 and name = 'Kinshasa'""");
        assertThat(kinshasa)
                .containsEntry("latitude", -4.32972)
                .containsEntry("longitude", 15.315)
                .containsEntry("troops", 1800)
                .containsEntry("headquarters", 3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from deployment_location where mission_acronym = 'MONUC'", Long.class))
                .as("12 years, 1999-2010")
                .isGreaterThan(400);
        assertThat(jdbc.queryForList(
                        "select distinct year from deployment_location where mission_acronym = 'MONUC' order by year",
                        Integer.class))
                .containsExactly(1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010);
        assertThat(jdbc.queryForObject("select count(*) from deployment_location", Long.class))
                .as("distinct mission, year and location of the FrontMap file")
                .isEqualTo(7366L);
    }

    @Test
    void monuc2008HasTheRadpkoStrengthAndContributors() {
        Map<String, Object> strength = jdbc.queryForMap(
                "select troops, police, observers from deployment_strength where mission_acronym = 'MONUC' and year = 2008");
        assertThat(strength.get("troops").toString()).isEqualTo("19288.5");
        assertThat(strength.get("police").toString()).isEqualTo("1266.2");
        assertThat(strength.get("observers").toString()).isEqualTo("782.2");
        assertThat(jdbc.queryForObject(
                        "select count(*) from deployment_contribution where mission_acronym = 'MONUC' and year = 2008",
                        Long.class))
                .isEqualTo(17L);
        List<String> topTroops = jdbc.queryForList("""
                select contributor from deployment_contribution where mission_acronym = 'MONUC' and year = 2008
                order by troops desc limit 3""", String.class);
        assertThat(topTroops).containsExactly("india", "pakistan", "bangladesh");
        assertThat(jdbc.queryForObject(
                        "select country_code from deployment_contribution where contributor = 'uk' limit 1",
                        String.class))
                .isEqualTo("GB");
        assertThat(jdbc.queryForObject("select count(*) from deployment_contribution", Long.class))
                .isEqualTo(1241L);
        assertThat(jdbc.queryForObject("select count(*) from deployment_strength", Long.class))
                .isEqualTo(104L);
    }

    @Test
    void importingAgainChangesNothing() {
        String before = fingerprint();

        assertThat(dataImport.importAll()).as("files loaded again").isZero();
        assertThat(dataImport.importAll()).isZero();

        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aChangedFileIsLoadedAgainToTheSameRows() {
        String before = rows().replaceAll("ids [0-9-]+", "");
        jdbc.update("update deployment_import set checksum = 'changed' where source = 'radpko-totals.csv'");

        assertThat(dataImport.importAll()).as("files loaded again").isEqualTo(1);

        assertThat(rows().replaceAll("ids [0-9-]+", "")).isEqualTo(before);
        assertThat(dataImport.importAll()).isZero();
    }

    /** Row counts, sums and ids of the three tables, and what the import recorded. */
    private String fingerprint() {
        return rows() + " | " + jdbc.queryForObject("""
                select string_agg(concat(source, ' ', checksum, ' ', row_count, ' ', imported_at), ', ' order by source)
                from deployment_import""", String.class);
    }

    /** Row counts, sums and ids of the three tables. */
    private String rows() {
        return jdbc.queryForObject("""
                select concat_ws(' | ',
                  (select concat(count(*), ' ', sum(troops), ' ', sum(headquarters), ' ', sum(latitude)::numeric(14,4), ' ids ', min(id), '-', max(id))
                     from deployment_location),
                  (select concat(count(*), ' ', sum(troops), ' ', sum(police), ' ', sum(observers), ' ids ', min(id), '-', max(id))
                     from deployment_strength),
                  (select concat(count(*), ' ', sum(troops), ' ', sum(police), ' ', count(country_code), ' ids ', min(id), '-', max(id))
                     from deployment_contribution))""", String.class);
    }
}
