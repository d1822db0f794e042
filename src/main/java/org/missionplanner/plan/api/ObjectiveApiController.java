package org.missionplanner.plan.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.missionplanner.plan.ObjectiveDetails;
import org.missionplanner.plan.ObjectiveView;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.springframework.web.bind.annotation.RestController;

/** A plan's objectives (its priorities), each with a dimension. Deleting one deletes its results and indicators; its tasks stay, unlinked. */
@RestController
@Tag(
        name = "Plan objectives",
        description =
                "A plan's objectives (its priorities), each with a dimension. Deleting one deletes its results and indicators; its tasks stay, unlinked.")
class ObjectiveApiController extends PartApiController<ObjectiveRequest, ObjectiveDetails, ObjectiveView> {

    ObjectiveApiController(PlanEditing editing, PlanPartQueries queries) {
        super(
                PartKind.OBJECTIVE,
                "/api/v1/plans/{planId}/objectives",
                editing,
                queries::objectives,
                queries::objective);
    }
}
