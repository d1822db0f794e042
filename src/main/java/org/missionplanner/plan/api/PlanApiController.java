package org.missionplanner.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.missionplanner.plan.PlanChain;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.PlanSummary;
import org.missionplanner.plan.PlanView;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A mission's plans, and one plan as a whole: its header and the tree of all its parts. */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Plans",
        description = "Integrated plans of a mission: read by its members, HQ reviewers and "
                + "administrators; written by its planners, and only while the plan is a draft.")
class PlanApiController {

    private final PlanQueries queries;
    private final PlanEditing editing;
    private final PlanChain chain;

    PlanApiController(PlanQueries queries, PlanEditing editing, PlanChain chain) {
        this.queries = queries;
        this.editing = editing;
        this.chain = chain;
    }

    @GetMapping("/missions/{missionId}/plans")
    @Operation(summary = "The mission's plans, latest period first")
    List<PlanSummary> list(@PathVariable long missionId) {
        return queries.plansOf(missionId);
    }

    @PostMapping("/missions/{missionId}/plans")
    @Operation(summary = "Start a draft plan of the mission")
    ResponseEntity<WithParent<PlanView>> create(@PathVariable long missionId, @Valid @RequestBody PlanRequest request) {
        long planId = editing.createPlan(missionId, request.toDetails(), request.parentPlanId());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId))
                .body(new WithParent<>(queries.plan(planId), chain.parentOf(planId)));
    }

    @GetMapping("/plans/{planId}")
    @Operation(
            summary = "The plan with all its parts",
            description = "Objectives with their results, indicators (latest measurement, progress, off track) and "
                    + "tasks; tasks serving an objective directly; unlinked tasks; benchmarks and risks.")
    WithParent<PlanOutline> get(@PathVariable long planId) {
        return new WithParent<>(queries.outline(planId), chain.parentOf(planId));
    }

    @PutMapping("/plans/{planId}")
    @Operation(summary = "Change the plan's header (draft only); 409 when the version is stale")
    WithParent<PlanView> update(@PathVariable long planId, @Validated(Update.class) @RequestBody PlanRequest request) {
        editing.updatePlan(planId, request.version(), request.toDetails(), request.parentPlanId());
        return new WithParent<>(queries.plan(planId), chain.parentOf(planId));
    }

    @DeleteMapping("/plans/{planId}")
    @Operation(summary = "Delete a draft plan with all its parts; 409 when the version is stale")
    ResponseEntity<Void> delete(@PathVariable long planId, @RequestParam long version) {
        editing.deletePlan(planId, version);
        return ResponseEntity.noContent().build();
    }
}
