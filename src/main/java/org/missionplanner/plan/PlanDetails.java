package org.missionplanner.plan;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** What a planner says about a plan as a whole. */
@NamedInterface("seeding")
public record PlanDetails(
        PlanKind kind,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        String sharedVision,
        String contextSummary) {}
