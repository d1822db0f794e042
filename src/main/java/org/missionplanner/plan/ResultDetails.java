package org.missionplanner.plan;

/** A result the plan expects under one of its objectives. */
public record ResultDetails(long objectiveId, String title, String description) {}
