package org.missionplanner.planview.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.missionplanner.planview.CoherenceReport;
import org.missionplanner.planview.PlanChainCoherence;
import org.missionplanner.planview.PlanChainReport;
import org.missionplanner.planview.PlanCoherence;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A plan's coherence figures as JSON, with the chain of plans under {@code chain}. */
@RestController
class CoherenceApiController {

    private final PlanCoherence coherence;
    private final PlanChainCoherence chain;

    CoherenceApiController(PlanCoherence coherence, PlanChainCoherence chain) {
        this.coherence = coherence;
        this.chain = chain;
    }

    /** The coherence report's fields, and the chain-of-plans section as the field {@code chain}. */
    record CoherenceOutput(@JsonUnwrapped CoherenceReport report, PlanChainReport chain) {}

    @GetMapping("/api/v1/plans/{planId}/coherence")
    CoherenceOutput coherence(@PathVariable long planId) {
        return new CoherenceOutput(coherence.report(planId), chain.report(planId));
    }
}
