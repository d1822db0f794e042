package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/** A result the plan expects under one of its objectives. */
@NamedInterface("seeding")
public record ResultDetails(long objectiveId, String title, String description) {}
