package org.missionplanner.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Every demo mission's organigram, drawn as a user sees it: no line crosses a unit it does not join. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "HQ_REVIEWER")
class DemoOrganigramsIntegrationTests {

    @Autowired
    OrganigramService organigrams;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noPrimaryOrSecondaryLineCrossesABoxInAnyDemoMission() {
        List<Long> missions = jdbc.queryForList(
                "select distinct mission_id from org_unit join mission m on m.id = mission_id"
                        + " where m.acronym in ('UNMIK', 'UNMIL', 'MONUC', 'UNAMA', 'UNAMID', 'UNMISS', 'UNIPSIL', 'MINURCAT')",
                Long.class);
        assertThat(missions).hasSizeGreaterThanOrEqualTo(5);

        for (long missionId : missions) {
            Organigram organigram = organigrams.draw(missionId, Locale.ENGLISH);
            assertThat(organigram.drawing().lines()).as(organigram.acronym()).isNotEmpty();
            assertThat(LineCrossings.of(organigram.drawing()))
                    .as("lines crossing boxes in %s", organigram.acronym())
                    .isEmpty();
        }
    }
}
