package org.missionplanner.plan.web;

import java.util.Set;
import org.missionplanner.plan.IndicatorDetails;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.springframework.stereotype.Controller;

/** Adding, editing, reordering and deleting the indicators of a result. */
@Controller
class IndicatorController extends NestedPartController<IndicatorForm, IndicatorDetails> {

    IndicatorController(PlanEditing editing, OutlinePages pages, PlanPartQueries queries) {
        super(
                new PartForms<>(
                        PartKind.INDICATOR,
                        "/plans/{planId}/indicators",
                        PartPage.OUTLINE,
                        Set.of(FormChoice.OBJECTIVES),
                        "none",
                        "outline",
                        link -> IndicatorForm.empty(link.resultId())),
                editing,
                pages,
                (planId, indicatorId) -> IndicatorForm.from(queries.indicator(planId, indicatorId)));
    }
}
