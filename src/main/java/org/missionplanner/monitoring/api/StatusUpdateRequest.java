package org.missionplanner.monitoring.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.missionplanner.monitoring.StatusUpdateDetails;
import org.missionplanner.plan.TaskStatus;

/** A task's new status with its narrative; {@code version} is the task's version the client read. */
record StatusUpdateRequest(
        @NotNull TaskStatus status,
        @Size(max = 4000) String narrative,
        @NotNull Long version) {

    StatusUpdateDetails toDetails() {
        return new StatusUpdateDetails(status, narrative);
    }
}
