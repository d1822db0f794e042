package org.missionplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo partnerships of the real cases are in place, and running the seeding again adds nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class DemoPartnershipsIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoPartnerships demo;

    @Test
    void theRealCasesAreSeededOnceWithTheirArrangements() {
        assertThat(arrangement("UNMIK", "KFOR")).isEqualTo("ALONGSIDE_NOT_UNDER_UN");
        assertThat(arrangement("UNMIK", "OSCE")).isEqualTo("REGIONAL_PILLAR_INSIDE_UN");
        assertThat(arrangement("UNAMSIL", "ECOMOG")).isEqualTo("REGIONAL_HANDS_OVER_TO_UN");
        assertThat(arrangement("UNTAET", "INTERFET")).isEqualTo("AUTHORISED_COALITION_HANDS_OVER");
        assertThat(arrangement("UNAMID", "AU")).isEqualTo("HYBRID_OPERATION");
        assertThat(arrangement("UNAMA", "ISAF")).isEqualTo("ALONGSIDE_NOT_UNDER_UN");
        assertThat(jdbc.queryForObject("""
                select m.phase || ' ' || m.start_date from mission m where m.acronym = 'UNAMIR'""", String.class)).isEqualTo("CLOSED 1993-10-05");
        assertThat(jdbc.queryForObject("""
                select p.cmcoord_relationship from partnership p join mission m on m.id = p.mission_id
                  join organisation o on o.id = p.organisation_id where m.acronym = 'UNMIL' and o.acronym = 'WFP'""", String.class)).isNotNull();
        assertThat(jdbc.queryForObject("""
                select pp.assessment from partnership_principle pp join partnership p on p.id = pp.partnership_id
                  join mission m on m.id = p.mission_id where m.acronym = 'MINURCAT' and pp.principle = 'MATERIAL_SUPPORT'""", String.class)).isEqualTo("NOT_MET");

        int before = jdbc.queryForObject("select count(*) from partnership", Integer.class);
        demo.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from partnership", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void eachNoteSitsOnThePrincipleItExplains() {
        assertThat(jdbc.queryForList("""
                select pp.principle from partnership_principle pp join partnership p on p.id = pp.partnership_id
                  join organisation o on o.id = p.organisation_id
                 where o.acronym = 'Operation Turquoise' and pp.note like 'Coherent implementation%'""", String.class)).containsExactly("COHERENT_IMPLEMENTATION");
    }

    private String arrangement(String mission, String organisation) {
        return jdbc.queryForObject("""
                select p.arrangement from partnership p join mission m on m.id = p.mission_id
                  join organisation o on o.id = p.organisation_id where m.acronym = ? and o.acronym = ?""", String.class, mission, organisation);
    }
}
