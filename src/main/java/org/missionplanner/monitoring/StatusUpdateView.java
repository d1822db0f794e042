package org.missionplanner.monitoring;

import java.time.Instant;
import org.missionplanner.plan.TaskStatus;
import org.springframework.modulith.NamedInterface;

/** A reported change of a task's status, as pages and the API show it. */
@NamedInterface("read-model")
public record StatusUpdateView(
        long id, long planId, long taskId, TaskStatus status, String narrative, String recordedBy, Instant recordedAt) {

    static StatusUpdateView of(TaskStatusUpdate u) {
        return new StatusUpdateView(
                u.getId(),
                u.getPlanId(),
                u.getTaskId(),
                u.getStatus(),
                u.getNarrative(),
                u.getRecordedBy(),
                u.getRecordedAt());
    }
}
