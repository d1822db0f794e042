package org.missionplanner.planview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.actor.Party;
import org.missionplanner.mission.MandateCategory;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.IndicatorFrequency;
import org.missionplanner.plan.IndicatorView;
import org.missionplanner.plan.ObjectiveView;
import org.missionplanner.plan.PlanKind;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.PlanStatus;
import org.missionplanner.plan.PlanView;
import org.missionplanner.plan.ResultView;
import org.missionplanner.plan.Share;
import org.missionplanner.plan.Tally;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TaskView;
import org.missionplanner.plan.TimeHorizon;
import org.missionplanner.planview.CoherenceReport.Amount;
import org.missionplanner.planview.CoherenceReport.FundingLine;

/** The coherence figures of hand-built outlines: pure computation, no database. */
class CoherenceReportTests {

    static final NamedParty DDR = new NamedParty("unit-2", Party.Kind.UNIT, 2, "DDR Section", "DDR Section");
    static final NamedParty UNDP = new NamedParty(
            "organisation-7", Party.Kind.ORGANISATION, 7, "UNDP", "United Nations Development Programme");
    static final NamedParty POLICE = new NamedParty("unit-3", Party.Kind.UNIT, 3, "UNPOL", "UN Police");

    static final PlanView PLAN = new PlanView(
            1,
            9,
            "UNMIL",
            PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK,
            "ISF",
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 12, 31),
            PlanStatus.DRAFT,
            null,
            null,
            0);

    /** A task; objective and result may be null. */
    static TaskView task(
            long id,
            Long objectiveId,
            Long resultId,
            NamedParty lead,
            String counterpart,
            FundingSource funding,
            String amount,
            String currency,
            TimeHorizon horizon,
            TaskStatus status,
            MandateCategory category) {
        return new TaskView(
                id,
                objectiveId,
                resultId,
                (int) id,
                "Task " + id,
                null,
                category,
                lead,
                List.of(),
                counterpart,
                funding,
                amount == null ? null : new BigDecimal(amount),
                currency,
                null,
                null,
                horizon,
                status,
                false,
                0,
                List.of());
    }

    static IndicatorView indicator(long id, long resultId, boolean offTrack) {
        return new IndicatorView(
                id,
                resultId,
                1,
                "Indicator " + id,
                "%",
                BigDecimal.ZERO,
                null,
                BigDecimal.TEN,
                null,
                null,
                IndicatorFrequency.QUARTERLY,
                null,
                null,
                null,
                offTrack,
                0);
    }

    static PlanOutline.ObjectiveNode objective(
            long id, Dimension dimension, List<PlanOutline.ResultNode> results, List<TaskView> direct) {
        return new PlanOutline.ObjectiveNode(
                new ObjectiveView(id, (int) id, "Objective " + id, dimension, null, 0), results, direct, List.of());
    }

    static PlanOutline.ResultNode result(
            long id, long objectiveId, List<IndicatorView> indicators, List<TaskView> tasks) {
        return new PlanOutline.ResultNode(
                new ResultView(id, objectiveId, (int) id, "Result " + id, null, 0), indicators, tasks);
    }

    /**
     * Objective 10 (security): result 100 with two indicators (one off track) and tasks 1, 2; task 3
     * directly. Objective 20 (development): result 200 without indicators, task 4. Objective 30
     * (political): no results. Tasks 5 and 6 unlinked.
     */
    static PlanOutline sample() {
        TaskView t1 = task(
                1,
                10L,
                100L,
                DDR,
                "Ministry of Defence",
                FundingSource.ASSESSED,
                "1000",
                "USD",
                TimeHorizon.IMMEDIATE,
                TaskStatus.ON_TRACK,
                MandateCategory.DDR);
        TaskView t2 = task(
                2,
                10L,
                100L,
                DDR,
                null,
                FundingSource.VOLUNTARY,
                "500",
                "EUR",
                TimeHorizon.POLITICAL_TIMETABLE,
                TaskStatus.AT_RISK,
                MandateCategory.DDR);
        TaskView t3 = task(
                3,
                10L,
                null,
                UNDP,
                "  ",
                FundingSource.ASSESSED,
                "250.50",
                "USD",
                TimeHorizon.IMMEDIATE,
                TaskStatus.ON_TRACK,
                MandateCategory.SSR);
        TaskView t4 = task(
                4,
                20L,
                200L,
                DDR,
                "Ministry of Finance",
                FundingSource.UNFUNDED,
                null,
                null,
                TimeHorizon.LONG_TERM,
                TaskStatus.NOT_STARTED,
                null);
        TaskView t5 = task(
                5,
                null,
                null,
                null,
                null,
                FundingSource.UNFUNDED,
                "0",
                "USD",
                TimeHorizon.LONG_TERM,
                TaskStatus.OFF_TRACK,
                null);
        TaskView t6 = task(
                6,
                null,
                null,
                UNDP,
                null,
                FundingSource.BILATERAL,
                "300",
                "USD",
                TimeHorizon.IMMEDIATE,
                TaskStatus.DONE,
                null);
        return new PlanOutline(
                PLAN,
                List.of(
                        objective(
                                10,
                                Dimension.SECURITY,
                                List.of(result(
                                        100,
                                        10,
                                        List.of(indicator(1000, 100, true), indicator(1001, 100, false)),
                                        List.of(t1, t2))),
                                List.of(t3)),
                        objective(
                                20, Dimension.DEVELOPMENT, List.of(result(200, 20, List.of(), List.of(t4))), List.of()),
                        objective(30, Dimension.POLITICAL, List.of(), List.of())),
                List.of(t5, t6),
                List.of(),
                List.of());
    }

    @Test
    void theStrategicDeficitIsTheShareOfTasksServingNoObjective() {
        CoherenceReport report = CoherenceFigures.of(sample(), null, List.of());

        assertThat(report.taskCount()).isEqualTo(6);
        assertThat(report.linked()).isEqualTo(new Share(4, 6));
        assertThat(report.linked().percent()).isEqualTo(67);
        assertThat(report.unlinked().percent()).isEqualTo(33);
    }

    @Test
    void countsTasksWithoutALeadAndWithANationalCounterpartIgnoringBlankOnes() {
        CoherenceReport report = CoherenceFigures.of(sample(), null, List.of());

        assertThat(report.withoutLead()).isEqualTo(new Share(1, 6));
        assertThat(report.withCounterpart()).isEqualTo(new Share(2, 6));
    }

    @Test
    void theFundingGapAddsUpEachSourcesNeedAgainstItsPledgesAndCountsUnfundedCostsAsNeed() {
        TaskView detailed = withFunding(
                task(
                        7,
                        10L,
                        null,
                        DDR,
                        null,
                        FundingSource.VOLUNTARY,
                        "28000000",
                        "USD",
                        TimeHorizon.LONG_TERM,
                        TaskStatus.ON_TRACK,
                        null),
                new org.missionplanner.plan.FundingLine(
                        FundingSource.VOLUNTARY,
                        new BigDecimal("20000000"),
                        new BigDecimal("12000000"),
                        new BigDecimal("9500000")),
                new org.missionplanner.plan.FundingLine(
                        FundingSource.BILATERAL, new BigDecimal("8000000"), new BigDecimal("9000000"), null));
        TaskView unfunded = task(
                8,
                null,
                null,
                UNDP,
                null,
                FundingSource.UNFUNDED,
                "400000",
                "USD",
                TimeHorizon.IMMEDIATE,
                TaskStatus.NOT_STARTED,
                null);
        TaskView withoutDetail = task(
                9,
                null,
                null,
                UNDP,
                null,
                FundingSource.ASSESSED,
                "100",
                "USD",
                TimeHorizon.IMMEDIATE,
                TaskStatus.NOT_STARTED,
                null);
        PlanOutline outline = new PlanOutline(
                PLAN,
                List.of(objective(10, Dimension.SECURITY, List.of(), List.of(detailed))),
                List.of(unfunded, withoutDetail),
                List.of(),
                List.of());

        var gap = CoherenceFigures.of(outline, null, List.of()).fundingGap();

        assertThat(gap.bySource())
                .extracting(g -> g.source() + " " + g.required().toPlainString() + " "
                        + g.pledged().toPlainString() + " " + g.disbursed().toPlainString() + " "
                        + g.gap().toPlainString())
                .containsExactly(
                        "VOLUNTARY 20000000.00 12000000.00 9500000.00 8000000.00",
                        "BILATERAL 8000000.00 9000000.00 0.00 0.00",
                        "UNFUNDED 400000.00 0.00 0.00 400000.00");
        assertThat(gap.totals()).singleElement().satisfies(total -> {
            assertThat(total.currency()).isEqualTo("USD");
            assertThat(total.required()).isEqualByComparingTo("28400000");
            assertThat(total.gap())
                    .as("the bilateral surplus does not fill the voluntary gap")
                    .isEqualByComparingTo("8400000");
        });
        assertThat(gap.tasksWithoutDetail()).isEqualTo(1);
    }

    private static TaskView withFunding(TaskView t, org.missionplanner.plan.FundingLine... lines) {
        return new TaskView(
                t.id(),
                t.objectiveId(),
                t.resultId(),
                t.position(),
                t.title(),
                t.description(),
                t.mandateCategory(),
                t.lead(),
                t.supporters(),
                t.nationalCounterpart(),
                t.fundingSource(),
                t.amount(),
                t.currency(),
                t.startOn(),
                t.endOn(),
                t.horizon(),
                t.status(),
                t.outsidePeriod(),
                t.version(),
                List.of(lines));
    }

    @Test
    void sumsFundingPerSourceAndCurrencyAndGivesTheUnfundedShare() {
        CoherenceReport report = CoherenceFigures.of(sample(), null, List.of());

        assertThat(report.unfunded()).isEqualTo(new Share(2, 6));
        assertThat(report.funding()).extracting(FundingLine::source).containsExactly(FundingSource.values());
        FundingLine assessed = report.funding().get(0);
        assertThat(assessed.tasks()).isEqualTo(2);
        assertThat(assessed.amounts()).containsExactly(new Amount("USD", new BigDecimal("1250.50")));
        assertThat(report.funding()
                        .get(FundingSource.PEACEBUILDING_FUND.ordinal())
                        .tasks())
                .isZero();
        assertThat(report.funding().get(FundingSource.UNFUNDED.ordinal()).amounts())
                .isEmpty();
        assertThat(report.fundedTotals())
                .containsExactly(
                        new Amount("EUR", new BigDecimal("500")), new Amount("USD", new BigDecimal("1550.50")));
    }

    @Test
    void namesObjectivesWithoutResultsOrIndicatorsAndResultsWithoutIndicators() {
        CoherenceReport report = CoherenceFigures.of(sample(), null, List.of());

        assertThat(report.objectivesWithoutResults())
                .extracting(CoherenceReport.Element::id)
                .containsExactly(30L);
        assertThat(report.objectivesWithoutIndicators())
                .extracting(CoherenceReport.Element::id)
                .containsExactly(20L, 30L);
        assertThat(report.resultsWithoutIndicators())
                .extracting(CoherenceReport.Element::title)
                .containsExactly("Result 200");
    }

    @Test
    void mandatedCategoriesInForceThatNoTaskImplementsAreUncovered() {
        CoherenceReport report = CoherenceFigures.of(
                sample(),
                "S/RES/1509 (2003)",
                List.of(
                        MandateCategory.SSR,
                        MandateCategory.DDR,
                        MandateCategory.ELECTIONS,
                        MandateCategory.HUMAN_RIGHTS,
                        MandateCategory.DDR));

        assertThat(report.mandate().inForce()).isTrue();
        assertThat(report.mandate().mandated())
                .containsExactly(
                        MandateCategory.DDR,
                        MandateCategory.SSR,
                        MandateCategory.ELECTIONS,
                        MandateCategory.HUMAN_RIGHTS);
        assertThat(report.mandate().uncovered())
                .containsExactly(MandateCategory.ELECTIONS, MandateCategory.HUMAN_RIGHTS);
    }

    @Test
    void withoutAMandateInForceNothingIsUncovered() {
        CoherenceReport report = CoherenceFigures.of(sample(), null, List.of(MandateCategory.ELECTIONS));

        assertThat(report.mandate().inForce()).isFalse();
        assertThat(report.mandate().uncovered()).isEmpty();
    }

    @Test
    void theActorsLeadingMostTasksComeFirstAndOnlyFiveAreNamed() {
        CoherenceReport report = CoherenceFigures.of(sample(), null, List.of());
        assertThat(report.topLeads())
                .extracting(l -> l.actor().name(), CoherenceReport.LeadCount::tasks)
                .containsExactly(tuple("DDR Section", 3L), tuple("UNDP", 2L));

        List<TaskView> many = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            NamedParty lead =
                    new NamedParty("unit-" + (50 + i), Party.Kind.UNIT, 50 + i, "Unit " + (char) ('G' - i), null);
            for (int k = 0; k <= i; k++) {
                many.add(task(
                        100 + i * 10 + k,
                        null,
                        null,
                        lead,
                        null,
                        FundingSource.UNFUNDED,
                        null,
                        null,
                        TimeHorizon.IMMEDIATE,
                        TaskStatus.NOT_STARTED,
                        null));
            }
        }
        CoherenceReport crowded =
                CoherenceFigures.of(new PlanOutline(PLAN, List.of(), many, List.of(), List.of()), null, List.of());
        assertThat(crowded.topLeads())
                .hasSize(CoherenceReport.TOP_LEADS)
                .extracting(CoherenceReport.LeadCount::tasks)
                .containsExactly(7L, 6L, 5L, 4L, 3L);
    }

    @Test
    void tasksPerDimensionFollowTheirObjectiveAndUnlinkedOnesAreCountedApart() {
        CoherenceReport report = CoherenceFigures.of(sample(), null, List.of());

        assertThat(report.tasksByDimension()).hasSize(Dimension.values().length + 1);
        assertThat(report.tasksByDimension())
                .contains(
                        new Tally<>(Dimension.SECURITY, 3),
                        new Tally<>(Dimension.DEVELOPMENT, 1),
                        new Tally<>(Dimension.POLITICAL, 0),
                        new Tally<>(Dimension.HUMANITARIAN, 0));
        assertThat(report.tasksByDimension().get(Dimension.values().length)).isEqualTo(new Tally<>(null, 2));
    }

    @Test
    void tasksPerHorizonAndStatusCoverEveryValueInOrder() {
        CoherenceReport report = CoherenceFigures.of(sample(), null, List.of());

        assertThat(report.tasksByHorizon())
                .containsExactly(
                        new Tally<>(TimeHorizon.IMMEDIATE, 3),
                        new Tally<>(TimeHorizon.POLITICAL_TIMETABLE, 1),
                        new Tally<>(TimeHorizon.LONG_TERM, 2));
        assertThat(report.tasksByStatus())
                .containsExactly(
                        new Tally<>(TaskStatus.NOT_STARTED, 1),
                        new Tally<>(TaskStatus.ON_TRACK, 2),
                        new Tally<>(TaskStatus.AT_RISK, 1),
                        new Tally<>(TaskStatus.OFF_TRACK, 1),
                        new Tally<>(TaskStatus.DONE, 1),
                        new Tally<>(TaskStatus.DROPPED, 0));
    }

    @Test
    void listsTheIndicatorsOffTrack() {
        CoherenceReport report = CoherenceFigures.of(sample(), null, List.of());

        assertThat(report.indicatorCount()).isEqualTo(2);
        assertThat(report.offTrackIndicators()).extracting(IndicatorView::id).containsExactly(1000L);
    }

    @Test
    void anEmptyPlanHasZeroSharesRatherThanADivisionByZero() {
        CoherenceReport report =
                CoherenceFigures.of(new PlanOutline(PLAN, List.of(), List.of(), List.of(), List.of()), null, List.of());

        assertThat(report.linked().percent()).isZero();
        assertThat(report.unfunded().percent()).isZero();
        assertThat(report.topLeads()).isEmpty();
        assertThat(report.fundedTotals()).isEmpty();
    }

    @Test
    void theTaskFilterSelectsTheTasksBehindEachFigure() {
        PlanOutline outline = sample();

        assertThat(ids(new TaskFilter(TaskFilter.Kind.UNLINKED, null, null, null, null, null), outline))
                .containsExactly(5L, 6L);
        assertThat(ids(new TaskFilter(TaskFilter.Kind.NO_LEAD, null, null, null, null, null), outline))
                .containsExactly(5L);
        assertThat(ids(new TaskFilter(TaskFilter.Kind.COUNTERPART, null, null, null, null, null), outline))
                .containsExactly(1L, 4L);
        assertThat(ids(new TaskFilter(TaskFilter.Kind.NO_COUNTERPART, null, null, null, null, null), outline))
                .containsExactly(2L, 3L, 5L, 6L);
        assertThat(ids(new TaskFilter(null, Dimension.SECURITY, null, null, null, null), outline))
                .containsExactly(1L, 2L, 3L);
        assertThat(ids(new TaskFilter(null, null, TimeHorizon.LONG_TERM, null, null, null), outline))
                .containsExactly(4L, 5L);
        assertThat(ids(new TaskFilter(null, null, null, FundingSource.UNFUNDED, null, null), outline))
                .containsExactly(4L, 5L);
        assertThat(ids(new TaskFilter(null, null, null, null, TaskStatus.ON_TRACK, null), outline))
                .containsExactly(1L, 3L);
        assertThat(ids(new TaskFilter(null, null, null, null, null, "organisation-7"), outline))
                .containsExactly(3L, 6L);
        assertThat(ids(new TaskFilter(null, Dimension.SECURITY, TimeHorizon.IMMEDIATE, null, null, "unit-2"), outline))
                .containsExactly(1L);
        assertThat(ids(TaskFilter.none(), outline)).hasSize(6);
    }

    @Test
    void filterKindsAreReadFromTheirParameters() {
        for (TaskFilter.Kind kind : TaskFilter.Kind.values()) {
            assertThat(TaskFilter.Kind.parse(kind.parameter())).isEqualTo(kind);
        }
        assertThat(TaskFilter.Kind.parse("nonsense")).isNull();
        assertThat(TaskFilter.Kind.parse(null)).isNull();
    }

    private static List<Long> ids(TaskFilter filter, PlanOutline outline) {
        return filter.apply(outline).stream().map(TaskView::id).toList();
    }
}
