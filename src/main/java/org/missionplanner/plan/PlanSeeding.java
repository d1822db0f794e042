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
    private final PlanContributionRepository contributions;
    private final PlanTaskRepository tasks;

    PlanSeeding(
            PlanRepository plans,
            PlanParts parts,
            PartyLookup parties,
            PlanContributionRepository contributions,
            PlanTaskRepository tasks) {
        this.tasks = tasks;
        this.contributions = contributions;
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

    /**
     * Gives the mission's tasks that name no national actor yet the national actors their
     * counterpart text names ({@code byName}: lower-case name to id; several names separated by
     * commas): demo plans seeded before national actors existed. Returns how many tasks changed.
     */
    public int linkNationalCounterparts(long missionId, java.util.Map<String, Long> byName) {
        int changed = 0;
        for (Plan plan : plans.findByMission(missionId)) {
            for (PlanTask task : tasks.findByPlan(plan.getId())) {
                if (!task.getNationalCounterpartIds().isEmpty() || task.getNationalCounterpart() == null) {
                    continue;
                }
                java.util.List<Long> ids = java.util.Arrays.stream(
                                task.getNationalCounterpart().split("\\s*[,;]\\s*"))
                        .map(name -> byName.get(name.trim().toLowerCase(java.util.Locale.ROOT)))
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList();
                if (!ids.isEmpty()) {
                    task.nameNationalCounterparts(ids);
                    changed++;
                }
            }
        }
        return changed;
    }

    // --- the chain of plans ---

    /** The id of the mission's plan of this title, if it has one. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> planId(long missionId, String title) {
        return plans.findByMission(missionId).stream()
                .filter(p -> p.getTitle().equals(title))
                .map(Plan::getId)
                .findFirst();
    }

    /** The plan derives from another plan of its mission, under the same rules as for a planner. */
    public void deriveFrom(long planId, long parentPlanId) {
        Plan plan = plans.findById(planId).orElseThrow();
        PlanChainRules.checkParent(
                planId,
                plan.getMissionId(),
                parentPlanId,
                id -> plans.findById(id)
                        .map(p -> new PlanChainRules.Link(p.getMissionId(), p.getParentPlanId()))
                        .orElse(null));
        plan.deriveFrom(parentPlanId);
    }

    /** The plan's results by title. */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> resultIds(long planId) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        contributions.resultsOf(planId).forEach(row -> ids.putIfAbsent((String) row[1], (Long) row[0]));
        return ids;
    }

    /** A task of the plan contributes to a result of the plan it derives from. */
    public void contribute(long planId, long taskId, long parentResultId) {
        Long parentId = plans.findById(planId).orElseThrow().getParentPlanId();
        if (parentId == null
                || !parentId.equals(contributions.planOfResult(parentResultId).orElse(null))) {
            throw new org.missionplanner.shared.BusinessRuleException(
                    "plan.contribution.notInParent", PlanChain.CONTRIBUTION_FIELD);
        }
        contributions.save(PlanContribution.ofTask(planId, taskId, parentResultId));
    }

    /** Adds a part of the given kind to the plan, under the same rules as for a planner; returns its id. */
    public <E extends PlanPart, D> long add(PartKind<E, D, ?> kind, long planId, D details) {
        return parts.add(kind, planId, details);
    }
}
