package org.missionplanner.cmcoord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.history.History;
import org.missionplanner.history.HistoryEntry;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Planners record, assess and decide CMCoord requests on PostgreSQL; the rules hold before anything is saved. */
@SpringBootTest
@AutoConfigureMockMvc
class CmcoordRequestsIntegrationTests {

    @Autowired
    CmcoordRequests requests;

    @Autowired
    History history;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long mission;
    long otherMission;
    long planner;
    long viewer;
    String plannerName;
    String viewerName;
    long organisation;
    LocalDate from = LocalDate.now().plusDays(2);

    @BeforeEach
    void createMissions() {
        var users = new TestUsers(jdbc, encoder);
        mission = users.createMission(TestUsers.uniqueName("CM"));
        otherMission = users.createMission(TestUsers.uniqueName("CN"));
        plannerName = TestUsers.uniqueName("cm-planner");
        viewerName = TestUsers.uniqueName("cm-viewer");
        planner = users.create(plannerName, "USER", "Cmcoord-Test-1");
        viewer = users.create(viewerName, "USER", "Cmcoord-Test-1");
        users.member(planner, mission, "PLANNER");
        users.humanitarianCoordination(planner, mission);
        users.member(viewer, mission, "VIEWER");
        organisation = jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind, humanitarian) values (?, 'Food agency', 'OTHER', true)
                returning id""", Long.class, TestUsers.uniqueName("WF"));
        signIn(plannerName);
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        jdbc.update("delete from mission where id in (?, ?)", mission, otherMission);
        jdbc.update("delete from app_user where id in (?, ?)", planner, viewer);
        jdbc.update("delete from organisation where id = ?", organisation);
    }

    @Test
    void aPlannerRecordsAssessesAndApprovesWithAJustificationAndTheHistoryShowsIt() {
        long id = requests.create(mission, helicopter(List.of()));
        RequestView recorded = requests.get(mission, id);
        assertThat(recorded.status()).isEqualTo(CmcoordStatus.SUBMITTED);
        assertThat(recorded.principles())
                .extracting(PrincipleAssessment::principle)
                .containsExactly(CmcoordPrinciple.values());
        assertThat(recorded.principles()).allMatch(p -> p.assessment() == CmcoordAssessment.NOT_ASSESSED);
        assertThat(recorded.organisationAcronym()).startsWith("WF-");

        // not all six assessed: refused on principles, nothing saved
        assertRefused(
                () -> requests.decide(mission, id, recorded.version(), null, approval(null)),
                "cmcoord.principles.notAssessed",
                "principles");

        var lastResortNotMet = CmcoordRulesTests.with(CmcoordAssessment.NOT_MET, CmcoordPrinciple.LAST_RESORT);
        requests.assess(mission, id, recorded.version(), lastResortNotMet);
        RequestView assessed = requests.get(mission, id);
        assertThat(assessed.blockingPrinciples()).containsExactly(CmcoordPrinciple.LAST_RESORT);
        assertThat(assessed.version()).isGreaterThan(recorded.version());

        assertThatThrownBy(() -> requests.decide(mission, id, assessed.version(), null, approval(" ")))
                .isInstanceOfSatisfying(JustificationRequiredException.class, e -> {
                    assertThat(e.field()).isEqualTo("justification");
                    assertThat(e.blocking()).containsExactly(CmcoordPrinciple.LAST_RESORT);
                });
        assertThat(requests.get(mission, id).status()).isEqualTo(CmcoordStatus.SUBMITTED);

        requests.decide(mission, id, assessed.version(), null, approval("UNHAS grounded; lives at stake this week"));
        RequestView decided = requests.get(mission, id);
        assertThat(decided.status()).isEqualTo(CmcoordStatus.DECIDED);
        assertThat(decided.decision()).isEqualTo(CmcoordDecision.APPROVED);
        assertThat(decided.decidedBy()).isEqualTo(plannerName);
        assertThat(decided.decidedAt()).isNotNull();
        assertThat(decided.usableUntil()).isEqualTo(from.plusDays(5));
        assertThat(decided.justification()).isEqualTo("UNHAS grounded; lives at stake this week");

        // decided: read-only
        assertRefused(
                () -> requests.update(mission, id, decided.version(), helicopter(List.of())),
                "cmcoord.decided.readOnly",
                null);

        List<HistoryEntry> entries = history.ofMission(mission, 50);
        assertThat(entries)
                .filteredOn(e -> e.subjectKind().equals("CmcoordRequest"))
                .extracting(HistoryEntry::action)
                .contains(HistoryEntry.Action.ADDED, HistoryEntry.Action.CHANGED);
        assertThat(entries)
                .filteredOn(e -> e.subjectKind().equals("CmcoordRequest"))
                .flatExtracting(HistoryEntry::changes)
                .extracting(HistoryEntry.FieldChange::field)
                .contains("status", "justification");
    }

    @Test
    void anEndBeforeTheStartAnUnknownOrganisationAndAStaleVersionAreRefusedAndNothingIsSaved() {
        var backwards = new RequestDetails(
                organisation, "Trucks", "Harper", from, from.minusDays(1), "Cholera", "None", List.of());
        assertRefused(() -> requests.create(mission, backwards), "cmcoord.neededUntil.beforeFrom", "neededUntil");
        var unknown = new RequestDetails(-1L, "Trucks", "Harper", from, from, "Cholera", "None", List.of());
        assertRefused(() -> requests.create(mission, unknown), "cmcoord.organisation.unknown", "organisationId");
        assertThat(requests.ofMission(mission)).isEmpty();

        long id = requests.create(mission, helicopter(CmcoordRulesTests.allMet()));
        long version = requests.get(mission, id).version();
        requests.update(mission, id, version, helicopter(CmcoordRulesTests.allMet()));
        assertThatThrownBy(() -> requests.decide(mission, id, version - 1, null, approval(null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(requests.get(mission, id).status()).isEqualTo(CmcoordStatus.SUBMITTED);
    }

    @Test
    void viewersReadButDoNotDecideAndOtherMissionsSeeNothing() {
        long id = requests.create(mission, helicopter(CmcoordRulesTests.allMet()));
        long version = requests.get(mission, id).version();

        signIn(viewerName);
        assertThat(requests.ofMission(mission)).extracting(RequestSummary::id).containsExactly(id);
        assertThatThrownBy(() -> requests.decide(mission, id, version, null, approval(null)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> requests.create(mission, helicopter(List.of())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> requests.get(otherMission, id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(requests.overview(auth(viewerName)).requests())
                .extracting(RequestSummary::missionId)
                .containsOnly(mission);

        signIn(plannerName);
        assertThatThrownBy(() -> requests.get(mission, id + 100_000)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPlannerWithoutTheHumanitarianCoordinationRoleIsRefusedOnTheDecisionAndNothingIsSaved() {
        long id = requests.create(mission, helicopter(CmcoordRulesTests.allMet()));
        long version = requests.get(mission, id).version();
        jdbc.update("update mission_membership set humanitarian_coordination = false where user_id = ?", planner);

        assertRefused(
                () -> requests.decide(mission, id, version, null, approval(null)),
                "cmcoord.decision.roleRequired",
                "decision");
        RequestView after = requests.get(mission, id);
        assertThat(after.status()).isEqualTo(CmcoordStatus.SUBMITTED);
        assertThat(after.version()).isEqualTo(version);
        assertThat(requests.deciders(mission)).isEmpty();

        new TestUsers(jdbc, encoder).humanitarianCoordination(planner, mission);
        assertThat(requests.deciders(mission)).containsExactly(plannerName);
        requests.decide(mission, id, version, null, approval(null));
        assertThat(requests.get(mission, id).status()).isEqualTo(CmcoordStatus.DECIDED);
    }

    @Test
    void theOverviewPutsPendingRequestsFirstAndCountsThemByStatus() {
        long decided = requests.create(mission, helicopter(CmcoordRulesTests.allMet()));
        requests.decide(
                mission,
                decided,
                requests.get(mission, decided).version(),
                null,
                new DecisionDetails(CmcoordDecision.REFUSED, null, "Civilian aircraft found", null, null));
        long pending = requests.create(mission, helicopter(new ArrayList<>()));

        var overview = requests.overview(auth(plannerName));
        assertThat(overview.requests()).extracting(RequestSummary::id).containsExactly(pending, decided);
        assertThat(overview.byStatus())
                .containsEntry(CmcoordStatus.SUBMITTED, 1L)
                .containsEntry(CmcoordStatus.DECIDED, 1L);
        assertThat(overview.byDecision()).containsEntry(CmcoordDecision.REFUSED, 1L);
    }

    private RequestDetails helicopter(List<PrincipleAssessment> principles) {
        return new RequestDetails(
                organisation,
                "Mi-8 helicopter",
                "Zwedru",
                from,
                from.plusDays(10),
                "Floods cut the roads",
                "UNHAS grounded",
                principles);
    }

    private DecisionDetails approval(String justification) {
        return new DecisionDetails(CmcoordDecision.APPROVED, null, null, justification, from.plusDays(5));
    }

    private static void assertRefused(Runnable action, String key, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    private static Authentication auth(String username) {
        return UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_USER"));
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(auth(username));
    }
}
