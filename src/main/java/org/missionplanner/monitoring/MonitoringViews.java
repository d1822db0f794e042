package org.missionplanner.monitoring;

import java.util.List;
import org.missionplanner.plan.IndicatorView;
import org.missionplanner.plan.PlanView;
import org.missionplanner.plan.Tally;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TaskView;

/** What the monitoring pages show: the plan's dashboard, one indicator's record, one task's record. */
public final class MonitoringViews {

    private MonitoringViews() {}

    /**
     * The plan's dashboard: tasks by status, indicators off track, every indicator with its latest
     * value, and the latest measurements and status reports recorded.
     */
    public record Dashboard(
            PlanView plan,
            long taskCount,
            List<Tally<TaskStatus>> tasksByStatus,
            List<IndicatorLine> indicators,
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
