package org.missionplanner.review.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.PlanOutlines;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.PlanView;
import org.missionplanner.plan.ShownVersion;
import org.missionplanner.review.PlanReview;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's versions as JSON: {@code GET /api/v1/plans/{id}?version=approved} is the version in
 * force, {@code ?version=3} version 3 (404 when there is none), {@code ?version=draft} the live plan
 * as without the parameter; and starting the revision of an approved plan.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}")
class PlanVersionApiController {

    private final PlanOutlines outlines;
    private final PlanReview review;
    private final PlanQueries plans;

    PlanVersionApiController(PlanOutlines outlines, PlanReview review, PlanQueries plans) {
        this.outlines = outlines;
        this.review = review;
        this.plans = plans;
    }

    record NewDraftRequest(@NotNull Long version) {}

    @GetMapping(params = "version")
    PlanOutline get(@PathVariable long planId, @RequestParam String version) {
        return outlines.outline(planId, ShownVersion.parse(version));
    }

    /**
     * Opens the approved plan for its revision; its approved version stays in force until another is.
     * 409 when {@code version} is not the plan's current one, 422 when the plan is not approved.
     */
    @PostMapping("/new-draft")
    PlanView newDraft(@PathVariable long planId, @Valid @RequestBody NewDraftRequest request) {
        review.startNewDraft(planId, request.version());
        return plans.plan(planId);
    }
}
