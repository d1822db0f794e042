package org.missionplanner.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.shared.SvgLabel;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** The organigram as it stood on a chosen day, rebuilt from the recorded history of the structure. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "HQ_REVIEWER")
class StructureAsOfIntegrationTests {

    @Autowired
    OrganigramService organigrams;

    @Autowired
    OrgUnitRepository units;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long missionId;

    @BeforeEach
    void createMission() {
        missionId = new TestUsers(jdbc, encoder).createMission(TestUsers.uniqueName("ASOF"));
    }

    @AfterEach
    void deleteMission() {
        jdbc.update("delete from mission where id = ?", missionId);
    }

    @Test
    void aUnitAddedTodayIsInTodaysOrganigramButNotInYesterdays() {
        transactions.executeWithoutResult(status -> {
            OrgUnit head =
                    units.save(new OrgUnit(missionId, UnitType.HEAD_OF_MISSION, "SRSG today", null, null, null, null));
            units.save(new OrgUnit(missionId, UnitType.JMAC, "JMAC today", null, null, null, head.getId()));
        });
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        var now = organigrams.drawAsOf(missionId, today, Locale.ENGLISH);
        var before = organigrams.drawAsOf(missionId, today.minusDays(1), Locale.ENGLISH);

        assertThat(now.unitCount()).isEqualTo(2);
        assertThat(names(now)).contains("SRSG today", "JMAC today");
        assertThat(before.unitCount()).isZero();
    }

    @Test
    void aRenamedUnitKeepsItsOldNameInTheOrganigramOfTheDayBefore() {
        long headId = transactions.execute(status -> units.save(
                        new OrgUnit(missionId, UnitType.HEAD_OF_MISSION, "Old name", null, null, null, null))
                .getId());
        // the revision is moved two days back, as if the unit had been created then
        jdbc.update("""
                update revision set changed_at = changed_at - interval '2 days'
                 where id = (select max(rev) from org_unit_aud where id = ?)""", headId);
        transactions.executeWithoutResult(status -> units.findById(headId)
                .orElseThrow()
                .describe(UnitType.HEAD_OF_MISSION, "New name", null, UnitCategory.LEADERSHIP, null));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThat(names(organigrams.drawAsOf(missionId, today.minusDays(1), Locale.ENGLISH)))
                .contains("Old name")
                .doesNotContain("New name");
        assertThat(names(organigrams.drawAsOf(missionId, today, Locale.ENGLISH)))
                .contains("New name");
    }

    /** The names written in the organigram's boxes, one line each. */
    private static String names(Organigram organigram) {
        return organigram.drawing().boxes().stream()
                .flatMap(box -> box.nameLines().stream())
                .map(SvgLabel::text)
                .collect(Collectors.joining("\n"));
    }
}
