package org.missionplanner.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyLookup;
import org.missionplanner.mission.HostCountries;
import org.missionplanner.national.NationalDirectory;
import org.missionplanner.plan.PlanEditing.Direction;
import org.missionplanner.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one path by which a part of any kind is added, changed, moved and deleted: find it in its
 * plan, check the version the planner saw, check the plan's rules, apply, write. Who may do it, and
 * whether the plan may still change, is for the callers to check ({@link PlanEditing} for planners,
 * {@link PlanSeeding} for the demo data). Each kind's repository is the {@link PlanPartRepository}
 * of its entity.
 */
@Component
class PlanParts {

    private final PlanRepository plans;
    private final PlanObjectiveRepository objectives;
    private final PlanResultRepository results;
    private final IndicatorRepository indicators;
    private final PlanTaskRepository tasks;
    private final BenchmarkRepository benchmarks;
    private final IndicatorReadings readings;
    private final PartyLookup parties;
    private final PlanPositions positions;
    private final PartRepositories repositories;
    private final HostCountries hostCountries;
    private final NationalDirectory national;

    PlanParts(
            PlanRepository plans,
            PlanObjectiveRepository objectives,
            PlanResultRepository results,
            IndicatorRepository indicators,
            PlanTaskRepository tasks,
            BenchmarkRepository benchmarks,
            IndicatorReadings readings,
            PartyLookup parties,
            PlanPositions positions,
            PartRepositories repositories,
            HostCountries hostCountries,
            NationalDirectory national) {
        this.plans = plans;
        this.objectives = objectives;
        this.results = results;
        this.indicators = indicators;
        this.tasks = tasks;
        this.benchmarks = benchmarks;
        this.readings = readings;
        this.parties = parties;
        this.positions = positions;
        this.repositories = repositories;
        this.hostCountries = hostCountries;
        this.national = national;
    }

    /** Adds a part after the plan's last one of its kind; returns its id. */
    <E extends PlanPart, D> long add(PartKind<E, D, ?> kind, long planId, D details) {
        PlanPartRepository<E> repository = repository(kind);
        D checked = kind.check(details, actors -> rules(planId, actors));
        positions.lock(planId);
        return repository
                .save(kind.create(planId, repository.maxPosition(planId) + 1, checked))
                .getId();
    }

    <E extends PlanPart, D> void update(PartKind<E, D, ?> kind, long planId, long partId, long version, D details) {
        E part = current(kind, planId, partId, version);
        kind.describe(part, kind.check(details, actors -> rules(planId, actors)));
        repository(kind).flush();
    }

    <E extends PlanPart> void delete(PartKind<E, ?, ?> kind, long planId, long partId, long version) {
        PlanPartRepository<E> repository = repository(kind);
        positions.lock(planId);
        E part = repository
                .findLocked(partId)
                .filter(p -> p.getPlanId() == planId)
                .orElseThrow(() -> new NotFoundException(kind.name(), partId));
        requireVersion(part, version);
        Dependents dependents = dependents(planId, part);
        // deleted and unlinked one by one rather than by the database's cascade, so that the
        // history records each result and indicator that went, and each task that lost its link
        indicators.deleteAll(dependents.indicators());
        results.deleteAll(dependents.results());
        dependents.tasks().forEach(task -> {
            if (part instanceof Objective) {
                task.unlinkFromObjective();
            } else {
                task.unlinkFromResult();
            }
        });
        dependents.benchmarks().forEach(Benchmark::unlinkFromObjective);
        repository.flush();
        repository.delete(part);
        repository.flush();
        positions.closeGaps(planId);
    }

    /** What deleting the part would take with it (an indicator: its measurements); nothing for the other parts. */
    <E extends PlanPart> DeletionImpact impactOfDeleting(PartKind<E, ?, ?> kind, long planId, long partId) {
        E part = repository(kind)
                .findById(partId)
                .filter(p -> p.getPlanId() == planId)
                .orElseThrow(() -> new NotFoundException(kind.name(), partId));
        Dependents dependents = dependents(planId, part);
        List<Long> measured = part instanceof Indicator
                ? List.of(part.getId())
                : dependents.indicators().stream().map(Indicator::getId).toList();
        return new DeletionImpact(
                kind.label(part),
                part.getVersion(),
                dependents.results().size(),
                dependents.indicators().size(),
                readings.countOf(measured),
                dependents.tasks().size(),
                dependents.benchmarks().size());
    }

