package org.missionplanner.monitoring;

import org.missionplanner.plan.TaskStatus;
import org.springframework.modulith.NamedInterface;

/** A task's new status with the narrative that explains it. */
@NamedInterface("seeding")
public record StatusUpdateDetails(TaskStatus status, String narrative) {}
