package org.missionplanner.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyLookup;
import org.missionplanner.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planners of a mission build its plans. Only a draft plan changes; every change names the
 * version the planner saw, and each element carries its own version, so that two planners editing
 * different tasks of one plan do not conflict while two editing the same task do. Every rule is
 * checked before anything is saved, and a refusal names the field it concerns.
 */
@Service
@Transactional
public class PlanEditing {

    /** Which way an element moves among its siblings. */
    public enum Direction {
        UP,
        DOWN
    }

    private final PlanRepository plans;
    private final PlanObjectiveRepository objectives;
    private final PlanResultRepository results;
    private final IndicatorRepository indicators;
    private final BenchmarkRepository benchmarks;
    private final PlanTaskRepository tasks;
    private final RiskRepository risks;
    private final PartyLookup parties;
    private final Clock clock;

    PlanEditing(
            PlanRepository plans,
            PlanObjectiveRepository objectives,
            PlanResultRepository results,
            IndicatorRepository indicators,
            BenchmarkRepository benchmarks,
            PlanTaskRepository tasks,
            RiskRepository risks,
            PartyLookup parties,
            ObjectProvider<Clock> clock) {
        this.plans = plans;
        this.objectives = objectives;
        this.results = results;
        this.indicators = indicators;
        this.benchmarks = benchmarks;
        this.tasks = tasks;
        this.risks = risks;
        this.parties = parties;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    // --- the plan itself ---

    /** Refuses a user who may not start plans for the mission, before a form is shown. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void checkCanCreate(long missionId) {
        parties.requireMission(missionId);
    }

    /** Refuses a user who may not edit the plan, before a form is shown; false when the plan is not a draft. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public boolean checkEditable(long planId) {
        return plan(planId).getStatus().isEditable();
    }

    /** Starts a draft plan for the mission; returns its id. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public long createPlan(long missionId, PlanDetails details) {
        parties.requireMission(missionId);
        PlanRules.checkPlan(details);
        return plans.save(new Plan(missionId, details, Instant.now(clock))).getId();
    }

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void updatePlan(long planId, long version, PlanDetails details) {
        Plan plan = editablePlan(planId);
        requireVersion(plan.getVersion(), version, Plan.class, planId);
        PlanRules.checkPlan(details);
        plan.describe(details);
        plans.flush();
    }

    /** Deletes a draft plan with all its parts. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void deletePlan(long planId, long version) {
        Plan plan = editablePlan(planId);
        requireVersion(plan.getVersion(), version, Plan.class, planId);
        plans.delete(plan);
    }

    // --- objectives ---

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public long addObjective(long planId, ObjectiveDetails details) {
        editablePlan(planId);
        PlanRules.checkObjective(details);
        return objectives
                .save(new Objective(planId, objectives.maxPosition(planId) + 1, details))
                .getId();
    }

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void updateObjective(long planId, long objectiveId, long version, ObjectiveDetails details) {
        editablePlan(planId);
        Objective objective = current(
                objectives.findById(objectiveId), planId, Objective::getPlanId, "Objective", objectiveId, version);
        PlanRules.checkObjective(details);
        objective.describe(details);
        objectives.flush();
    }

    /** Deletes an objective with its results and their indicators; its tasks stay, unlinked. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void deleteObjective(long planId, long objectiveId, long version) {
        editablePlan(planId);
        Objective objective = current(
                objectives.findById(objectiveId), planId, Objective::getPlanId, "Objective", objectiveId, version);
        objectives.delete(objective);
        objectives.flush();
    }

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void moveObjective(long planId, long objectiveId, long version, Direction direction) {
        editablePlan(planId);
        List<Objective> siblings = objectives.findByPlan(planId);
        move(siblings, find(siblings, Objective::getId, objectiveId, "Objective"), version, direction);
        objectives.flush();
    }

    // --- results ---

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public long addResult(long planId, ResultDetails details) {
        editablePlan(planId);
        rules(planId, List.of()).checkResult(details);
        return results.save(new PlanResult(planId, results.maxPosition(planId) + 1, details))
                .getId();
    }

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void updateResult(long planId, long resultId, long version, ResultDetails details) {
        editablePlan(planId);
        PlanResult result =
                current(results.findById(resultId), planId, PlanResult::getPlanId, "Result", resultId, version);
        rules(planId, List.of()).checkResult(details);
        result.describe(details);
        results.flush();
    }

    /** Deletes a result with its indicators; its tasks stay under the objective. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void deleteResult(long planId, long resultId, long version) {
        editablePlan(planId);
        PlanResult result =
                current(results.findById(resultId), planId, PlanResult::getPlanId, "Result", resultId, version);
        results.delete(result);
        results.flush();
    }

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void moveResult(long planId, long resultId, long version, Direction direction) {
        editablePlan(planId);
        List<PlanResult> all = results.findByPlan(planId);
        PlanResult result = find(all, PlanResult::getId, resultId, "Result");
        move(
                all.stream()
                        .filter(r -> r.getObjectiveId() == result.getObjectiveId())
                        .toList(),
                result,
                version,
                direction);
        results.flush();
    }

    // --- indicators ---

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public long addIndicator(long planId, IndicatorDetails details) {
        editablePlan(planId);
        rules(planId, List.of()).checkIndicator(details);
        return indicators
                .save(new Indicator(planId, indicators.maxPosition(planId) + 1, details))
                .getId();
    }

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void updateIndicator(long planId, long indicatorId, long version, IndicatorDetails details) {
        editablePlan(planId);
        Indicator indicator = current(
                indicators.findById(indicatorId), planId, Indicator::getPlanId, "Indicator", indicatorId, version);
        rules(planId, List.of()).checkIndicator(details);
        indicator.describe(details);
        indicators.flush();
    }

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void deleteIndicator(long planId, long indicatorId, long version) {
        editablePlan(planId);
        Indicator indicator = current(
                indicators.findById(indicatorId), planId, Indicator::getPlanId, "Indicator", indicatorId, version);
        indicators.delete(indicator);
        indicators.flush();
    }

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void moveIndicator(long planId, long indicatorId, long version, Direction direction) {
        editablePlan(planId);
        List<Indicator> all = indicators.findByPlan(planId);
        Indicator indicator = find(all, Indicator::getId, indicatorId, "Indicator");
        move(
                all.stream()
                        .filter(i -> i.getResultId() == indicator.getResultId())
                        .toList(),
                indicator,
                version,
                direction);
        indicators.flush();
    }

    // --- benchmarks ---

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public long addBenchmark(long planId, BenchmarkDetails details) {
        editablePlan(planId);
        rules(planId, List.of()).checkBenchmark(details);
        return benchmarks
                .save(new Benchmark(planId, benchmarks.maxPosition(planId) + 1, details))
                .getId();
    }

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void updateBenchmark(long planId, long benchmarkId, long version, BenchmarkDetails details) {
        editablePlan(planId);
        Benchmark benchmark = current(
                benchmarks.findById(benchmarkId), planId, Benchmark::getPlanId, "Benchmark", benchmarkId, version);
        rules(planId, List.of()).checkBenchmark(details);
        benchmark.describe(details);
        benchmarks.flush();
    }

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void deleteBenchmark(long planId, long benchmarkId, long version) {
        editablePlan(planId);
        Benchmark benchmark = current(
                benchmarks.findById(benchmarkId), planId, Benchmark::getPlanId, "Benchmark", benchmarkId, version);
        benchmarks.delete(benchmark);
        benchmarks.flush();
    }

    /** Moves a benchmark among those of the same objective (or among the plan-level ones). */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void moveBenchmark(long planId, long benchmarkId, long version, Direction direction) {
        editablePlan(planId);
        List<Benchmark> all = benchmarks.findByPlan(planId);
        Benchmark benchmark = find(all, Benchmark::getId, benchmarkId, "Benchmark");
        move(
                all.stream()
                        .filter(b -> Objects.equals(b.getObjectiveId(), benchmark.getObjectiveId()))
                        .toList(),
                benchmark,
                version,
                direction);
        benchmarks.flush();
    }

    // --- tasks ---

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public long addTask(long planId, TaskDetails details) {
        editablePlan(planId);
        TaskDetails checked = rules(planId, actorsOf(details)).checkTask(details);
        return tasks.save(new PlanTask(planId, tasks.maxPosition(planId) + 1, checked))
                .getId();
    }

    /** Changes one task: only that task's row and its supporters' rows are written. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void updateTask(long planId, long taskId, long version, TaskDetails details) {
        editablePlan(planId);
        PlanTask task = current(tasks.findById(taskId), planId, PlanTask::getPlanId, "Task", taskId, version);
        TaskDetails checked = rules(planId, actorsOf(details)).checkTask(details);
        task.describe(checked);
        tasks.flush();
    }

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void deleteTask(long planId, long taskId, long version) {
        editablePlan(planId);
        PlanTask task = current(tasks.findById(taskId), planId, PlanTask::getPlanId, "Task", taskId, version);
        tasks.delete(task);
        tasks.flush();
    }

    /** Moves a task among the tasks that serve the same result (or objective, or nothing). */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void moveTask(long planId, long taskId, long version, Direction direction) {
        editablePlan(planId);
        List<PlanTask> all = tasks.findByPlanWithoutSupporters(planId);
        PlanTask task = find(all, PlanTask::getId, taskId, "Task");
        move(
                all.stream()
                        .filter(t -> Objects.equals(t.getResultId(), task.getResultId())
                                && Objects.equals(t.getObjectiveId(), task.getObjectiveId()))
                        .toList(),
                task,
                version,
                direction);
        tasks.flush();
    }

    // --- risks ---

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public long addRisk(long planId, RiskDetails details) {
        editablePlan(planId);
        rules(planId, details.owner() == null ? List.of() : List.of(details.owner()))
                .checkRisk(details);
        return risks.save(new Risk(planId, risks.maxPosition(planId) + 1, details))
                .getId();
    }

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void updateRisk(long planId, long riskId, long version, RiskDetails details) {
        editablePlan(planId);
        Risk risk = current(risks.findById(riskId), planId, Risk::getPlanId, "Risk", riskId, version);
        rules(planId, details.owner() == null ? List.of() : List.of(details.owner()))
                .checkRisk(details);
        risk.describe(details);
        risks.flush();
    }

    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void deleteRisk(long planId, long riskId, long version) {
        editablePlan(planId);
        Risk risk = current(risks.findById(riskId), planId, Risk::getPlanId, "Risk", riskId, version);
        risks.delete(risk);
        risks.flush();
    }

    // --- helpers ---

    private Plan plan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
    }

