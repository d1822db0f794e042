package org.missionplanner.plan.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.missionplanner.plan.RiskDetails;
import org.missionplanner.plan.RiskView;
import org.springframework.web.bind.annotation.RestController;

/** A plan's register of risks and dilemmas, each with who owns its mitigation. */
@RestController
@Tag(name = "Plan risks", description = "A plan's register of risks and dilemmas, each with who owns its mitigation.")
class RiskApiController extends PartApiController<RiskRequest, RiskDetails, RiskView> {

    RiskApiController(PlanEditing editing, PlanPartQueries queries) {
        super(PartKind.RISK, "/api/v1/plans/{planId}/risks", editing, queries::risks, queries::risk);
    }
}
