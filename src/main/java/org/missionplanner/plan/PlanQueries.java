package org.missionplanner.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyChoices;
import org.missionplanner.actor.PartyLookup;
import org.missionplanner.actor.PartyNames;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.shared.MissionDirectory;
import org.missionplanner.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads plans for the pages, the API and the exports. A whole plan is read in a fixed number of
 * statements whatever its size: one per kind of element, one for the units and one for the
 * organisations it names.
 */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

    private final IndicatorReadings readings;

    private final PlanRepository plans;
    private final PlanObjectiveRepository objectives;
    private final PlanResultRepository results;
    private final IndicatorRepository indicators;
    private final BenchmarkRepository benchmarks;
    private final PlanTaskRepository tasks;
    private final RiskRepository risks;
    private final PartyLookup parties;
    private final MissionDirectory missions;
    private final Clock clock;
    private final PlanOutlineCache cache;

    PlanQueries(
            PlanRepository plans,
            PlanObjectiveRepository objectives,
            PlanResultRepository results,
            IndicatorRepository indicators,
            BenchmarkRepository benchmarks,
            PlanTaskRepository tasks,
            RiskRepository risks,
            IndicatorReadings readings,
            PartyLookup parties,
            MissionDirectory missions,
            Clock clock,
            PlanOutlineCache cache) {
        this.plans = plans;
        this.objectives = objectives;
        this.results = results;
        this.indicators = indicators;
        this.benchmarks = benchmarks;
        this.tasks = tasks;
        this.risks = risks;
        this.readings = readings;
        this.parties = parties;
        this.missions = missions;
        this.clock = clock;
        this.cache = cache;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The mission's plans, latest period first. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public List<PlanSummary> plansOf(long missionId) {
        parties.requireMission(missionId);
        return plans.findByMission(missionId).stream().map(PlanSummary::of).toList();
    }

    /**
     * Every plan of the missions the user may see, latest period first, with the missions named:
     * two statements whatever the number of plans.
     */
    public List<PlanListItem> plansOfMissions(MissionAccess.VisibleMissions visible) {
        if (!visible.all() && visible.ids().isEmpty()) {
            return List.of();
        }
        List<Plan> found = visible.all() ? plans.findAllLatestFirst() : plans.findByMissions(visible.ids());
        var refs =
                missions.byIds(found.stream().map(Plan::getMissionId).distinct().toList());
        return found.stream()
                .map(p -> new PlanListItem(
                        PlanSummary.of(p),
                        p.getMissionId(),
                        refs.containsKey(p.getMissionId())
                                ? refs.get(p.getMissionId()).acronym()
                                : ""))
                .toList();
    }

    /** A plan's header only. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public PlanView plan(long planId) {
        Plan plan = find(planId);
        return PlanView.of(plan, acronymOf(plan.getMissionId()));
    }

    /** The whole plan as a tree. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public PlanOutline outline(long planId) {
        return read(planId);
    }

    /**
     * The whole plan as a tree, for the services of this module that have checked who asks: as kept
     * at the plan's current revision, or read now.
     */
    PlanOutline read(long planId) {
        LocalDate today = today();
        return cache.outline(planId, today, () -> readNow(planId, today));
    }

    private PlanOutline readNow(long planId, LocalDate today) {
        Plan plan = find(planId);
        List<PlanTask> planTasks = tasks.findByPlan(planId);
        List<Risk> planRisks = risks.findByPlan(planId);
        List<Party> named = new ArrayList<>();
        planTasks.forEach(t -> {
            named.add(t.getLead());
            named.addAll(t.getSupporters());
            named.addAll(t.getNationalCounterparts());
        });
        planRisks.forEach(r -> named.add(r.getOwner()));
        PartyNames names = parties.names(
                plan.getMissionId(), named.stream().filter(Objects::nonNull).toList());

        Map<Long, IndicatorReadings.Reading> latest = readings.latestOfPlan(planId);
        Map<Long, List<IndicatorView>> indicatorsByResult = indicators.findByPlan(planId).stream()
                .map(i -> IndicatorView.of(i, latest.get(i.getId()), today))
                .collect(Collectors.groupingBy(IndicatorView::resultId, LinkedHashMap::new, Collectors.toList()));
        List<TaskView> taskViews =
                planTasks.stream().map(t -> TaskView.of(t, names, plan)).toList();
        Map<Long, List<TaskView>> tasksByResult =
                group(taskViews.stream().filter(t -> t.resultId() != null).toList(), TaskView::resultId);
        Map<Long, List<TaskView>> tasksByObjectiveOnly = group(
                taskViews.stream()
                        .filter(t -> t.resultId() == null && t.objectiveId() != null)
                        .toList(),
                TaskView::objectiveId);
        List<BenchmarkView> benchmarkViews =
                benchmarks.findByPlan(planId).stream().map(BenchmarkView::of).toList();
        Map<Long, List<BenchmarkView>> benchmarksByObjective = group(
                benchmarkViews.stream().filter(b -> b.objectiveId() != null).toList(), BenchmarkView::objectiveId);
        Map<Long, List<ResultView>> resultsByObjective = group(
                results.findByPlan(planId).stream()
                        .map(ResultView::of)
                        .sorted(Comparator.comparingInt(ResultView::position))
                        .toList(),
                ResultView::objectiveId);

        List<PlanOutline.ObjectiveNode> nodes = objectives.findByPlan(planId).stream()
                .map(ObjectiveView::of)
                .map(o -> new PlanOutline.ObjectiveNode(
                        o,
                        resultsByObjective.getOrDefault(o.id(), List.of()).stream()
                                .map(r -> new PlanOutline.ResultNode(
                                        r,
                                        indicatorsByResult.getOrDefault(r.id(), List.of()),
                                        tasksByResult.getOrDefault(r.id(), List.of())))
                                .toList(),
                        tasksByObjectiveOnly.getOrDefault(o.id(), List.of()),
                        benchmarksByObjective.getOrDefault(o.id(), List.of())))
                .toList();
        List<TaskView> unlinked =
                taskViews.stream().filter(t -> t.objectiveId() == null).toList();
        return new PlanOutline(
                view(plan),
                nodes,
                unlinked,
                benchmarkViews.stream().filter(b -> b.objectiveId() == null).toList(),
                planRisks.stream().map(r -> RiskView.of(r, names)).toList());
    }

    /** The units of the plan's mission and the organisations a task or risk form offers. */
    @PreAuthorize("@planAccess.canView(#planId, authentication)")
    public PartyChoices actorChoices(long planId) {
        return parties.choices(find(planId).getMissionId());
    }

    /** The plan's header, with its mission named. */
    PlanView view(Plan plan) {
        return PlanView.of(plan, acronymOf(plan.getMissionId()));
    }

    Plan find(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
    }

    private String acronymOf(long missionId) {
        var ref = missions.byIds(List.of(missionId)).get(missionId);
        return ref == null ? "" : ref.acronym();
    }

    private static <T> Map<Long, List<T>> group(List<T> items, Function<T, Long> key) {
        return items.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
