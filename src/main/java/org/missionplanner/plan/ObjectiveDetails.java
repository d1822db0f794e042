package org.missionplanner.plan;

/** An objective (a priority of the plan) as a planner writes it. */
public record ObjectiveDetails(String title, Dimension dimension, String description) {}
