package org.missionplanner.planview.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.missionplanner.planview.PlanChainCoherence;
import org.missionplanner.planview.PlanChainReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The chain-of-plans section of the coherence report, as a sub-resource of the plan's coherence. */
@RestController
@Tag(name = "Plan views")
class PlanChainCoherenceApiController {

    private final PlanChainCoherence coherence;

    PlanChainCoherenceApiController(PlanChainCoherence coherence) {
        this.coherence = coherence;
    }

    @GetMapping("/api/v1/plans/{planId}/coherence/chain")
    @Operation(
            summary = "What the plans deriving from the plan contribute to its results",
            description = "Its results with no contributing task (neither its own nor a deriving plan's), those"
                    + " served by deriving plans, and each deriving plan's tasks that serve none of its results.")
    PlanChainReport chain(@PathVariable long planId) {
        return coherence.report(planId);
    }
}
