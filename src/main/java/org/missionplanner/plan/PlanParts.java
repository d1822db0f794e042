package org.missionplanner.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyLookup;
import org.missionplanner.plan.PlanEditing.Direction;
import org.missionplanner.shared.NotFoundException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.ResolvableType;
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
    private final PartyLookup parties;
    private final PlanPositions positions;
    private final BeanFactory beans;
    private final Map<Class<?>, PlanPartRepository<?>> repositories = new ConcurrentHashMap<>();

    PlanParts(
            PlanRepository plans,
            PlanObjectiveRepository objectives,
            PlanResultRepository results,
            PartyLookup parties,
            PlanPositions positions,
            BeanFactory beans) {
        this.plans = plans;
        this.objectives = objectives;
        this.results = results;
        this.parties = parties;
        this.positions = positions;
        this.beans = beans;
    }

    /** Adds a part after the plan's last one of its kind; returns its id. */
    <E extends PlanPart, D> long add(PartKind<E, D> kind, long planId, D details) {
        PlanPartRepository<E> repository = repository(kind);
        D checked = kind.check(details, actors -> rules(planId, actors));
        positions.lock(planId);
        return repository
                .save(kind.create(planId, repository.maxPosition(planId) + 1, checked))
                .getId();
    }

    <E extends PlanPart, D> void update(PartKind<E, D> kind, long planId, long partId, long version, D details) {
        E part = current(kind, planId, partId, version);
        kind.describe(part, kind.check(details, actors -> rules(planId, actors)));
        repository(kind).flush();
    }

    <E extends PlanPart> void delete(PartKind<E, ?> kind, long planId, long partId, long version) {
        PlanPartRepository<E> repository = repository(kind);
        positions.lock(planId);
        E part = repository
                .findLocked(partId)
                .filter(p -> p.getPlanId() == planId)
                .orElseThrow(() -> new NotFoundException(kind.name(), partId));
        requireVersion(part, version);
        repository.delete(part);
        repository.flush();
        positions.closeGaps(planId);
    }

    /** Swaps the part with its neighbour in the given direction; at either end nothing moves. */
    <E extends PlanPart> void move(PartKind<E, ?> kind, long planId, long partId, long version, Direction direction) {
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
    private <E extends PlanPart> E current(PartKind<E, ?> kind, long planId, long partId, long version) {
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
        return new PlanRules(
                actors.isEmpty() ? Set.of() : parties.missionUnitIds(missionId),
                parties.knownOrganisationIds(actors),
                objectiveIds,
                objectiveOfResult);
    }

    /** The kind's repository: the one Spring Data made for {@code PlanPartRepository<E>}. */
    @SuppressWarnings("unchecked")
    private <E extends PlanPart> PlanPartRepository<E> repository(PartKind<E, ?> kind) {
        return (PlanPartRepository<E>) repositories.computeIfAbsent(kind.type(), type -> (PlanPartRepository<?>)
                beans.getBeanProvider(ResolvableType.forClassWithGenerics(PlanPartRepository.class, type))
                        .getObject());
    }

    private static void requireVersion(PlanPart part, long seen) {
        if (part.getVersion() != seen) {
            throw new ObjectOptimisticLockingFailureException(part.getClass(), part.getId());
        }
    }
}
