package org.missionplanner.plan;

import java.time.Clock;
import java.time.Instant;
import org.missionplanner.actor.PartyLookup;
import org.missionplanner.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planners of a mission build its plans. Only a draft plan changes; every change names the
 * version the planner saw, and each part carries its own version, so that two planners editing
 * different tasks of one plan do not conflict while two editing the same task do. Every rule is
 * checked before anything is saved, and a refusal names the field it concerns. The parts of every
 * kind are added, changed, moved and deleted the same way, named by their {@link PartKind}.
 */
@Service
@Transactional
public class PlanEditing {

    /** Which way an element moves among its siblings. */
    public enum Direction {
        UP,
        DOWN
    }

    private final PlanRepository plans;
    private final PlanParts parts;
    private final PartyLookup parties;
    private final Clock clock;
    private final PlanContributionRepository contributions;
    private final ApplicationEventPublisher events;

    PlanEditing(
            PlanRepository plans,
            PlanParts parts,
            PartyLookup parties,
            Clock clock,
            PlanContributionRepository contributions,
            ApplicationEventPublisher events) {
        this.plans = plans;
        this.parts = parts;
        this.parties = parties;
        this.clock = clock;
        this.contributions = contributions;
        this.events = events;
    }

    // --- the plan itself ---

    /** Refuses a user who may not start plans for the mission, before a form is shown. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void checkCanCreate(long missionId) {
        parties.requireMission(missionId);
    }

    /** Refuses a user who may not edit the plan, before a form is shown; false when the plan is not a draft. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public boolean checkEditable(long planId) {
        return plan(planId).getStatus().isEditable();
    }

    /** Starts a draft plan for the mission; returns its id. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public long createPlan(long missionId, PlanDetails details) {
        return createPlan(missionId, details, null);
    }

    /** Starts a draft plan deriving from another plan of the mission (or from none); returns its id. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public long createPlan(long missionId, PlanDetails details, Long parentPlanId) {
        parties.requireMission(missionId);
        PlanRules.checkPlan(details);
        checkParent(null, missionId, parentPlanId);
        Plan plan = new Plan(missionId, details, Instant.now(clock));
        plan.deriveFrom(parentPlanId);
        return plans.save(plan).getId();
    }

    /** Changes the plan's header; the plan it derives from stays as it is. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void updatePlan(long planId, long version, PlanDetails details) {
        Plan plan = editablePlan(planId);
        updatePlan(planId, version, details, plan.getParentPlanId());
    }

    /**
     * Changes the plan's header and the plan it derives from. When that changes, its tasks no longer
     * contribute to the former parent's results.
     */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void updatePlan(long planId, long version, PlanDetails details, Long parentPlanId) {
        Plan plan = editablePlan(planId);
        requireVersion(plan.getVersion(), version, Plan.class, planId);
        PlanRules.checkPlan(details);
        checkParent(planId, plan.getMissionId(), parentPlanId);
        if (!java.util.Objects.equals(plan.getParentPlanId(), parentPlanId)) {
            contributions.deleteByPlan(planId);
        }
        plan.describe(details);
        plan.deriveFrom(parentPlanId);
        plans.flush();
    }

    /** Deletes a draft plan with all its parts. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void deletePlan(long planId, long version) {
        Plan plan = editablePlan(planId);
        requireVersion(plan.getVersion(), version, Plan.class, planId);
        plans.delete(plan);
        events.publishEvent(new PlanDeleted(planId, plan.getMissionId(), plan.getTitle()));
    }

    // --- its parts, of every kind ---

    /** Adds a part of the given kind after the plan's last one of that kind; returns its id. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public <E extends PlanPart, D> long add(PartKind<E, D, ?> kind, long planId, D details) {
        editablePlan(planId);
        return parts.add(kind, planId, details);
    }

    /** Changes a part as the planner saw it at {@code version}; the rules of its kind are checked first. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public <E extends PlanPart, D> void update(
            PartKind<E, D, ?> kind, long planId, long partId, long version, D details) {
        editablePlan(planId);
        parts.update(kind, planId, partId, version, details);
    }

    /** Deletes a part; what goes with it is said on its {@link PartKind}. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void delete(PartKind<?, ?, ?> kind, long planId, long partId, long version) {
        editablePlan(planId);
        parts.delete(kind, planId, partId, version);
    }

    /** What deleting the part would take with it, for the planner to confirm. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    @Transactional(readOnly = true)
    public DeletionImpact impactOfDeleting(PartKind<?, ?, ?> kind, long planId, long partId) {
        return parts.impactOfDeleting(kind, planId, partId);
    }

    /** Moves a part up or down among those its {@link PartKind} names as its siblings. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public void move(PartKind<?, ?, ?> kind, long planId, long partId, long version, Direction direction) {
        editablePlan(planId);
        parts.move(kind, planId, partId, version, direction);
    }

    // --- helpers ---

    private void checkParent(Long planId, long missionId, Long parentPlanId) {
        PlanChainRules.checkParent(
                planId,
                missionId,
                parentPlanId,
                id -> plans.findById(id)
                        .map(p -> new PlanChainRules.Link(p.getMissionId(), p.getParentPlanId()))
                        .orElse(null));
    }

    private Plan plan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
    }

    private Plan editablePlan(long planId) {
        Plan plan = plan(planId);
        plan.requireEditable();
        return plan;
    }

    private static void requireVersion(long current, long seen, Class<?> type, long id) {
        if (current != seen) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
