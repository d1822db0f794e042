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
        String contextSummary) {

    /** The longest period a plan covers, in years: a strategic framework looks a few years ahead, not centuries. */
    public static final int MAX_YEARS = 15;

    /** True when both dates are given and the period is longer than {@link #MAX_YEARS}. */
    public static boolean tooLong(LocalDate start, LocalDate end) {
        return start != null && end != null && !end.isBefore(start.plusYears(MAX_YEARS));
    }
}