    /** The parts that hang on an objective (results, indicators, tasks, benchmarks) or a result (indicators, tasks). */
    private record Dependents(
            List<PlanResult> results, List<Indicator> indicators, List<PlanTask> tasks, List<Benchmark> benchmarks) {}

    private Dependents dependents(long planId, PlanPart part) {
        if (part instanceof Objective objective) {
            List<PlanResult> itsResults = results.findByObjective(planId, objective.getId());
            List<Long> resultIds = itsResults.stream().map(PlanResult::getId).toList();
            return new Dependents(
                    itsResults,
                    resultIds.isEmpty() ? List.of() : indicators.findByResults(planId, resultIds),
                    tasks.findServing(planId, objective.getId(), null),
                    benchmarks.findByObjective(planId, objective.getId()));
        }
        if (part instanceof PlanResult result) {
            return new Dependents(
                    List.of(),
                    indicators.findByResults(planId, List.of(result.getId())),
                    tasks.findServing(planId, null, result.getId()),
                    List.of());
        }
        return new Dependents(List.of(), List.of(), List.of(), List.of());
    }

    /** Swaps the part with its neighbour in the given direction; at either end nothing moves. */
    <E extends PlanPart> void move(
            PartKind<E, ?, ?> kind, long planId, long partId, long version, Direction direction) {
        PlanPartRepository<E> repository = repository(kind);
        positions.lock(planId);
        List<E> all = repository.findByPlan(planId);
        E part = all.stream()
                .filter(p -> p.getId() == partId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(kind.name(), partId));
        requireVersion(part, version);
        List<E> siblings = all.stream()
                .filter(other -> kind.movesWith(part, other))
                .sorted(Comparator.comparingInt(PlanPart::getPosition))
                .toList();
        int index = siblings.indexOf(part);
        int other = direction == Direction.UP ? index - 1 : index + 1;
        if (index >= 0 && other >= 0 && other < siblings.size()) {
            E neighbour = siblings.get(other);
            int position = part.getPosition();
            part.moveTo(neighbour.getPosition());
            neighbour.moveTo(position);
        }
        repository.flush();
    }

    /** The part of this plan as the planner saw it: not found in another plan, refused when it changed since. */
    private <E extends PlanPart> E current(PartKind<E, ?, ?> kind, long planId, long partId, long version) {
        E part = repository(kind)
                .findById(partId)
                .filter(p -> p.getPlanId() == planId)
                .orElseThrow(() -> new NotFoundException(kind.name(), partId));
        requireVersion(part, version);
        return part;
    }

    private PlanRules rules(long planId, List<Party> actors) {
        long missionId = plans.findById(planId)
                .orElseThrow(() -> new NotFoundException("Plan", planId))
                .getMissionId();
        Set<Long> objectiveIds =
                objectives.findByPlan(planId).stream().map(Objective::getId).collect(Collectors.toSet());
        Map<Long, Long> objectiveOfResult = results.findByPlan(planId).stream()
                .collect(Collectors.toMap(PlanResult::getId, PlanResult::getObjectiveId));
        Set<String> countries = hostCountries.of(missionId);
        return new PlanRules(
                actors.isEmpty() ? Set.of() : parties.missionUnitIds(missionId),
                parties.knownOrganisationIds(actors),
                objectiveIds,
                objectiveOfResult,
                national.actorIdsOf(countries),
                national.priorityIdsOf(countries));
    }

    private <E extends PlanPart> PlanPartRepository<E> repository(PartKind<E, ?, ?> kind) {
        return repositories.of(kind);
    }

    private static void requireVersion(PlanPart part, long seen) {
        if (part.getVersion() != seen) {
            throw new ObjectOptimisticLockingFailureException(part.getClass(), part.getId());
        }
    }
}
