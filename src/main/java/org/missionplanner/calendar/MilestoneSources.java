package org.missionplanner.calendar;

import java.util.List;
import java.util.Map;
import org.missionplanner.coordination.OverdueAction;
import org.missionplanner.mission.MandateDates.ResolutionDates;
import org.missionplanner.plan.PlanDates.BenchmarkDue;
import org.missionplanner.plan.PlanDates.Period;
import org.missionplanner.review.ReviewDecisionDates.Decision;

/** What the calendar reads from the other modules for some missions, before it is turned into milestones. */
record MilestoneSources(
        Map<Long, String> acronyms,
        List<StageView> stages,
        List<ResolutionDates> resolutions,
        List<Period> periods,
        List<BenchmarkDue> benchmarks,
        List<Decision> decisions,
        List<OverdueAction> overdue) {

    static MilestoneSources empty() {
        return new MilestoneSources(Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
