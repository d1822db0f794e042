package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/** A plan named in the chain of plans: the plan another derives from, or one deriving from it. */
@NamedInterface("read-model")
public record PlanLink(long id, String title, PlanKind kind, PlanStatus status) {

    static PlanLink of(Plan plan) {
        return new PlanLink(plan.getId(), plan.getTitle(), plan.getKind(), plan.getStatus());
    }
}
