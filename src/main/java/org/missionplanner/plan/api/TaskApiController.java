package org.missionplanner.plan.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.missionplanner.plan.TaskDetails;
import org.missionplanner.plan.TaskView;
import org.springframework.web.bind.annotation.RestController;

/** A plan's tasks: who leads, supports and funds each, when, and where it stands. Actors are keys such as unit-12 or organisation-5. */
@RestController
@Tag(
        name = "Plan tasks",
        description =
                "A plan's tasks: who leads, supports and funds each, when, and where it stands. Actors are keys such as unit-12 or organisation-5.")
class TaskApiController extends PartApiController<TaskRequest, TaskDetails, TaskView> {

    TaskApiController(PlanEditing editing, PlanPartQueries queries) {
        super(PartKind.TASK, "/api/v1/plans/{planId}/tasks", editing, queries::tasks, queries::task);
    }
}
