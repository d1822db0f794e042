package org.missionplanner.planview;

import java.math.BigDecimal;
import java.util.List;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.mission.MandateCategory;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.IndicatorView;
import org.missionplanner.plan.Share;
import org.missionplanner.plan.Tally;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TimeHorizon;

/**
 * The figures that show how coherent a plan is, each computed from the plan itself: how much of
 * the work serves a strategic objective (the rest is the "strategic deficit"), who leads it, how
 * much is rooted in national institutions, how it is funded, which objectives and results cannot be
 * measured, which mandated tasks no task implements, and how the tasks spread over dimensions,
 * horizons and statuses. Computed by {@link CoherenceFigures}.
 */
public record CoherenceReport(
        long planId,
        long missionId,
        long taskCount,
        Share linked,
        Share unlinked,
        Share withoutLead,
        Share withCounterpart,
        Share unfunded,
        List<FundingLine> funding,
        List<Amount> fundedTotals,
        List<Element> objectivesWithoutResults,
        List<Element> objectivesWithoutIndicators,
        List<Element> resultsWithoutIndicators,
        MandateCoverage mandate,
        List<LeadCount> topLeads,
        List<Tally<Dimension>> tasksByDimension,
        List<Tally<TimeHorizon>> tasksByHorizon,
        List<Tally<TaskStatus>> tasksByStatus,
        long indicatorCount,
        List<IndicatorView> offTrackIndicators,
        FundingGap fundingGap,
        List<CoherenceElement> elements) {

    /** How many actors the report names among those carrying the most leads. */
    public static final int TOP_LEADS = 5;

    /** An objective or result the report points at. */
    public record Element(long id, String title) {}

    /** A sum of money in one currency. */
    public record Amount(String currency, BigDecimal total) {}

    /** The tasks funded from one source and their amounts, one sum per currency. */
    public record FundingLine(FundingSource source, long tasks, List<Amount> amounts) {}

    /**
     * What the tasks need, what their sources pledged and disbursed, and the gap between need and
     * pledges, per source and currency and in total per currency. The tasks with funding detail
     * count their lines; an unfunded task's amount counts as required with nothing pledged; the
     * other tasks without detail are only counted, as {@code tasksWithoutDetail}.
     */
    public record FundingGap(long tasksWithoutDetail, List<GapLine> bySource, List<GapLine> totals) {

        public boolean isEmpty() {
            return bySource.isEmpty();
        }
    }

    /** One source (null in a total) in one currency: required, pledged, disbursed and the gap. */
    public record GapLine(
            FundingSource source,
            String currency,
            BigDecimal required,
            BigDecimal pledged,
            BigDecimal disbursed,
            BigDecimal gap) {}

    /** An actor and the number of tasks it leads. */
    public record LeadCount(NamedParty actor, long tasks) {}

    /**
     * The task categories of the mandate in force that no task of the plan implements;
     * {@code resolution} is null when no mandate is in force.
     */
    public record MandateCoverage(String resolution, List<MandateCategory> mandated, List<MandateCategory> uncovered) {

        public boolean inForce() {
            return resolution != null;
        }
    }
}
