package org.missionplanner.plan.web;

import java.util.Set;
import org.missionplanner.plan.ObjectiveDetails;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.springframework.stereotype.Controller;

/** Adding, editing, reordering and deleting the objectives of a plan; the form to add one stands at the outline's end. */
@Controller
class ObjectiveController extends OrderedPartController<ObjectiveForm, ObjectiveDetails> {

    static final PartForms<ObjectiveForm, ObjectiveDetails> FORMS = new PartForms<>(
            PartKind.OBJECTIVE,
            "/plans/{planId}/objectives",
            PartPage.OUTLINE,
            Set.of(),
            null,
            "objectives-end",
            link -> ObjectiveForm.empty());

    ObjectiveController(PlanEditing editing, OutlinePages pages, PlanPartQueries queries) {
        super(
                FORMS,
                editing,
                pages,
                (planId, objectiveId) -> ObjectiveForm.from(queries.objective(planId, objectiveId)));
    }
}
