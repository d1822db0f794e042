package org.missionplanner.monitoring;

import org.missionplanner.plan.TaskStatus;

/** A task's new status with the narrative that explains it. */
public record StatusUpdateDetails(TaskStatus status, String narrative) {}
