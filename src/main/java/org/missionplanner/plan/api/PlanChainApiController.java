package org.missionplanner.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.missionplanner.plan.PlanChain;
import org.missionplanner.plan.PlanLink;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The chain of plans: the plans deriving from a plan (a plan names its parent with {@code parentPlanId}). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Plans")
class PlanChainApiController {

    private final PlanChain chain;

    PlanChainApiController(PlanChain chain) {
        this.chain = chain;
    }

    @GetMapping("/plans/{planId}/children")
    @Operation(summary = "The plans deriving directly from the plan: id, title, kind and status")
    List<PlanLink> children(@PathVariable long planId) {
        return chain.children(planId);
    }
}
