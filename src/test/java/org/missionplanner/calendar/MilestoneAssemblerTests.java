package org.missionplanner.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionplanner.coordination.OverdueAction;
import org.missionplanner.mission.MandateDates.ResolutionDates;
import org.missionplanner.plan.PlanDates.BenchmarkDue;
import org.missionplanner.plan.PlanDates.Period;
import org.missionplanner.review.ReviewDecisionDates.Decision;
import org.missionplanner.shared.BusinessRuleException;

/** Milestones from each source, their links, the budget years and the range, without a database. */
class MilestoneAssemblerTests {

    static final LocalDate TODAY = LocalDate.of(2004, 5, 10);

    static MilestoneSources unmil() {
        return new MilestoneSources(
                Map.of(7L, "UNMIL"),
                List.of(
                        new StageView(
                                1,
                                7,
                                StageKind.MISSION_CONCEPT,
                                null,
                                LocalDate.of(2003, 9, 1),
                                LocalDate.of(2003, 9, 30),
                                "IMTF",
                                0),
                        new StageView(
                                2,
                                7,
                                StageKind.PLANNING_DIRECTIVE,
                                "Directive",
                                null,
                                LocalDate.of(2003, 8, 20),
                                null,
                                0)),
                List.of(new ResolutionDates(
                        11,
                        7,
                        "S/RES/1509 (2003)",
                        LocalDate.of(2003, 9, 19),
                        LocalDate.of(2004, 9, 19),
                        List.of(LocalDate.of(2004, 3, 15), LocalDate.of(2004, 8, 15)))),
                List.of(new Period(
                        21, 7, "ISF 2004-2006", LocalDate.of(2004, 1, 1), LocalDate.of(2006, 12, 31), "APPROVED")),
                List.of(
                        new BenchmarkDue(
                                31,
                                21,
                                7,
                                "ISF 2004-2006",
                                41L,
                                "Disarmament completed",
                                LocalDate.of(2004, 10, 31),
                                true),
                        new BenchmarkDue(
                                32, 21, 7, "ISF 2004-2006", null, "Elections held", LocalDate.of(2005, 10, 11), false)),
                List.of(
                        new Decision(21, 1, false, Instant.parse("2004-02-01T10:00:00Z"), "HQ Reviewer"),
                        new Decision(21, 2, true, Instant.parse("2004-02-20T23:30:00Z"), "HQ Reviewer"),
                        new Decision(99, 1, true, Instant.parse("2004-02-20T10:00:00Z"), "unknown plan")),
                List.of(new OverdueAction(
                        51,
                        7,
                        "UNMIL",
                        61,
                        "Senior Management Group",
                        null,
                        "Send the joint assessment",
                        "SRSG",
                        LocalDate.of(2004, 5, 1),
                        0)));
    }

    static List<Milestone> assemble(MilestoneSources sources, CalendarRange range) {
        return MilestoneAssembler.assemble(sources, range, ZoneOffset.UTC, "/missions/7");
    }

