package org.missionplanner.plan.web;

import java.util.EnumSet;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanChain;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.missionplanner.plan.TaskDetails;
import org.springframework.stereotype.Controller;

/** Adding, editing, reordering and deleting tasks: what serves which result or objective, who leads, supports and funds it. */
@Controller
class TaskController extends NestedPartController<TaskForm, TaskDetails> {

    private final PlanChain chain;

    TaskController(PlanEditing editing, OutlinePages pages, PlanPartQueries queries, PlanChain chain) {
        super(
                new PartForms<>(
                        PartKind.TASK,
                        "/plans/{planId}/tasks",
                        PartPage.OUTLINE,
                        EnumSet.of(
                                FormChoice.OBJECTIVES,
                                FormChoice.ACTORS,
                                FormChoice.MANDATE_CATEGORIES,
                                FormChoice.CONTRIBUTIONS),
                        "unlinked",
                        "outline",
                        link -> TaskForm.empty(link.serves())),
                editing,
                pages,
                (planId, taskId) ->
                        TaskForm.from(queries.task(planId, taskId), chain.contributionOfTask(planId, taskId)));
        this.chain = chain;
    }

    /** A task is saved with the parent plan's result it contributes to (chain of plans). */
    @Override
    long addPart(long planId, TaskForm form) {
        return chain.addTask(planId, form.toDetails(), form.contributesToResultId());
    }

    @Override
    void updatePart(long planId, long taskId, TaskForm form) {
        chain.updateTask(planId, taskId, Versions.of(form.version()), form.toDetails(), form.contributesToResultId());
    }
}
