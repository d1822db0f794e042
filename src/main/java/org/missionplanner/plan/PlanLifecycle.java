package org.missionplanner.plan;

import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a plan through its life (draft, in review, approved, superseded) for the review module.
 * The rules of each transition are the {@link Plan}'s own; callers check who may ask for them.
 */
@Service
@Transactional
public class PlanLifecycle {

    private final PlanRepository plans;
    private final PlanTaskRepository tasks;

    PlanLifecycle(PlanRepository plans, PlanTaskRepository tasks) {
        this.plans = plans;
        this.tasks = tasks;
    }

    /** Submits a draft whose every task has its lead: once out of draft, a task has exactly one (the database holds it too). */
    public PlanHeader submitForReview(long planId) {
        if (tasks.countWithoutLead(planId) > 0) {
            throw new BusinessRuleException("plan.review.taskWithoutLead");
        }
        return change(planId, Transition.SUBMIT);
    }

    public PlanHeader approve(long planId) {
        return change(planId, Transition.APPROVE);
    }

    public PlanHeader returnForChanges(long planId) {
        return change(planId, Transition.RETURN);
    }

    public PlanHeader startNewDraft(long planId) {
        return change(planId, Transition.NEW_DRAFT);
    }

    public PlanHeader supersede(long planId) {
        return change(planId, Transition.SUPERSEDE);
    }

    private PlanHeader change(long planId, Transition transition) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
        switch (transition) {
            case SUBMIT -> plan.submitForReview();
            case APPROVE -> plan.approve();
            case RETURN -> plan.returnForChanges();
            case NEW_DRAFT -> plan.startNewDraft();
            case SUPERSEDE -> plan.supersede();
        }
        plans.flush();
        return PlanHeader.of(plan);
    }

    private enum Transition {
        SUBMIT,
        APPROVE,
        RETURN,
        NEW_DRAFT,
        SUPERSEDE
    }
}
