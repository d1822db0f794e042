package org.missionplanner.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyLookup;
import org.missionplanner.actor.PartyNames;
import org.missionplanner.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the outline a part at a time, so that a plan of any size opens at once: the summary of its
 * objectives, then one objective's results, indicators and tasks when it is opened, or the tasks
 * that serve no objective. Each read runs a fixed number of statements and loads only what it shows.
 */
@Service
@Transactional(readOnly = true)
public class OutlineQueries {

    /** A plan with at most this many objectives, results, indicators and tasks opens whole. */
    public static final int WHOLE_UP_TO = 60;

    private final PlanQueries queries;
    private final PlanRepository plans;
    private final PlanObjectiveRepository objectives;
    private final PlanResultRepository results;
    private final IndicatorRepository indicators;
    private final BenchmarkRepository benchmarks;
    private final PlanTaskRepository tasks;
    private final IndicatorReadings readings;
    private final PartyLookup parties;
    private final PartRepositories repositories;

    OutlineQueries(
            PlanQueries queries,
            PlanRepository plans,
            PlanObjectiveRepository objectives,
            PlanResultRepository results,
            IndicatorRepository indicators,
            BenchmarkRepository benchmarks,
            PlanTaskRepository tasks,
            IndicatorReadings readings,
            PartyLookup parties,
            PartRepositories repositories) {
        this.queries = queries;
        this.plans = plans;
        this.objectives = objectives;
        this.results = results;
        this.indicators = indicators;
        this.benchmarks = benchmarks;
        this.tasks = tasks;
        this.readings = readings;
        this.parties = parties;
        this.repositories = repositories;
    }

    /**
     * The outline as it first opens: a small plan whole, a larger one as its objectives with their
     * counts (see {@link #WHOLE_UP_TO}).
     */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public OutlineSummary summary(long planId) {
        if (countsOf(planId).total() <= WHOLE_UP_TO) {
            return OutlineSummary.of(queries.read(planId));
        }
        Plan plan = queries.find(planId);
        Map<Long, Long> resultCounts = counts(results.countByObjective(planId));
        Map<Long, Long> indicatorCounts = counts(indicators.countByObjective(planId));
        Map<Long, long[]> taskCounts = new HashMap<>();
        for (Object[] row : tasks.countByObjective(planId)) {
            taskCounts.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        long[] none = {0, 0};
        List<OutlineSummary.ObjectiveSummary> summaries = objectives.findByPlan(planId).stream()
                .map(o -> {
                    long[] t = taskCounts.getOrDefault(o.getId(), none);
                    return new OutlineSummary.ObjectiveSummary(
                            ObjectiveView.of(o),
                            resultCounts.getOrDefault(o.getId(), 0L).intValue(),
                            indicatorCounts.getOrDefault(o.getId(), 0L).intValue(),
                            (int) t[0],
                            (int) t[1]);
                })
                .toList();
        List<BenchmarkView> ofPlan = benchmarks.findByPlan(planId).stream()
                .filter(b -> b.getObjectiveId() == null)
                .map(BenchmarkView::of)
                .toList();
        return new OutlineSummary(
                queries.view(plan), summaries, (int) taskCounts.getOrDefault(null, none)[0], ofPlan, null);
    }

    /** How many objectives, results, indicators and tasks the plan has. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public OutlineCounts counts(long planId) {
        return countsOf(planId);
    }

    private OutlineCounts countsOf(long planId) {
        return plans.countParts(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
    }

    /** One objective's part of the outline: its results with their indicators and tasks, its other tasks and benchmarks. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public PlanOutline.ObjectiveNode objective(long planId, long objectiveId) {
        Plan plan = queries.find(planId);
        Objective objective = objectives
                .findById(objectiveId)
                .filter(o -> o.getPlanId() == planId)
                .orElseThrow(() -> new NotFoundException("Objective", objectiveId));
        LocalDate today = queries.today();
        List<Indicator> planIndicators = indicators.findByObjective(planId, objectiveId);
        Map<Long, IndicatorReadings.Reading> latest =
                readings.latestOf(planIndicators.stream().map(Indicator::getId).toList());
        Map<Long, List<IndicatorView>> indicatorsByResult = planIndicators.stream()
                .map(i -> IndicatorView.of(i, latest.get(i.getId()), today))
                .collect(Collectors.groupingBy(IndicatorView::resultId));
        List<TaskView> taskViews = views(plan, tasks.findByObjective(planId, objectiveId));
        Map<Long, List<TaskView>> tasksByResult =
                taskViews.stream().filter(t -> t.resultId() != null).collect(Collectors.groupingBy(TaskView::resultId));
        return new PlanOutline.ObjectiveNode(
                ObjectiveView.of(objective),
                results.findByObjective(planId, objectiveId).stream()
                        .map(ResultView::of)
                        .map(r -> new PlanOutline.ResultNode(
                                r,
                                indicatorsByResult.getOrDefault(r.id(), List.of()),
                                tasksByResult.getOrDefault(r.id(), List.of())))
                        .toList(),
                taskViews.stream().filter(t -> t.resultId() == null).toList(),
                benchmarks.findByObjective(planId, objectiveId).stream()
                        .map(BenchmarkView::of)
                        .toList());
    }

    /** The plan's tasks that serve no objective yet. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public List<TaskView> unlinkedTasks(long planId) {
        return views(queries.find(planId), tasks.findUnlinked(planId));
    }

    /** The whole outline cut down to what the filter matches, each match with its objective. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public PlanOutline matching(long planId, OutlineFilter filter) {
        return filter.apply(queries.read(planId));
    }

    /**
     * The objective under which a part of the plan is shown on the outline: the objective itself,
     * that of a result, of an indicator's result, of a task or benchmark; null for a task or
     * benchmark of no objective, a risk, or a part that no longer exists.
     */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public Long objectiveOf(PartKind<?, ?, ?> kind, long planId, long partId) {
        if (kind == PartKind.OBJECTIVE) {
            return partId;
        }
        return repositories.of(kind).objectiveOf(planId, partId).orElse(null);
    }

    private List<TaskView> views(Plan plan, List<PlanTask> planTasks) {
        List<Party> named = new ArrayList<>();
        planTasks.forEach(t -> {
            named.add(t.getLead());
            named.addAll(t.getSupporters());
            named.addAll(t.getNationalCounterparts());
        });
        PartyNames names = parties.names(
                plan.getMissionId(), named.stream().filter(Objects::nonNull).toList());
        return planTasks.stream().map(t -> TaskView.of(t, names, plan)).toList();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
