package org.missionplanner.plan.web;

import java.util.Set;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.missionplanner.plan.ResultDetails;
import org.springframework.stereotype.Controller;

/** Adding, editing, reordering and deleting the results under an objective. */
@Controller
class ResultController extends NestedPartController<ResultForm, ResultDetails> {

    ResultController(PlanEditing editing, OutlinePages pages, PlanPartQueries queries) {
        super(
                new PartForms<>(
                        PartKind.RESULT,
                        "/plans/{planId}/results",
                        PartPage.OUTLINE,
                        Set.of(FormChoice.OBJECTIVES),
                        "none",
                        "outline",
                        link -> ResultForm.empty(link.objectiveId())),
                editing,
                pages,
                (planId, resultId) -> ResultForm.from(queries.result(planId, resultId)));
    }
}
