package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/** An objective (a priority of the plan) as a planner writes it. */
@NamedInterface("seeding")
public record ObjectiveDetails(String title, Dimension dimension, String description) {}
