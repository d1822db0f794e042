package org.missionplanner.planview.web;

import org.missionplanner.planview.CoherenceReport;
import org.missionplanner.planview.PlanCoherence;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A plan's coherence figures as JSON. */
@RestController
class CoherenceApiController {

    private final PlanCoherence coherence;

    CoherenceApiController(PlanCoherence coherence) {
        this.coherence = coherence;
    }

    @GetMapping("/api/v1/plans/{planId}/coherence")
    CoherenceReport coherence(@PathVariable long planId) {
        return coherence.report(planId);
    }
}
