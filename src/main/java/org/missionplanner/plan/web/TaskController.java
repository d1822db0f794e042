package org.missionplanner.plan.web;

import java.util.EnumSet;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.missionplanner.plan.TaskDetails;
import org.springframework.stereotype.Controller;

/** Adding, editing, reordering and deleting tasks: what serves which result or objective, who leads, supports and funds it. */
@Controller
class TaskController extends NestedPartController<TaskForm, TaskDetails> {

    TaskController(PlanEditing editing, OutlinePages pages, PlanPartQueries queries) {
        super(
                new PartForms<>(
                        PartKind.TASK,
                        "/plans/{planId}/tasks",
                        PartPage.OUTLINE,
                        EnumSet.allOf(FormChoice.class),
                        "unlinked",
                        "outline",
                        link -> TaskForm.empty(link.serves())),
                editing,
                pages,
                (planId, taskId) -> TaskForm.from(queries.task(planId, taskId)));
    }
}
