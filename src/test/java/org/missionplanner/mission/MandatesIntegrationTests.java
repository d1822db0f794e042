package org.missionplanner.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The mandate service and its tables on PostgreSQL: history, tasks, uniqueness, versions, permissions, demo data. */
@SpringBootTest
@AutoConfigureMockMvc
class MandatesIntegrationTests {

    @Autowired
    Mandates mandates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long missionId;
    String planner;
    String viewer;

    @BeforeEach
    void missionWithAPlannerAndAViewer() {
        var users = new TestUsers(jdbc, encoder);
        missionId = users.createMission(TestUsers.uniqueName("MDT"));
        planner = TestUsers.uniqueName("mdt-planner");
        viewer = TestUsers.uniqueName("mdt-viewer");
        users.member(users.create(planner, "USER", "Unused-Passphrase-1"), missionId, "PLANNER");
        users.member(users.create(viewer, "USER", "Unused-Passphrase-1"), missionId, "VIEWER");
    }

    /** Other tests count the demo missions: leave only them behind (resolutions and memberships go with the mission). */
    @AfterEach
    void signOutAndRemoveTheMission() {
        SecurityContextHolder.clearContext();
        jdbc.update("delete from mission where id = ?", missionId);
    }

    @Test
    void keepsResolutionsAsHistoryNewestFirstWithTheirTasksInOrder() {
        signIn(planner, "USER");
        long first = mandates.add(
                missionId,
                command(
                        "S/RES/1509 (2003)",
                        "2003-09-19",
                        "2004-09-19",
                        task(MandateCategory.CEASEFIRE_MONITORING, TaskModality.MONITOR, "Observe the ceasefire"),
                        task(MandateCategory.DDR, TaskModality.IMPLEMENT_SECURE, "Disarm and demobilise")));
        long renewal = mandates.add(
                missionId,
                command(
                        "S/RES/1561 (2004)",
                        "2004-09-17",
                        LocalDate.now().plusDays(10).toString(),
                        task(MandateCategory.ELECTIONS, TaskModality.ASSIST_SUPPORT, null)));

        var overview = mandates.overview(missionId);
        assertThat(overview.history()).extracting(ResolutionView::id).containsExactly(renewal, first);
        assertThat(overview.inForce().id()).isEqualTo(renewal);
        assertThat(overview.expiresSoon()).isTrue();
        assertThat(mandates.get(missionId, first).tasks())
                .extracting(MandatedTask::getCategory)
                .containsExactly(MandateCategory.CEASEFIRE_MONITORING, MandateCategory.DDR);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mandated_task where resolution_id = ?", Integer.class, first))
                .isEqualTo(2);
    }

    @Test
    void changesAResolutionAndRefusesAStaleVersion() {
        signIn(planner, "USER");
        long id = mandates.add(
                missionId,
                command(
                        "S/RES/1509 (2003)",
                        "2003-09-19",
                        "2004-09-19",
                        task(MandateCategory.DDR, TaskModality.MONITOR, "first")));
        mandates.change(
                missionId,
                id,
                0,
                command(
                        "S/RES/1509 (2003)",
                        "2003-09-19",
                        "2005-01-31",
                        task(MandateCategory.SSR, TaskModality.ASSIST_SUPPORT, "second")));

        var changed = mandates.get(missionId, id);
        assertThat(changed.expiresOn()).isEqualTo(LocalDate.of(2005, 1, 31));
        assertThat(changed.tasks()).extracting(MandatedTask::getCategory).containsExactly(MandateCategory.SSR);
        assertThat(changed.version()).isEqualTo(1);
        assertThatThrownBy(() -> mandates.change(missionId, id, 0, command("S/RES/1509 (2003)", "2003-09-19", null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> mandates.delete(missionId, id, 0))
                .isInstanceOf(OptimisticLockingFailureException.class);
        mandates.delete(missionId, id, 1);
        assertThat(mandates.overview(missionId).history()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from mandated_task where resolution_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void refusesADuplicateSymbolOnTheSymbolFieldAndSavesNothing() {
        signIn(planner, "USER");
        mandates.add(missionId, command("S/RES/1509 (2003)", "2003-09-19", null));
        assertThatThrownBy(() -> mandates.add(missionId, command("S/RES/1509 (2003)", "2003-09-19", null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("resolution.symbol.duplicate");
                    assertThat(e.field()).isEqualTo("symbol");
                });
        assertThat(mandates.overview(missionId).history()).hasSize(1);
    }

    @Test
    void onlyPlannersOfTheMissionEditItsMandateAndMembersReadIt() {
        signIn(viewer, "USER");
        assertThat(mandates.overview(missionId).history()).isEmpty();
        assertThatThrownBy(() -> mandates.add(missionId, command("S/RES/1509 (2003)", "2003-09-19", null)))
                .isInstanceOf(AccessDeniedException.class);
        signIn("someone-else", "USER");
        assertThatThrownBy(() -> mandates.overview(missionId)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from resolution where mission_id = ?", Integer.class, missionId))
                .isZero();
    }

    @Test
    void theDatabaseItselfRefusesABadSymbolAndAnExpiryBeforeAdoption() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into resolution (mission_id, symbol, adopted_on) values (?, 'RES 1509', date '2003-09-19')""", missionId)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("""
                insert into resolution (mission_id, symbol, adopted_on, expires_on)
                values (?, 'S/RES/1509 (2003)', date '2003-09-19', date '2003-09-18')""", missionId)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theReferenceTableHoldsExactlyTheCategoriesOfTheTaxonomy() {
        assertThat(jdbc.queryForList("select code from mandate_category order by sort_order", String.class))
                .containsExactlyElementsOf(
                        Arrays.stream(MandateCategory.values()).map(Enum::name).toList())
                .hasSizeGreaterThanOrEqualTo(19);
    }

    @Test
    void demoMandatesAreSeededWithTheirHistoryAndUnmilWarnsOfItsExpiry() {
        signIn("reviewer", "HQ_REVIEWER");
        var users = new TestUsers(jdbc, encoder);
        var monuc = mandates.overview(users.mission("MONUC"));
        assertThat(monuc.history())
                .extracting(ResolutionView::symbol)
                .containsExactly(
                        "S/RES/1925 (2010)",
                        "S/RES/1794 (2007)",
                        "S/RES/1756 (2007)",
                        "S/RES/1635 (2005)",
                        "S/RES/1291 (2000)",
                        "S/RES/1279 (1999)");
        assertThat(monuc.hasMandateInForce()).isFalse();
        var unmik = mandates.overview(users.mission("UNMIK"));
        assertThat(unmik.inForce().symbol()).isEqualTo("S/RES/1244 (1999)");
        assertThat(unmik.inForce().expiresOn()).isNull();
        var unmil = mandates.overview(users.mission("UNMIL"));
        assertThat(unmil.inForce().symbol()).isEqualTo("S/RES/1509 (2003)");
        assertThat(unmil.expiresSoon()).isTrue();
        assertThat(unmil.inForce().notes()).startsWith("Illustrative demo data");
    }

    private static ResolutionCommand command(String symbol, String adopted, String expires, MandatedTask... tasks) {
        return new ResolutionCommand(
                symbol,
                LocalDate.parse(adopted),
                expires == null ? null : LocalDate.parse(expires),
                null,
                List.of(tasks));
    }

    private static MandatedTask task(MandateCategory category, TaskModality modality, String text) {
        return new MandatedTask(category, modality, text);
    }

    private static void signIn(String username, String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }
}
