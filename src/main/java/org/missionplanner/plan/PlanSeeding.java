package org.missionplanner.plan;

import java.time.Instant;
import org.missionplanner.actor.PartyLookup;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds plans without a signed-in user, for the demo data only; the same rules apply as for a
 * planner.
 */
@Service
@Transactional
@NamedInterface("seeding")
public class PlanSeeding {

    private final PlanRepository plans;
    private final PlanParts parts;
    private final PartyLookup parties;

    PlanSeeding(PlanRepository plans, PlanParts parts, PartyLookup parties) {
        this.plans = plans;
        this.parts = parts;
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

    /** Adds a part of the given kind to the plan, under the same rules as for a planner; returns its id. */
    public <E extends PlanPart, D> long add(PartKind<E, D> kind, long planId, D details) {
        return parts.add(kind, planId, details);
    }
}
