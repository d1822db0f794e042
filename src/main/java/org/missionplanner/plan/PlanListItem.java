package org.missionplanner.plan;

/** A plan in the list of all plans a user can see, with its mission named. */
public record PlanListItem(PlanSummary plan, long missionId, String missionAcronym) {}
