package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/** A plan's identity and state, as other modules see it: no parts, no entity. */
@NamedInterface("read-model")
public record PlanHeader(long id, long missionId, PlanKind kind, String title, PlanStatus status, long version) {

    static PlanHeader of(Plan plan) {
        return new PlanHeader(
                plan.getId(),
                plan.getMissionId(),
                plan.getKind(),
                plan.getTitle(),
                plan.getStatus(),
                plan.getVersion());
    }
}
