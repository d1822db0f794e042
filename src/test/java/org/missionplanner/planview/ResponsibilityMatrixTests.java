package org.missionplanner.planview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionplanner.plan.OutlineBuilder.AGENCY;
import static org.missionplanner.plan.OutlineBuilder.DDR;
import static org.missionplanner.plan.OutlineBuilder.POLICE;
import static org.missionplanner.plan.OutlineBuilder.SRSG;
import static org.missionplanner.plan.OutlineBuilder.UNDP;
import static org.missionplanner.plan.OutlineBuilder.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.OutlineBuilder;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.TaskView;
import org.missionplanner.planview.ResponsibilityMatrixView.FundingTotal;

class ResponsibilityMatrixTests {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final List<NamedParty> MISSION_UNITS = List.of(SRSG, DDR, POLICE);

    final PlanOutline outline = outline();

    static PlanOutline outline() {
        var plan = new OutlineBuilder(START, START.plusYears(2).minusDays(1));
        plan.objective(
                "Security",
                Dimension.SECURITY,
                List.of(
                        task(1, "Disarm", DDR, List.of(POLICE, UNDP), FundingSource.ASSESSED, "1000", null, null, null),
                        task(
                                2,
                                "Train police",
                                POLICE,
                                List.of(DDR),
                                FundingSource.VOLUNTARY,
                                "2500",
                                null,
                                null,
                                null)),
                List.of());
        plan.objective(
                "Justice",
                Dimension.RULE_OF_LAW,
                List.of(task(3, "Courts", UNDP, List.of(AGENCY), FundingSource.ASSESSED, "500", null, null, null)),
                List.of());
        plan.objective("Empty", Dimension.POLITICAL, List.of(), List.of());
        plan.unlinked(task(4, "Survey", null, List.of(), FundingSource.UNFUNDED, null, null, null, null));
        return plan.build();
    }

    ResponsibilityMatrixView matrix(MatrixFilter filter) {
        return ResponsibilityMatrix.of(outline, MISSION_UNITS, filter);
    }

    @Test
    void putsTheMissionsUnitsFirstInTheirOrderThenTheOrganisationsByName() {
        assertThat(matrix(MatrixFilter.none()).actors()).containsExactly(DDR, POLICE, AGENCY, UNDP);
    }

    @Test
    void marksWhoLeadsAndWhoSupportsEachTaskGroupedByObjectiveWithTheUnlinkedLast() {
        var matrix = matrix(MatrixFilter.none());

        assertThat(matrix.groups())
                .extracting(g -> g.unlinked() ? "unlinked" : g.objective().title())
                .containsExactly("Security", "Justice", "unlinked");
        var disarm = matrix.groups().get(0).rows().get(0);
        assertThat(disarm.task().title()).isEqualTo("Disarm");
        assertThat(disarm.marks()).containsExactly(MatrixMark.LEAD, MatrixMark.SUPPORT, null, MatrixMark.SUPPORT);
        var courts = matrix.groups().get(1).rows().get(0);
        assertThat(courts.marks()).containsExactly(null, null, MatrixMark.SUPPORT, MatrixMark.LEAD);
        assertThat(matrix.groups().get(2).rows().get(0).marks()).containsOnlyNulls();
    }

    @Test
    void flagsTasksWithoutALeadAndUnitsWithoutTasks() {
        var matrix = matrix(MatrixFilter.none());

        assertThat(matrix.tasksWithoutLead()).extracting(TaskView::title).containsExactly("Survey");
        assertThat(matrix.idleUnits()).containsExactly(SRSG);
    }

    @Test
    void aSourceIsOneRowWhetherOrNotEachOfItsTasksHasAnAmountYet() {
        var plan = new OutlineBuilder(START, START.plusYears(2).minusDays(1));
        plan.objective(
                "Security",
                Dimension.SECURITY,
                List.of(
                        task(1, "Costed", DDR, List.of(), FundingSource.BILATERAL, "3000000", null, null, null),
                        task(2, "Not costed yet", DDR, List.of(), FundingSource.BILATERAL, null, null, null, null)),
                List.of());

        assertThat(ResponsibilityMatrix.of(plan.build(), MISSION_UNITS, MatrixFilter.none())
                        .funding())
                .containsExactly(new FundingTotal(FundingSource.BILATERAL, "USD", 2, new BigDecimal("3000000")));
    }

    @Test
    void countsLeadsAndSupportsPerActorAndFundingPerSource() {
        var matrix = matrix(MatrixFilter.none());

        assertThat(matrix.actorTotals())
                .extracting(t -> t.actor().name() + " " + t.leads() + "/" + t.supports())
                .containsExactly("DDR Section 1/1", "UNPOL 1/1", "<Agency & Co> 0/1", "UNDP 1/1");
        assertThat(matrix.funding())
                .containsExactly(
                        new FundingTotal(FundingSource.ASSESSED, "USD", 2, new BigDecimal("1500")),
                        new FundingTotal(FundingSource.VOLUNTARY, "USD", 1, new BigDecimal("2500")),
                        new FundingTotal(FundingSource.UNFUNDED, null, 1, BigDecimal.ZERO));
    }

    @Test
    void filtersByDimensionLeavingOutTheUnlinkedTasksAndTheActorsTheyDoNotShow() {
        var matrix = matrix(new MatrixFilter(Dimension.RULE_OF_LAW, null, null));

        assertThat(matrix.shownTasks()).isEqualTo(1);
        assertThat(matrix.totalTasks()).isEqualTo(4);
        assertThat(matrix.actors()).containsExactly(AGENCY, UNDP);
        assertThat(matrix.tasksWithoutLead()).isEmpty();
        assertThat(matrix.idleUnits())
                .as("idle in the whole plan, whatever the filter")
                .containsExactly(SRSG);
        assertThat(matrix.actorChoices())
                .as("the filter still offers every actor")
                .containsExactly(SRSG, DDR, POLICE, AGENCY, UNDP);
    }

    @Test
    void filtersByActorLeadingOrSupporting() {
        var matrix = matrix(new MatrixFilter(null, UNDP.key(), null));

        assertThat(matrix.groups().stream()
                        .flatMap(g -> g.rows().stream())
                        .map(r -> r.task().title()))
                .containsExactly("Disarm", "Courts");
    }

    @Test
    void filtersByFundingSource() {
        var matrix = matrix(new MatrixFilter(null, null, FundingSource.UNFUNDED));

        assertThat(matrix.groups()).hasSize(1);
        assertThat(matrix.groups().get(0).unlinked()).isTrue();
        assertThat(matrix.actors()).isEmpty();
        assertThat(matrix.tasksWithoutLead()).hasSize(1);
    }

    @Test
    void aFilterMatchingNothingShowsNoGroups() {
        var matrix = matrix(new MatrixFilter(Dimension.HUMANITARIAN, null, null));

        assertThat(matrix.groups()).isEmpty();
        assertThat(matrix.actorTotals()).isEmpty();
        assertThat(Arrays.asList(matrix.filter().isActive(), MatrixFilter.none().isActive()))
                .containsExactly(true, false);
    }
}