    private Plan editablePlan(long planId) {
        Plan plan = plan(planId);
        plan.requireEditable();
        return plan;
    }

    private PlanRules rules(long planId, List<Party> actors) {
        long missionId = plan(planId).getMissionId();
        List<Objective> planObjectives = objectives.findByPlan(planId);
        Map<Long, Long> objectiveOfResult = results.findByPlan(planId).stream()
                .collect(Collectors.toMap(PlanResult::getId, PlanResult::getObjectiveId));
        return new PlanRules(
                actors.isEmpty() ? java.util.Set.of() : parties.missionUnitIds(missionId),
                parties.knownOrganisationIds(actors),
                planObjectives.stream().map(Objective::getId).collect(Collectors.toSet()),
                objectiveOfResult);
    }

    private static List<Party> actorsOf(TaskDetails details) {
        List<Party> actors = new java.util.ArrayList<>(details.supporters());
        if (details.lead() != null) {
            actors.add(details.lead());
        }
        return actors;
    }

    private static <T> T element(
            java.util.Optional<T> found, long planId, Function<T, Long> planOf, String what, long id) {
        return found.filter(e -> planOf.apply(e) == planId).orElseThrow(() -> new NotFoundException(what, id));
    }

    /** The element of this plan as the planner saw it: not found in another plan, refused when it changed since. */
    private static <T extends Positioned> T current(
            java.util.Optional<T> found, long planId, Function<T, Long> planOf, String what, long id, long version) {
        T element = element(found, planId, planOf, what, id);
        requireVersion(element.getVersion(), version, element.getClass(), id);
        return element;
    }

    private static <T> T find(List<T> all, Function<T, Long> idOf, long id, String what) {
        return all.stream()
                .filter(e -> idOf.apply(e) == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(what, id));
    }

    /** Swaps the element with its neighbour in the given direction; at either end nothing moves. */
    private static <T extends Positioned> void move(List<T> siblings, T element, long version, Direction direction) {
        requireVersion(element.getVersion(), version, element.getClass(), 0);
        List<T> ordered = siblings.stream()
                .sorted(Comparator.comparingInt(Positioned::getPosition))
                .toList();
        int index = ordered.indexOf(element);
        int other = direction == Direction.UP ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= ordered.size()) {
            return;
        }
        T neighbour = ordered.get(other);
        int position = element.getPosition();
        element.moveTo(neighbour.getPosition());
        neighbour.moveTo(position);
    }

    private static void requireVersion(long current, long seen, Class<?> type, long id) {
        if (current != seen) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