    @Test
    void turnsEverySourceIntoDatedMilestonesLinkedToTheirSubjectInDateOrder() {
        var range = new CalendarRange(LocalDate.of(2003, 1, 1), LocalDate.of(2006, 12, 31));
        List<Milestone> milestones = assemble(unmil(), range);

        assertThat(milestones).extracting(Milestone::date).isSorted();
        assertThat(milestones)
                .filteredOn(m -> m.kind() == MilestoneKind.MANDATE_EXPIRY)
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.date()).isEqualTo(LocalDate.of(2004, 9, 19));
                    assertThat(m.title()).isEqualTo("Mandate expires (S/RES/1509 (2003))");
                    assertThat(m.link()).isEqualTo("/missions/7/mandate");
                    assertThat(m.missionAcronym()).isEqualTo("UNMIL");
                });
        assertThat(milestones)
                .filteredOn(m -> m.kind() == MilestoneKind.SG_REPORT_DUE)
                .extracting(Milestone::date)
                .containsExactly(LocalDate.of(2004, 3, 15), LocalDate.of(2004, 8, 15));
        assertThat(milestones)
                .filteredOn(m -> m.kind() == MilestoneKind.BENCHMARK_DUE)
                .extracting(Milestone::link)
                .containsExactly("/plans/21/objectives/41/outline#benchmark-31", "/plans/21#benchmark-32");
        assertThat(milestones)
                .filteredOn(m -> m.kind() == MilestoneKind.STAGE_START || m.kind() == MilestoneKind.STAGE_END)
                .extracting(Milestone::title)
                .containsExactly("Directive due", "Mission concept begins", "Mission concept ends");
        assertThat(milestones)
                .filteredOn(m -> m.kind() == MilestoneKind.PLAN_START || m.kind() == MilestoneKind.PLAN_END)
                .extracting(Milestone::link)
                .containsOnly("/plans/21");
        assertThat(milestones)
                .filteredOn(m -> m.kind() == MilestoneKind.PLAN_APPROVED || m.kind() == MilestoneKind.PLAN_RETURNED)
                .extracting(Milestone::kind, Milestone::date, Milestone::link)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                MilestoneKind.PLAN_RETURNED, LocalDate.of(2004, 2, 1), "/plans/21/versions"),
                        org.assertj.core.groups.Tuple.tuple(
                                MilestoneKind.PLAN_APPROVED, LocalDate.of(2004, 2, 20), "/plans/21/versions"));
        assertThat(milestones)
                .filteredOn(m -> m.kind() == MilestoneKind.ACTION_OVERDUE)
                .singleElement()
                .extracting(Milestone::link)
                .isEqualTo("/missions/7/coordination/bodies/61");
        assertThat(milestones).extracting(Milestone::uid).doesNotHaveDuplicates();
    }

    @Test
    void marksEachFirstOfJulyInTheRangeAsTheStartOfABudgetYear() {
        var range = new CalendarRange(LocalDate.of(2003, 7, 2), LocalDate.of(2005, 7, 1));
        List<Milestone> years = assemble(MilestoneSources.empty(), range);

        assertThat(years)
                .extracting(Milestone::date)
                .containsExactly(LocalDate.of(2004, 7, 1), LocalDate.of(2005, 7, 1));
        assertThat(years)
                .extracting(Milestone::title)
                .containsExactly("Peacekeeping budget year 2004/05 begins", "Peacekeeping budget year 2005/06 begins");
        assertThat(years).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MilestoneKind.BUDGET_YEAR);
            assertThat(m.missionId()).isNull();
        });
        assertThat(assemble(
                        MilestoneSources.empty(),
                        new CalendarRange(LocalDate.of(2004, 7, 2), LocalDate.of(2005, 6, 30))))
                .isEmpty();
        assertThat(MilestoneAssembler.budgetYears(
                        new CalendarRange(LocalDate.of(1999, 7, 1), LocalDate.of(1999, 7, 1)), null))
                .extracting(Milestone::subject)
                .containsExactly("1999/00");
    }

    @Test
    void leavesOutWhatFallsOutsideTheRange() {
        var range = new CalendarRange(LocalDate.of(2004, 9, 1), LocalDate.of(2004, 9, 30));
        assertThat(assemble(unmil(), range)).extracting(Milestone::kind).containsExactly(MilestoneKind.MANDATE_EXPIRY);
    }

    @Test
    void choosesARangeThatShowsTheDataAndAYearAroundToday() {
        var dates = MilestoneAssembler.dataDates(unmil(), ZoneOffset.UTC);
        var range = CalendarRange.of(null, null, dates, TODAY);
        assertThat(range.from()).isEqualTo(TODAY.minusYears(1));
        assertThat(range.to()).isEqualTo(LocalDate.of(2006, 12, 31));

        var empty = CalendarRange.of(null, null, List.of(), TODAY);
        assertThat(empty).isEqualTo(new CalendarRange(TODAY.minusYears(1), TODAY.plusYears(1)));

        var onlyFrom = CalendarRange.of(LocalDate.of(2010, 1, 1), null, dates, TODAY);
        assertThat(onlyFrom.to()).isEqualTo(LocalDate.of(2010, 1, 1));

        assertThatThrownBy(() -> CalendarRange.of(LocalDate.of(2005, 1, 1), LocalDate.of(2004, 1, 1), dates, TODAY))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("calendar.range.reversed");
        assertThatThrownBy(() -> new CalendarRange(LocalDate.of(1900, 1, 1), LocalDate.of(2004, 1, 1)))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void shortensLongDescriptionsToOneLine() {
        assertThat(MilestoneAssembler.shorten("  Two\n lines  ")).isEqualTo("Two lines");
        String shortened = MilestoneAssembler.shorten("x".repeat(300));
        assertThat(shortened).hasSize(MilestoneAssembler.MAX_SUBJECT).endsWith("…");
    }
}
