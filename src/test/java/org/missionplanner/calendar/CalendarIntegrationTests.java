package org.missionplanner.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.mission.Mandates;
import org.missionplanner.mission.ResolutionCommand;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.missionplanner.support.StatementCounter;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The planning calendar on PostgreSQL: who may read and edit stages, validation that saves
 * nothing, versions, milestones read from the other modules, a statement count that does not grow
 * with the number of plans, and the feed's secret.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarIntegrationTests {

    @Autowired
    PlanningStages stages;

    @Autowired
    MissionCalendar calendar;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    Mandates mandates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    long missionId;
    long otherMissionId;
    String planner;
    String viewer;
    String outsider;

    @BeforeEach
    void missionWithAPlannerAViewerAndAnOutsider() {
        var users = new TestUsers(jdbc, encoder);
        missionId = users.createMission(TestUsers.uniqueName("CAL"));
        otherMissionId = users.createMission(TestUsers.uniqueName("CAO"));
        planner = TestUsers.uniqueName("cal-planner");
        viewer = TestUsers.uniqueName("cal-viewer");
        outsider = TestUsers.uniqueName("cal-outsider");
        users.member(users.create(planner, "USER", "Unused-Passphrase-1"), missionId, "PLANNER");
        users.member(users.create(viewer, "USER", "Unused-Passphrase-1"), missionId, "VIEWER");
        users.member(users.create(outsider, "USER", "Unused-Passphrase-1"), otherMissionId, "PLANNER");
    }

    @AfterEach
    void signOutAndRemoveTheMissions() {
        SecurityContextHolder.clearContext();
        jdbc.update("delete from mission where id in (?, ?)", missionId, otherMissionId);
    }

    static StageCommand concept(String start, String end) {
        return new StageCommand(
                StageKind.MISSION_CONCEPT,
                null,
                start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end),
                "Integrated Mission Task Force");
    }

    @Test
    void plannersEditStagesViewersReadThemOthersNeither() {
        signIn(planner, "USER");
        StageView added = stages.add(missionId, concept("2003-09-01", "2003-09-30"));
        StageView changed = stages.change(
                missionId,
                added.id(),
                added.version(),
                new StageCommand(StageKind.ISF, "ISF 2004-2006", null, LocalDate.parse("2004-01-31"), " SPU "));
        assertThat(changed.kind()).isEqualTo(StageKind.ISF);
        assertThat(changed.owner()).isEqualTo("SPU");
        assertThat(changed.startsOn()).isNull();

        signIn(viewer, "USER");
        assertThat(stages.stagesOf(missionId)).extracting(StageView::id).containsExactly(added.id());
        assertThatThrownBy(() -> stages.add(missionId, concept("2003-09-01", "2003-09-30")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stages.delete(missionId, added.id(), changed.version()))
                .isInstanceOf(AccessDeniedException.class);

        signIn(outsider, "USER");
        assertThatThrownBy(() -> stages.stagesOf(missionId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendar.ofMission(missionId, null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stages.change(missionId, added.id(), changed.version(), concept(null, "2004-01-01")))
                .isInstanceOf(AccessDeniedException.class);

        signIn(planner, "USER");
        // another mission's stage id is "not found" in this mission
        assertThatThrownBy(() -> stages.get(missionId, added.id() + 100_000)).isInstanceOf(NotFoundException.class);
        stages.delete(missionId, added.id(), changed.version());
        assertThat(stages.stagesOf(missionId)).isEmpty();
    }

    @Test
    void refusesDatesOutOfRangeAndAnEndBeforeTheStartAndSavesNothing() {
        signIn(planner, "USER");
        LocalDate farAhead = LocalDate.now().plusYears(21);
        assertRefused(concept("1944-12-31", "1945-06-26"), "stage.date.range", "startsOn");
        assertRefused(concept(null, farAhead.toString()), "stage.date.range", "endsOn");
        assertRefused(concept("2004-02-01", "2004-01-31"), "stage.endsOn.beforeStart", "endsOn");
        assertRefused(concept("2004-02-01", null), "stage.endsOn.required", "endsOn");
        assertRefused(
                new StageCommand(null, null, null, LocalDate.parse("2004-01-01"), null), "stage.kind.required", "kind");
        assertRefused(
                new StageCommand(StageKind.ISF, null, null, LocalDate.parse("2004-01-01"), "x".repeat(201)),
                "stage.owner.size",
                "owner");
        assertThat(jdbc.queryForObject(
                        "select count(*) from calendar_stage where mission_id = ?", Long.class, missionId))
                .isZero();

        StageView saved = stages.add(
                missionId, concept("1945-01-01", LocalDate.now().plusYears(20).toString()));
        assertThatThrownBy(() ->
                        stages.change(missionId, saved.id(), saved.version(), concept("2004-02-01", "2004-01-31")))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(stages.get(missionId, saved.id()).startsOn()).isEqualTo(LocalDate.parse("1945-01-01"));
    }

    @Test
    void refusesAChangeOnAStaleVersion() {
        signIn(planner, "USER");
        StageView added = stages.add(missionId, concept("2003-09-01", "2003-09-30"));
        stages.change(missionId, added.id(), added.version(), concept("2003-09-02", "2003-09-30"));
        assertThatThrownBy(() ->
                        stages.change(missionId, added.id(), added.version(), concept("2003-09-03", "2003-09-30")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> stages.delete(missionId, added.id(), added.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(stages.get(missionId, added.id()).startsOn()).isEqualTo(LocalDate.parse("2003-09-02"));
    }

    @Test
    void readsTheMilestonesOfTheMandateThePlansAndTheStages() {
        signIn(planner, "USER");
        mandates.add(
                missionId,
                new ResolutionCommand(
                        "S/RES/1509 (2003)",
                        LocalDate.parse("2003-09-19"),
                        LocalDate.parse("2004-09-19"),
                        null,
                        List.of(),
                        List.of(LocalDate.parse("2004-08-15"), LocalDate.parse("2004-03-15"))));
        long planId = plan(missionId, "ISF 2004-2006");
        benchmark(planId, "Disarmament completed", "2004-10-31");
        stages.add(missionId, concept("2003-09-01", "2003-09-30"));

        var found = calendar.ofMission(missionId, LocalDate.parse("2003-01-01"), LocalDate.parse("2004-12-31"));

        assertThat(found.milestones())
                .extracting(Milestone::kind)
                .contains(
                        MilestoneKind.MANDATE_EXPIRY,
                        MilestoneKind.SG_REPORT_DUE,
                        MilestoneKind.RESOLUTION_ADOPTED,
                        MilestoneKind.PLAN_START,
                        MilestoneKind.BENCHMARK_DUE,
                        MilestoneKind.STAGE_START,
                        MilestoneKind.STAGE_END,
                        MilestoneKind.BUDGET_YEAR)
                .doesNotContain(MilestoneKind.PLAN_END);
        assertThat(found.milestones())
                .filteredOn(m -> m.kind() == MilestoneKind.SG_REPORT_DUE)
                .extracting(Milestone::date)
                .containsExactly(LocalDate.parse("2004-03-15"), LocalDate.parse("2004-08-15"));
        assertThat(found.milestones()).extracting(Milestone::date).isSorted();

        // across missions: the planner's own mission only
        var mine = calendar.ofUser(SecurityContextHolder.getContext().getAuthentication(), null, null);
        assertThat(mine.milestones())
                .filteredOn(m -> m.missionId() != null)
                .extracting(Milestone::missionId)
                .containsOnly(missionId);
    }

    @Test
    void readsTheCalendarInAFixedNumberOfStatementsWhateverTheNumberOfPlans() throws Exception {
        signIn(planner, "USER");
        long first = plan(missionId, "Plan 1");
        benchmark(first, "Benchmark 1", "2004-10-31");
        var counter = new StatementCounter(entityManagerFactory);
        long withOnePlan = counter.count(() -> calendar.ofMission(missionId, null, null));

        for (int i = 2; i <= 12; i++) {
            long planId = plan(missionId, "Plan " + i);
            benchmark(planId, "Benchmark " + i + "a", "2005-01-31");
            benchmark(planId, "Benchmark " + i + "b", "2005-03-31");
            jdbc.update("""
                    insert into plan_version (plan_id, number, snapshot, status, submitted_by, submitted_by_name, submitted_at,
                            decided_by, decided_by_name, decided_at)
                    values (?, 1, cast('{}' as jsonb), 'APPROVED', 'p', 'Planner', now(), 'r', 'Reviewer', now())""", planId);
        }
        long withTwelvePlans = counter.count(() -> calendar.ofMission(missionId, null, null));

        assertThat(calendar.ofMission(missionId, null, null).milestones())
                .filteredOn(m -> m.kind() == MilestoneKind.PLAN_APPROVED)
                .hasSize(11);
        assertThat(withTwelvePlans).isEqualTo(withOnePlan);
    }

    @Test
    void aFeedSecretOpensItsOwnersCalendarUntilItIsRevokedOrReplaced() {
        signIn(planner, "USER");
        stages.add(missionId, concept("2003-09-01", "2003-09-30"));
        SecurityContextHolder.clearContext();

        IssuedFeed issued = feeds.issue(planner);
        assertThat(issued.secret()).startsWith("mpc_");
        assertThat(jdbc.queryForObject("select secret_hash from calendar_feed where id = ?", String.class, issued.id()))
                .isEqualTo(CalendarFeeds.hash(issued.secret()))
                .doesNotContain(issued.secret());

        var view = feeds.calendarFor(issued.secret()).orElseThrow();
        assertThat(view.milestones())
                .extracting(Milestone::missionId)
                .contains(missionId)
                .doesNotContain(otherMissionId);
        assertThat(feeds.feedFor(issued.secret(), "https://x.example", "x.example")
                        .orElseThrow())
                .contains("BEGIN:VEVENT", "URL:https://x.example/missions/" + missionId + "/calendar#stage-");
        assertThat(feeds.active(planner)).get().extracting(FeedView::lastUsedAt).isNotNull();

        assertThat(feeds.calendarFor("mpc_unknown")).isEmpty();
        assertThat(feeds.calendarFor(null)).isEmpty();
        assertThatThrownBy(() -> feeds.revoke(viewer, issued.id())).isInstanceOf(NotFoundException.class);

        IssuedFeed replacement = feeds.issue(planner);
        assertThat(feeds.calendarFor(issued.secret())).isEmpty();
        assertThat(feeds.calendarFor(replacement.secret())).isPresent();

        feeds.revoke(planner, replacement.id());
        assertThat(feeds.calendarFor(replacement.secret())).isEmpty();
        assertThat(feeds.active(planner)).isEmpty();

        IssuedFeed third = feeds.issue(planner);
        jdbc.update("update app_user set enabled = false where username = ?", planner);
        assertThat(feeds.calendarFor(third.secret())).isEmpty();
    }

    private void assertRefused(StageCommand command, String key, String field) {
        assertThatThrownBy(() -> stages.add(missionId, command))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    private long plan(long mission, String title) {
        return jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end, status)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', ?, date '2004-01-01', date '2006-12-31', 'DRAFT') returning id""", Long.class, mission, title);
    }

    private void benchmark(long planId, String description, String dueOn) {
        jdbc.update("""
                insert into plan_benchmark (plan_id, objective_id, position, description, due_on, transition, version)
                values (?, null, (select coalesce(max(position), 0) + 1 from plan_benchmark where plan_id = ?), ?, ?, false, 0)""", planId, planId, description, LocalDate.parse(dueOn));
    }

    private static void signIn(String username, String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }
}
