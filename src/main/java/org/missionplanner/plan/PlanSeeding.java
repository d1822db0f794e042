package org.missionplanner.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds plans without a signed-in user, for the demo data only; the same rules apply as for a
 * planner, and the monitoring record names who recorded it and when.
 */
@Service
@Transactional
public class PlanSeeding {

    private final PlanRepository plans;
    private final PlanObjectiveRepository objectives;
    private final PlanResultRepository results;
    private final IndicatorRepository indicators;
    private final BenchmarkRepository benchmarks;
    private final PlanTaskRepository tasks;
    private final RiskRepository risks;
    private final PartyLookup parties;

    PlanSeeding(
            PlanRepository plans,
            PlanObjectiveRepository objectives,
            PlanResultRepository results,
            IndicatorRepository indicators,
            BenchmarkRepository benchmarks,
            PlanTaskRepository tasks,
            RiskRepository risks,
            PartyLookup parties) {
        this.plans = plans;
        this.objectives = objectives;
        this.results = results;
        this.indicators = indicators;
        this.benchmarks = benchmarks;
        this.tasks = tasks;
        this.risks = risks;
        this.parties = parties;
    }

    /** True when the mission already has a plan of this title. */
    @Transactional(readOnly = true)
    public boolean hasPlan(long missionId, String title) {
        return plans.findByMission(missionId).stream()
                .anyMatch(p -> p.getTitle().equals(title));
    }

    public long createPlan(long missionId, PlanDetails details, Instant createdAt) {
        parties.requireMission(missionId);
        PlanRules.checkPlan(details);
        return plans.save(new Plan(missionId, details, createdAt)).getId();
    }

    /** Moves a finished demo plan out of draft (approved, superseded...). */
    public void changeStatus(long planId, PlanStatus status) {
        plans.findById(planId).orElseThrow().changeStatus(status);
    }

    public long addObjective(long planId, ObjectiveDetails details) {
        PlanRules.checkObjective(details);
        return objectives
                .save(new Objective(planId, objectives.maxPosition(planId) + 1, details))
                .getId();
    }

    public long addResult(long planId, ResultDetails details) {
        rules(planId, List.of()).checkResult(details);
        return results.save(new PlanResult(planId, results.maxPosition(planId) + 1, details))
                .getId();
    }

    public long addIndicator(long planId, IndicatorDetails details) {
        rules(planId, List.of()).checkIndicator(details);
        return indicators
                .save(new Indicator(planId, indicators.maxPosition(planId) + 1, details))
                .getId();
    }

    public long addBenchmark(long planId, BenchmarkDetails details) {
        rules(planId, List.of()).checkBenchmark(details);
        return benchmarks
                .save(new Benchmark(planId, benchmarks.maxPosition(planId) + 1, details))
                .getId();
    }

    public long addTask(long planId, TaskDetails details) {
        List<Party> actors = new ArrayList<>(details.supporters());
        if (details.lead() != null) {
            actors.add(details.lead());
        }
        TaskDetails checked = rules(planId, actors).checkTask(details);
        return tasks.save(new PlanTask(planId, tasks.maxPosition(planId) + 1, checked))
                .getId();
    }

    public long addRisk(long planId, RiskDetails details) {
        rules(planId, details.owner() == null ? List.of() : List.of(details.owner()))
                .checkRisk(details);
        return risks.save(new Risk(planId, risks.maxPosition(planId) + 1, details))
                .getId();
    }

    private PlanRules rules(long planId, List<Party> actors) {
        long missionId = plans.findById(planId).orElseThrow().getMissionId();
        Set<Long> objectiveIds =
                objectives.findByPlan(planId).stream().map(Objective::getId).collect(Collectors.toSet());
        Map<Long, Long> objectiveOfResult = results.findByPlan(planId).stream()
                .collect(Collectors.toMap(PlanResult::getId, PlanResult::getObjectiveId));
        return new PlanRules(
                actors.isEmpty() ? Set.of() : parties.missionUnitIds(missionId),
                parties.knownOrganisationIds(actors),
                objectiveIds,
                objectiveOfResult);
    }
}
