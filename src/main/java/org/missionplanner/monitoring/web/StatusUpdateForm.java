package org.missionplanner.monitoring.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.missionplanner.monitoring.StatusUpdateDetails;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TaskView;

/** A task's new status with the narrative that explains it; {@code version} is the task's version the planner saw. */
record StatusUpdateForm(
        @NotNull(message = "{plan.statusUpdate.status.required}")
        TaskStatus status,

        @Size(max = 4000, message = "{plan.statusUpdate.narrative.size}")
        String narrative,

        Long version) {

    static StatusUpdateForm of(TaskView task) {
        return new StatusUpdateForm(task.status(), "", task.version());
    }

    StatusUpdateDetails toDetails() {
        return new StatusUpdateDetails(status, narrative);
    }
}
