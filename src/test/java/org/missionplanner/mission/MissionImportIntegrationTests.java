package org.missionplanner.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import of the real list of operations and of files with bad rows. Each test runs in a
 * transaction that is rolled back, so the shared test database keeps its demo missions as they were.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class MissionImportIntegrationTests {

    private static final String HEADER =
            "acronym,mission_name,start_text,end_text,start_month,end_month,status_in_source,host_country_ipi\n";

    @Autowired
    MissionImport missionImport;

    @Autowired
    MissionRepository missions;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signInAsAdministrator() {
        signIn("admin", "ADMINISTRATOR");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void importsTheRealFileAndImportingItAgainCreatesNoDuplicates() throws IOException {
        byte[] file = new ClassPathResource("data/un_pko_operations_1948_2019.csv").getContentAsByteArray();
        long before = missions.count();

        var first = missionImport.importCsv(file, false);

        assertThat(first.rows()).hasSize(71);
        assertThat(first.rejected()).as(first.rows().toString()).isZero();
        assertThat(first.applied()).isTrue();
        assertThat(first.created() + first.updated() + first.unchanged()).isEqualTo(71);
        assertThat(missions.count()).isEqualTo(before + first.created());

        var unef = missions.findByAcronym("unef i").orElseThrow();
        assertThat(unef.getAcronym()).isEqualTo("UNEF I");
        assertThat(unef.getStartDate()).isEqualTo(LocalDate.of(1956, 11, 1));
        assertThat(unef.getEndDate()).isEqualTo(LocalDate.of(1967, 6, 1));
        assertThat(unef.getPhase()).isEqualTo(MissionPhase.CLOSED);
        assertThat(unef.getHostCountries()).isEmpty();
        var untso = missions.findByAcronym("UNTSO").orElseThrow();
        assertThat(untso.getEndDate()).isNull();
        assertThat(untso.getPhase()).isEqualTo(MissionPhase.MANDATE_IMPLEMENTATION);
        assertThat(untso.getHostCountries()).containsExactly("IL");
        assertThat(missions.findByAcronym("MONUSCO").orElseThrow().getHostCountries())
                .containsExactly("CD");
        assertThat(missions.findByAcronym("UNMISS").orElseThrow().getHostCountries())
                .containsExactly("SS");
        assertThat(missions.findByAcronym("MINUCI").orElseThrow().getFullName())
                .isEqualTo("United Nations Mission in Côte d’Ivoire");

        var second = missionImport.importCsv(file, false);

        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(71);
        assertThat(missions.count()).isEqualTo(before + first.created());
        assertThat(jdbc.queryForObject("select count(*) from mission where lower(acronym) = 'unef i'", Integer.class))
                .isOne();
    }

    @Test
    void aFileWithABadRowChangesNothingByDefault() {
        String suffix = suffix();
        byte[] file = csv("IMP-A" + suffix + ",Good mission,May 2001,Present,,,ongoing,Liberia\n"
                + "IMP-B" + suffix + ",Bad dates,May 2001,April 2001,,,closed,Liberia\n"
                + "IMP-C" + suffix + ",Unknown host,May 2001,Present,,,ongoing,Atlantis\n"
                + "IMP-D" + suffix + ",Bad month,Mai 2001,Present,,,ongoing,\n");
        long before = missions.count();

        var report = missionImport.importCsv(file, false);

        assertThat(report.applied()).isFalse();
        assertThat(report.rows())
                .extracting(ImportRow::outcome)
                .containsExactly(
                        ImportOutcome.CREATED, ImportOutcome.REJECTED, ImportOutcome.REJECTED, ImportOutcome.REJECTED);
        assertThat(report.rows())
                .extracting(ImportRow::messageKey)
                .containsExactly(
                        null, "import.row.dates.order", "import.row.country.unknown", "import.row.start.invalid");
        assertThat(report.rows().get(2).arguments()).containsExactly("Atlantis");
        assertThat(report.rows()).extracting(ImportRow::line).containsExactly(2, 3, 4, 5);
        assertThat(missions.count()).isEqualTo(before);
    }

    @Test
    void aRowWithANulByteOrControlCharacterIsRejectedNamingItsColumn() {
        String suffix = suffix();
        byte[] file = csv("IMP-N\u0000" + suffix + ",Nul in acronym,May 2001,Present,,,ongoing,Liberia\n"
                + "IMP-M" + suffix + ",Bell\u0007 in name,May 2001,Present,,,ongoing,Liberia\n"
                + "IMP-O" + suffix + ",Good mission,May 2001,Present,,,ongoing,Liberia\n");
        long before = missions.count();

        var report = missionImport.importCsv(file, true);

        assertThat(report.rows())
                .extracting(ImportRow::outcome)
                .containsExactly(ImportOutcome.REJECTED, ImportOutcome.REJECTED, ImportOutcome.CREATED);
        assertThat(report.rows())
                .extracting(ImportRow::messageKey)
                .containsExactly("import.row.controlCharacters", "import.row.controlCharacters", null);
        assertThat(report.rows().get(0).arguments()).containsExactly("acronym");
        assertThat(report.rows().get(1).arguments()).containsExactly("mission_name");
        assertThat(report.rows().get(0).acronym()).doesNotContain("\u0000");
        assertThat(missions.count()).isEqualTo(before + 1);
    }

    @Test
    void importsOnlyTheValidRowsWhenAsked() {
        String suffix = suffix();
        byte[] file = csv("IMP-A" + suffix + ",Good mission,May 2001,Present,,,ongoing,Liberia\n" + "IMP-B" + suffix
                + ",Bad status,May 2001,Present,,,suspended,Liberia\n");

        var report = missionImport.importCsv(file, true);

        assertThat(report.applied()).isTrue();
        assertThat(report.created()).isOne();
        assertThat(report.rejected()).isOne();
        assertThat(missions.findByAcronym("imp-a" + suffix)).isPresent();
        assertThat(missions.findByAcronym("IMP-B" + suffix)).isEmpty();
    }

    @Test
    void updatesAnExistingMissionButKeepsWhatTheRegistryKnowsBetter() {
        String acronym = "IMP-E" + suffix();
        var existing = missions.save(new Mission(
                new MissionFacts(
                        acronym,
                        "Old name",
                        MissionType.MULTIDIMENSIONAL_PKO,
                        java.util.Set.of("TD", "CF"),
                        "N'Djamena",
                        MissionPhase.TRANSITION_DRAWDOWN,
                        LocalDate.of(2007, 9, 25),
                        null,
                        OchaPosition.BOTH_FEET_OUT,
                        AuthorisedStrength.none(),
                        null),
                Instant.now()));

        var report = missionImport.importCsv(
                csv(acronym.toLowerCase() + ",New name,September 2007,Present,,,ongoing,Chad\n"), false);

        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(ImportOutcome.UPDATED);
            assertThat(row.acronym()).isEqualTo(acronym);
        });
        var updated = missions.findById(existing.getId()).orElseThrow();
        assertThat(updated.getFullName()).isEqualTo("New name");
        assertThat(updated.getStartDate()).isEqualTo(LocalDate.of(2007, 9, 25));
        assertThat(updated.getPhase()).isEqualTo(MissionPhase.TRANSITION_DRAWDOWN);
        assertThat(updated.getHostCountries()).containsExactlyInAnyOrder("TD", "CF");
        assertThat(updated.getType()).isEqualTo(MissionType.MULTIDIMENSIONAL_PKO);
    }

    @Test
    void refusesAFileWithoutTheColumnsAndAnyoneButAnAdministrator() {
        assertThatThrownBy(() ->
                        missionImport.importCsv("name,start\nX,May 2001\n".getBytes(StandardCharsets.UTF_8), false))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("file"));
        assertThatThrownBy(() -> missionImport.importCsv(new byte[] {(byte) 0xC3, (byte) 0x28}, false))
                .isInstanceOf(BusinessRuleException.class);
        signIn("reviewer", "HQ_REVIEWER");
        assertThatThrownBy(() -> missionImport.importCsv(csv(""), false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rejectsTheSecondRowOfTheSameAcronym() {
        String acronym = "IMP-F" + suffix();
        var report = missionImport.importCsv(
                csv(acronym + ",One,May 2001,Present,,,ongoing,\n" + acronym.toLowerCase()
                        + ",Two,May 2001,Present,,,ongoing,\n"),
                true);
        assertThat(report.rows())
                .extracting(ImportRow::outcome)
                .containsExactly(ImportOutcome.CREATED, ImportOutcome.REJECTED);
        assertThat(report.rows().get(1).messageKey()).isEqualTo("import.row.acronym.repeated");
    }

    private static byte[] csv(String rows) {
        return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void signIn(String username, String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }
}
