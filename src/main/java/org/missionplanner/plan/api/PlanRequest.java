package org.missionplanner.plan.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.missionplanner.plan.PlanDetails;
import org.missionplanner.plan.PlanKind;

/**
 * A plan as a client writes it; {@code version} is the one it read, required for a change.
 * {@code parentPlanId} names the plan of the same mission it derives from (null: none).
 */
@Consistent
record PlanRequest(
        @NotNull PlanKind kind,
        @NotBlank @Size(max = 300) String title,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @Size(max = 4000) String sharedVision,
        @Size(max = 8000) String contextSummary,
        Long parentPlanId,
        @NotNull(groups = Update.class) Long version)
        implements Consistent.Checked {

    PlanDetails toDetails() {
        return new PlanDetails(kind, title, periodStart, periodEnd, sharedVision, contextSummary);
    }

    @Override
    public Map<String, String> disagreements() {
        if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
            return Map.of("periodEnd", "plan.period.endBeforeStart");
        }
        return PlanDetails.tooLong(periodStart, periodEnd) ? Map.of("periodEnd", "plan.period.tooLong") : Map.of();
    }
}
