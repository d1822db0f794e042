package org.missionplanner.plan;

import java.time.LocalDate;

/** What a planner says about a plan as a whole. */
public record PlanDetails(
        PlanKind kind,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        String sharedVision,
        String contextSummary) {}
