package org.missionplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo coordination bodies: an SMG chaired by the SRSG's unit, an overdue action item, seeded once. */
@SpringBootTest
@AutoConfigureMockMvc
class DemoCoordinationIntegrationTests {

    @Autowired
    DemoCoordination demoCoordination;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unmilAndMonucHaveASeniorManagementGroupChairedByTheHeadOfMissionAndAnOverdueActionItem() {
        for (String acronym : new String[] {"UNMIL", "MONUC"}) {
            assertThat(jdbc.queryForObject("""
                    select u.unit_type from coordination_body b join org_unit u on u.id = b.chair_unit_id
                     where b.kind = 'SENIOR_MANAGEMENT_GROUP' and b.mission_id = (select id from mission where acronym = ?)""", String.class, acronym))
                    .as(acronym)
                    .isEqualTo("HEAD_OF_MISSION");
            assertThat(jdbc.queryForObject("""
                    select count(*) from action_item where status = 'OPEN' and due_on < current_date
                       and mission_id = (select id from mission where acronym = ?)""", Integer.class, acronym))
                    .as(acronym)
                    .isPositive();
        }
        assertThat(jdbc.queryForObject("select source from organisation where acronym = 'UNDP'", String.class))
                .isIn("DOMAIN_BRIEF", "UN_SYSTEM_ENTITIES");
    }

    @Test
    void eachMissionHasItsOwnAgendaSoNoActionItemAppearsTwice() {
        assertThat(jdbc.queryForList("""
                select a.description from action_item a join mission m on m.id = a.mission_id
                 where m.acronym in ('UNMIL', 'MONUC')
                 group by a.description having count(distinct m.acronym) > 1""", String.class)).isEmpty();
    }

    @Test
    void ochaSitsInMonucsCountryTeamButNotInUnmilsWhereHumanitarianCoordinationIsInside() {
        assertThat(countryTeamMembers("MONUC")).contains("OCHA");
        assertThat(countryTeamMembers("UNMIL")).doesNotContain("OCHA").contains("UNDP");
    }

    private java.util.List<String> countryTeamMembers(String acronym) {
        return jdbc.queryForList("""
                select o.acronym from coordination_body b
                  join coordination_body_member bm on bm.body_id = b.id
                  join organisation o on o.id = bm.organisation_id
                 where b.kind = 'UN_COUNTRY_TEAM' and b.mission_id = (select id from mission where acronym = ?)""", String.class, acronym);
    }

    @Test
    void runningAgainAddsNothing() {
        int bodies = jdbc.queryForObject("select count(*) from coordination_body", Integer.class);
        int organisations = jdbc.queryForObject("select count(*) from organisation", Integer.class);
        demoCoordination.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from coordination_body", Integer.class))
                .isEqualTo(bodies);
        assertThat(jdbc.queryForObject("select count(*) from organisation", Integer.class))
                .isEqualTo(organisations);
    }
}
