package org.missionplanner.plan;

import java.util.HashSet;
import java.util.Set;
import java.util.function.LongFunction;
import org.missionplanner.shared.BusinessRuleException;

/**
 * The rules of the chain of plans: a plan derives from another plan of its own mission, never from
 * itself, and following the chain upwards never comes back to it. Each refusal is on the field
 * {@code parentPlanId}.
 */
final class PlanChainRules {

    static final String FIELD = "parentPlanId";

    /** Where a plan sits: its mission and the plan it derives from; null for a plan that does not exist. */
    record Link(long missionId, Long parentPlanId) {}

    private PlanChainRules() {}

    /**
     * Checks that the plan {@code planId} (null for a plan not yet saved) of the mission may derive
     * from {@code parentPlanId} (null: from none).
     */
    static void checkParent(Long planId, long missionId, Long parentPlanId, LongFunction<Link> plans) {
        if (parentPlanId == null) {
            return;
        }
        if (parentPlanId.equals(planId)) {
            throw new BusinessRuleException("plan.parent.self", FIELD);
        }
        Link parent = plans.apply(parentPlanId);
        if (parent == null) {
            throw new BusinessRuleException("plan.parent.notFound", FIELD);
        }
        if (parent.missionId() != missionId) {
            throw new BusinessRuleException("plan.parent.otherMission", FIELD);
        }
        if (planId == null) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        Long next = parent.parentPlanId();
        while (next != null && seen.add(next)) {
            if (next.equals(planId)) {
                throw new BusinessRuleException("plan.parent.cycle", FIELD);
            }
            Link link = plans.apply(next);
            next = link == null ? null : link.parentPlanId();
        }
    }
}
