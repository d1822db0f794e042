package org.missionplanner.monitoring;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionplanner.monitoring.MonitoringViews.Dashboard;
import org.missionplanner.monitoring.MonitoringViews.IndicatorLine;
import org.missionplanner.monitoring.MonitoringViews.IndicatorRecord;
import org.missionplanner.monitoring.MonitoringViews.RecentMeasurement;
import org.missionplanner.monitoring.MonitoringViews.RecentUpdate;
import org.missionplanner.monitoring.MonitoringViews.TaskRecord;
import org.missionplanner.plan.IndicatorView;
import org.missionplanner.plan.PartType;
import org.missionplanner.plan.PlanDirectory;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.ResultView;
import org.missionplanner.plan.Tally;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TaskView;
import org.missionplanner.shared.GroupPages;
import org.missionplanner.shared.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the monitoring record of a plan: its dashboard, an indicator's measurements, a task's
 * status reports. Each read runs a bounded number of statements whatever the plan's size.
 */
@Service
@Transactional(readOnly = true)
public class PlanMonitoring {

    /** How many of the latest measurements and status reports the dashboard lists. */
    public static final int RECENT = 8;

    private final PlanQueries queries;
    private final PlanDirectory plans;
    private final MeasurementRepository measurements;
    private final TaskStatusUpdateRepository statusUpdates;

    PlanMonitoring(
            PlanQueries queries,
            PlanDirectory plans,
            MeasurementRepository measurements,
            TaskStatusUpdateRepository statusUpdates) {
        this.queries = queries;
        this.plans = plans;
        this.measurements = measurements;
        this.statusUpdates = statusUpdates;
    }

    /** About how many indicators a page of the dashboard lists: whole objectives, never one cut in two. */
    public static final int INDICATORS_PER_PAGE = 60;

    /**
     * The plan's dashboard with one page of its indicators ({@code page} from 0; out of range gives
     * the nearest page). The figures, the indicators off track and the latest records cover the whole plan.
     */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public Dashboard dashboard(long planId, int page) {
        return dashboardOf(queries.outline(planId), page);
    }

    /**
     * The dashboard of an outline already read, such as the plan's version in force: its indicators
     * with their live measurements (matched by id), the plan's latest records of those indicators and tasks.
     */
    @PreAuthorize("@planAccess.canView(#outline.plan().id(), authentication)")
    public Dashboard dashboardOf(PlanOutline outline, int page) {
        long planId = outline.plan().id();
        List<List<IndicatorLine>> byObjective = outline.objectives().stream()
                .map(PlanMonitoring::indicatorLines)
                .filter(l -> !l.isEmpty())
                .toList();
        GroupPages pages = GroupPages.of(byObjective.stream().map(List::size).toList(), INDICATORS_PER_PAGE, page);
        List<IndicatorLine> lines = indicatorLines(outline);
        Map<Long, IndicatorView> indicators =
                outline.allIndicators().stream().collect(Collectors.toMap(IndicatorView::id, Function.identity()));
        Map<Long, String> taskTitles =
                outline.allTasks().stream().collect(Collectors.toMap(TaskView::id, TaskView::title));
        List<TaskView> tasks = outline.allTasks();
        Map<TaskStatus, Long> counts =
                tasks.stream().collect(Collectors.groupingBy(TaskView::status, Collectors.counting()));
        return new Dashboard(
                outline.plan(),
                tasks.size(),
                Arrays.stream(TaskStatus.values())
                        .map(s -> new Tally<>(s, counts.getOrDefault(s, 0L)))
                        .toList(),
                pages.slice(byObjective).stream().flatMap(List::stream).toList(),
                lines.size(),
                pages,
                lines.stream().filter(l -> l.indicator().offTrack()).toList(),
                measurements.findRecentByPlan(planId, Limit.of(RECENT)).stream()
                        .filter(m -> indicators.containsKey(m.getIndicatorId()))
                        .map(m -> new RecentMeasurement(MeasurementView.of(m), indicators.get(m.getIndicatorId())))
                        .toList(),
                statusUpdates.findRecentByPlan(planId, Limit.of(RECENT)).stream()
                        .filter(u -> taskTitles.containsKey(u.getTaskId()))
                        .map(u -> new RecentUpdate(StatusUpdateView.of(u), taskTitles.get(u.getTaskId())))
                        .toList());
    }

    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public IndicatorRecord indicator(long planId, long indicatorId) {
        PlanOutline outline = queries.outline(planId);
        IndicatorLine line = indicatorLines(outline).stream()
                .filter(l -> l.indicator().id() == indicatorId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Indicator", indicatorId));
        return new IndicatorRecord(outline.plan(), line, views(measurements.findByIndicator(indicatorId)));
    }

    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public TaskRecord task(long planId, long taskId) {
        PlanOutline outline = queries.outline(planId);
        TaskView task = outline.allTasks().stream()
                .filter(t -> t.id() == taskId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Task", taskId));
        Map<Long, String> objectives = new HashMap<>();
        outline.objectives()
                .forEach(o -> objectives.put(o.objective().id(), o.objective().title()));
        String result = outline.allResults().stream()
                .filter(r -> task.resultId() != null && r.id() == task.resultId())
                .map(ResultView::title)
                .findFirst()
                .orElse(null);
        return new TaskRecord(
                outline.plan(),
                task,
                objectives.get(task.objectiveId()),
                result,
                statusUpdates.findByTask(taskId).stream()
                        .map(StatusUpdateView::of)
                        .toList());
    }

    /** An indicator's measurements, oldest first. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public List<MeasurementView> measurements(long planId, long indicatorId) {
        if (!plans.hasPart(planId, PartType.INDICATOR, indicatorId)) {
            throw new NotFoundException("Indicator", indicatorId);
        }
        return views(measurements.findByIndicator(indicatorId));
    }

    /** Every measurement of the plan's indicators, by indicator and then oldest first, in one statement. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public List<MeasurementView> measurementsOfPlan(long planId) {
        return views(measurements.findByPlan(planId));
    }

    /** A task's status reports, newest first. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public List<StatusUpdateView> statusUpdates(long planId, long taskId) {
        if (!plans.hasPart(planId, PartType.TASK, taskId)) {
            throw new NotFoundException("Task", taskId);
        }
        return statusUpdates.findByTask(taskId).stream()
                .map(StatusUpdateView::of)
                .toList();
    }

    private static List<MeasurementView> views(List<Measurement> recorded) {
        return recorded.stream().map(MeasurementView::of).toList();
    }

    private static List<IndicatorLine> indicatorLines(PlanOutline outline) {
        return outline.objectives().stream()
                .flatMap(o -> indicatorLines(o).stream())
                .toList();
    }

    private static List<IndicatorLine> indicatorLines(PlanOutline.ObjectiveNode objective) {
        return objective.results().stream()
                .flatMap(r -> r.indicators().stream()
                        .map(i -> new IndicatorLine(
                                i, r.result().title(), objective.objective().title())))
                .toList();
    }
}
