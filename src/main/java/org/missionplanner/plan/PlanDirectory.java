package org.missionplanner.plan;

import java.util.Collection;
import java.util.List;
import org.missionplanner.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds plans and their elements for other modules (review, monitoring, the plan views) without
 * giving them the plan's entities or repositories. Callers check access themselves.
 */
@Service
@Transactional(readOnly = true)
public class PlanDirectory {

    private final PlanRepository plans;
    private final PartRepositories parts;

    PlanDirectory(PlanRepository plans, PartRepositories parts) {
        this.plans = plans;
        this.parts = parts;
    }

    /** The plan, or a not-found refusal. */
    public PlanHeader require(long planId) {
        return plans.findById(planId).map(PlanHeader::of).orElseThrow(() -> new NotFoundException("Plan", planId));
    }

    /** The plan as its user saw it: refused with a conflict when it changed since. */
    public PlanHeader current(long planId, long seenVersion) {
        PlanHeader plan = require(planId);
        if (plan.version() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Plan.class, planId);
        }
        return plan;
    }

    public boolean exists(long planId) {
        return plans.existsById(planId);
    }

    /** The plans with these ids that exist, in one statement. */
    public List<PlanHeader> headers(Collection<Long> planIds) {
        return plans.findAllById(planIds).stream().map(PlanHeader::of).toList();
    }

    /** The mission's plans of one kind. */
    public List<PlanHeader> ofMissionAndKind(long missionId, PlanKind kind) {
        return plans.findByMission(missionId).stream()
                .filter(p -> p.getKind() == kind)
                .map(PlanHeader::of)
                .toList();
    }

    /** Whether the element of this type and id belongs to the plan. */
    public boolean hasPart(long planId, PartType type, long partId) {
        Long owner = parts.planOf(PartKind.of(type), partId);
        return owner != null && owner == planId;
    }
}
