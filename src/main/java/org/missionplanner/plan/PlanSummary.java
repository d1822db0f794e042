package org.missionplanner.plan;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** A plan in a mission's list of plans. */
@NamedInterface("read-model")
public record PlanSummary(
        long id, PlanKind kind, String title, LocalDate periodStart, LocalDate periodEnd, PlanStatus status) {

    static PlanSummary of(Plan plan) {
        return new PlanSummary(
                plan.getId(),
                plan.getKind(),
                plan.getTitle(),
                plan.getPeriodStart(),
                plan.getPeriodEnd(),
                plan.getStatus());
    }
}
