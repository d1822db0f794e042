package org.missionplanner.plan;

/** A task's new status with the narrative that explains it. */
public record StatusUpdateDetails(TaskStatus status, String narrative) {}
