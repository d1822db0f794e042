package org.missionplanner.plan.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanChain;
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

    private final PlanChain chain;

    TaskApiController(PlanEditing editing, PlanPartQueries queries, PlanChain chain) {
        super(PartKind.TASK, "/api/v1/plans/{planId}/tasks", editing, queries::tasks, queries::task);
        this.chain = chain;
    }

    /** A task is saved with the result of the parent plan it contributes to ({@code contributesToResultId}). */
    @Override
    long add(long planId, TaskRequest request) {
        return chain.addTask(planId, request.toDetails(), request.contributesToResultId());
    }

    @Override
    void change(long planId, long taskId, TaskRequest request) {
        chain.updateTask(planId, taskId, request.version(), request.toDetails(), request.contributesToResultId());
    }
}
