package org.missionplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo structures: the integration models of the real cases, seeded once. */
@SpringBootTest
@AutoConfigureMockMvc
class DemoStructuresIntegrationTests {

    @Autowired
    DemoStructures demoStructures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unmikHasItsPillarsUnderTheSrsgAndNoKfor() {
        // Pillar I was UNHCR's humanitarian pillar until 2000, then police and justice
        assertThat(jdbc.queryForList("""
                select p.head_title from org_unit p join org_unit s on s.id = p.reports_to_id
                 where p.mission_id = (select id from mission where acronym = 'UNMIK') and p.name like 'Pillar%'
                   and s.unit_type = 'HEAD_OF_MISSION' order by p.name""", String.class))
                .hasSize(5)
                .anySatisfy(title -> assertThat(title).contains("UNHCR"))
                .anySatisfy(title -> assertThat(title).contains("OSCE"))
                .anySatisfy(title -> assertThat(title).contains("European Union"));
        assertThat(units("UNMIK", "name like 'Pillar%' and unit_type = 'FIELD_OFFICE'"))
                .as("a pillar is not a field office")
                .isZero();
        assertThat(units("UNMIK", "name like 'Pillar%' and category <> 'LEADERSHIP'"))
                .isZero();
        // a pillar with units of its own is drawn beside the other pillars, not among the advisers
        assertThat(
                        units(
                                "UNMIK",
                                "name like 'Pillar%' and not exists (select 1 from org_unit c where c.reports_to_id = org_unit.id)"))
                .isZero();
        assertThat(units("UNMIK", "name ilike '%KFOR%'")).isZero();
    }

    @Test
    void unipsilsExecutiveRepresentativeIsAlsoTheResidentAndHumanitarianCoordinator() {
        assertThat(jdbc.queryForList("""
                select l.external_entity from secondary_line l join org_unit u on u.id = l.from_unit_id
                 where u.unit_type = 'HEAD_OF_MISSION' and u.mission_id = (select id from mission where acronym = 'UNIPSIL')""", String.class)).contains("DOCO", "ERC");
        assertThat(units("UNIPSIL", "unit_type = 'DSRSG_RC_HC'")).isZero();
        assertThat(units("UNIPSIL", "unit_type = 'UNCT_AGENCY' and name = 'OCHA'"))
                .as("OCHA had left: both feet in")
                .isZero();
        assertThat(units("UNIPSIL", "unit_type = 'UNCT_AGENCY'")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theIntegrationModelsShowInTheStructures() {
        for (String integrated : new String[] {"MONUC", "UNMIL", "UNMIS", "UNAMA"}) {
            assertThat(units(integrated, "unit_type = 'DSRSG_RC_HC'"))
                    .as(integrated)
                    .isEqualTo(1);
            assertThat(jdbc.queryForList("""
                    select l.external_entity from secondary_line l join org_unit u on u.id = l.from_unit_id
                     where u.unit_type = 'DSRSG_RC_HC' and u.mission_id = (select id from mission where acronym = ?)""", String.class, integrated))
                    .as(integrated)
                    .contains("DOCO", "ERC");
        }
        assertThat(units("MINURCAT", "unit_type = 'DSRSG_RC_HC'")).isZero();
        assertThat(units("UNAMID", "unit_type = 'DSRSG_RC_HC'")).isZero();
        assertThat(units("UNMIL", "name = 'Humanitarian Coordination Section'")).isEqualTo(1);
        for (String acronym :
                new String[] {"UNMIK", "MONUC", "UNMIL", "UNMIS", "UNAMID", "UNAMA", "MINURCAT", "UNIPSIL"}) {
            assertThat(units(acronym, "unit_type = 'HEAD_OF_MISSION'"))
                    .as(acronym)
                    .isEqualTo(1);
            assertThat(units(acronym, "reports_to_id is null")).as(acronym).isEqualTo(1);
        }
    }

    @Test
    void runningAgainAddsNothing() throws Exception {
        int before = jdbc.queryForObject("select count(*) from org_unit", Integer.class);
        demoStructures.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Integer.class))
                .isEqualTo(before);
    }

    private int units(String acronym, String condition) {
        return jdbc.queryForObject(
                "select count(*) from org_unit where mission_id = (select id from mission where acronym = ?) and "
                        + condition,
                Integer.class,
                acronym);
    }
}
