package org.missionplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo structures: the integration models of the real cases, seeded once. */
@SpringBootTest
class DemoStructuresIntegrationTests {

    @Autowired
    DemoStructures demoStructures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unmikHasFourPillarsUnderTheSrsgAndNoKfor() {
        assertThat(jdbc.queryForList("""
                select p.head_title from org_unit p join org_unit s on s.id = p.reports_to_id
                 where p.mission_id = (select id from mission where acronym = 'UNMIK') and p.name like 'Pillar%'
                   and s.unit_type = 'HEAD_OF_MISSION' order by p.name""", String.class))
                .hasSize(4)
                .anySatisfy(title -> assertThat(title).contains("OSCE"))
                .anySatisfy(title -> assertThat(title).contains("European Union"));
        assertThat(units("UNMIK", "name ilike '%KFOR%'")).isZero();
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
        for (String acronym : new String[] {"UNMIK", "MONUC", "UNMIL", "UNMIS", "UNAMID", "UNAMA", "MINURCAT"}) {
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
