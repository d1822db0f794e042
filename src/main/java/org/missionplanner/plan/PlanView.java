package org.missionplanner.plan;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** A plan's header: what it is, for which period, where it stands, and whether it may change. */
@NamedInterface("read-model")
public record PlanView(
        long id,
        long missionId,
        String missionAcronym,
        PlanKind kind,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        PlanStatus status,
        String sharedVision,
        String contextSummary,
        long version) {

    static PlanView of(Plan plan, String missionAcronym) {
        return new PlanView(
                plan.getId(),
                plan.getMissionId(),
                missionAcronym,
                plan.getKind(),
                plan.getTitle(),
                plan.getPeriodStart(),
                plan.getPeriodEnd(),
                plan.getStatus(),
                plan.getSharedVision(),
                plan.getContextSummary(),
                plan.getVersion());
    }

    public boolean editable() {
        return status.isEditable();
    }

    public boolean isOutsidePeriod(LocalDate day) {
        return day != null && (day.isBefore(periodStart) || day.isAfter(periodEnd));
    }
}
