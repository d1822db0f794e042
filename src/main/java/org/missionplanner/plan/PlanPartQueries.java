package org.missionplanner.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyLookup;
import org.missionplanner.actor.PartyNames;
import org.missionplanner.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one kind of a plan's parts, or one part, without reading the whole plan: what the API
 * answers for {@code /plans/{id}/tasks} and {@code /plans/{id}/tasks/{taskId}}. A part asked for
 * under another plan than its own is "not found".
 */
@Service
@Transactional(readOnly = true)
public class PlanPartQueries {

    private final PlanRepository plans;
    private final PlanObjectiveRepository objectives;
    private final PlanResultRepository results;
    private final IndicatorRepository indicators;
    private final BenchmarkRepository benchmarks;
    private final PlanTaskRepository tasks;
    private final RiskRepository risks;
    private final IndicatorReadings readings;
    private final PartyLookup parties;

    PlanPartQueries(
            PlanRepository plans,
            PlanObjectiveRepository objectives,
            PlanResultRepository results,
            IndicatorRepository indicators,
            BenchmarkRepository benchmarks,
            PlanTaskRepository tasks,
            RiskRepository risks,
            IndicatorReadings readings,
            PartyLookup parties) {
        this.plans = plans;
        this.objectives = objectives;
        this.results = results;
        this.indicators = indicators;
        this.benchmarks = benchmarks;
        this.tasks = tasks;
        this.risks = risks;
        this.readings = readings;
        this.parties = parties;
    }

    /** The plan's objectives in their chosen order. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public List<ObjectiveView> objectives(long planId) {
        requirePlan(planId);
        return objectives.findByPlan(planId).stream().map(ObjectiveView::of).toList();
    }

    /** One objective of the plan. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public ObjectiveView objective(long planId, long objectiveId) {
        return ObjectiveView.of(
                part(objectives.findById(objectiveId), planId, Objective::getPlanId, "Objective", objectiveId));
    }

    /** The plan's objectives in their order, each with its results in theirs: what a form offers to choose from. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public List<ObjectiveResults> objectivesWithResults(long planId) {
        requirePlan(planId);
        Map<Long, List<ResultView>> resultsByObjective = results.findByPlan(planId).stream()
                .map(ResultView::of)
                .collect(Collectors.groupingBy(ResultView::objectiveId));
        return objectives.findByPlan(planId).stream()
                .map(o -> new ObjectiveResults(
                        ObjectiveView.of(o), resultsByObjective.getOrDefault(o.getId(), List.of())))
                .toList();
    }

    /** The plan's results, each naming its objective. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public List<ResultView> results(long planId) {
        requirePlan(planId);
        return results.findByPlan(planId).stream().map(ResultView::of).toList();
    }

    /** One result of the plan. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public ResultView result(long planId, long resultId) {
        return ResultView.of(part(results.findById(resultId), planId, PlanResult::getPlanId, "Result", resultId));
    }

    /** The plan's indicators, each with its latest measurement and progress. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public List<IndicatorView> indicators(long planId) {
        requirePlan(planId);
        Map<Long, IndicatorReadings.Reading> latest = readings.latestOfPlan(planId);
        var today = parties.today();
        return indicators.findByPlan(planId).stream()
                .map(i -> IndicatorView.of(i, latest.get(i.getId()), today))
                .toList();
    }

    /** One indicator of the plan with its latest measurement and progress. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public IndicatorView indicator(long planId, long indicatorId) {
        Indicator indicator =
                part(indicators.findById(indicatorId), planId, Indicator::getPlanId, "Indicator", indicatorId);
        return IndicatorView.of(indicator, readings.latestOf(indicatorId).orElse(null), parties.today());
    }

    /** The plan's benchmarks, with or without an objective. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public List<BenchmarkView> benchmarks(long planId) {
        requirePlan(planId);
        return benchmarks.findByPlan(planId).stream().map(BenchmarkView::of).toList();
    }

    /** One benchmark of the plan. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public BenchmarkView benchmark(long planId, long benchmarkId) {
        return BenchmarkView.of(
                part(benchmarks.findById(benchmarkId), planId, Benchmark::getPlanId, "Benchmark", benchmarkId));
    }

    /** The plan's tasks in plan order, with lead and supporters named. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public List<TaskView> tasks(long planId) {
        Plan plan = requirePlan(planId);
        List<PlanTask> planTasks = tasks.findByPlan(planId);
        List<Party> named = new ArrayList<>();
        planTasks.forEach(t -> {
            named.add(t.getLead());
            named.addAll(t.getSupporters());
            named.addAll(t.getNationalCounterparts());
        });
        PartyNames names = names(plan, named);
        return planTasks.stream().map(t -> TaskView.of(t, names, plan)).toList();
    }

    /** One task of the plan with its lead and supporters named. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public TaskView task(long planId, long taskId) {
        Plan plan = requirePlan(planId);
        PlanTask task = part(tasks.findById(taskId), planId, PlanTask::getPlanId, "Task", taskId);
        List<Party> named = new ArrayList<>(task.getSupporters());
        named.addAll(task.getNationalCounterparts());
        named.add(task.getLead());
        return TaskView.of(task, names(plan, named), plan);
    }

    /** The plan's risks and dilemmas with their owners named. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public List<RiskView> risks(long planId) {
        Plan plan = requirePlan(planId);
        List<Risk> planRisks = risks.findByPlan(planId);
        PartyNames names = names(plan, planRisks.stream().map(Risk::getOwner).toList());
        return planRisks.stream().map(r -> RiskView.of(r, names)).toList();
    }

    /** One risk of the plan. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public RiskView risk(long planId, long riskId) {
        Plan plan = requirePlan(planId);
        Risk risk = part(risks.findById(riskId), planId, Risk::getPlanId, "Risk", riskId);
        return RiskView.of(risk, names(plan, Collections.singletonList(risk.getOwner())));
    }

    private PartyNames names(Plan plan, Collection<Party> named) {
        return parties.names(
                plan.getMissionId(), named.stream().filter(Objects::nonNull).toList());
    }

    private Plan requirePlan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
    }

    private static <T> T part(Optional<T> found, long planId, Function<T, Long> planOf, String what, long id) {
        return found.filter(p -> planOf.apply(p) == planId).orElseThrow(() -> new NotFoundException(what, id));
    }
}
