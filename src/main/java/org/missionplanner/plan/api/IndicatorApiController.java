package org.missionplanner.plan.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.missionplanner.plan.IndicatorDetails;
import org.missionplanner.plan.IndicatorView;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.springframework.web.bind.annotation.RestController;

/** How progress toward a plan's results is measured; each indicator read with its latest measurement and progress. */
@RestController
@Tag(
        name = "Plan indicators",
        description =
                "How progress toward a plan's results is measured; each indicator read with its latest measurement and progress.")
class IndicatorApiController extends PartApiController<IndicatorRequest, IndicatorDetails, IndicatorView> {

    IndicatorApiController(PlanEditing editing, PlanPartQueries queries) {
        super(
                PartKind.INDICATOR,
                "/api/v1/plans/{planId}/indicators",
                editing,
                queries::indicators,
                queries::indicator);
    }
}
