package org.missionplanner.monitoring;

import java.util.List;
import org.missionplanner.plan.IndicatorView;
import org.missionplanner.plan.PlanView;
import org.missionplanner.plan.Tally;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TaskView;
import org.missionplanner.shared.GroupPages;

/** What the monitoring pages show: the plan's dashboard, one indicator's record, one task's record. */
public final class MonitoringViews {

    private MonitoringViews() {}

    /**
     * The plan's dashboard: tasks by status, indicators off track, one page of the indicators (whole
     * objectives) with their latest value, and the latest measurements and status reports recorded.
     * Everything but {@code indicators} describes the whole plan.
     *
     * @param indicators the indicators on this page
     * @param indicatorCount the plan's indicators, on every page
     * @param pages the pages of indicators and which one this is
     */
    public record Dashboard(
            PlanView plan,
            long taskCount,
            List<Tally<TaskStatus>> tasksByStatus,
            List<IndicatorLine> indicators,
            int indicatorCount,
            GroupPages pages,
            List<IndicatorLine> offTrack,
            List<RecentMeasurement> recentMeasurements,
            List<RecentUpdate> recentUpdates) {}

    /** An indicator with the result and objective it measures. */
    public record IndicatorLine(IndicatorView indicator, String result, String objective) {}

    public record RecentMeasurement(MeasurementView measurement, IndicatorView indicator) {}

    public record RecentUpdate(StatusUpdateView update, String taskTitle) {}

    /** One indicator with its measurements, oldest first. */
    public record IndicatorRecord(PlanView plan, IndicatorLine line, List<MeasurementView> measurements) {}

    /** One task, what it serves, and its status reports, newest first. */
    public record TaskRecord(
            PlanView plan, TaskView task, String objective, String result, List<StatusUpdateView> updates) {}
}
