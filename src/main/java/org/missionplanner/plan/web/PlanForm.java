package org.missionplanner.plan.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.missionplanner.plan.PlanDetails;
import org.missionplanner.plan.PlanKind;
import org.missionplanner.plan.PlanView;
import org.springframework.format.annotation.DateTimeFormat;

/** A plan's header as a planner writes it; required fields are checked by the plan's rules. */
record PlanForm(
        PlanKind kind,
        @Size(max = 300, message = "{plan.form.tooLong}") String title,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
        @Size(max = 4000, message = "{plan.form.tooLong}") String sharedVision,
        @Size(max = 8000, message = "{plan.form.tooLong}") String contextSummary,
        Long parentPlanId,
        Long version) {

    static PlanForm empty() {
        return new PlanForm(PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK, "", null, null, "", "", null, null);
    }

    static PlanForm from(PlanView plan, Long parentPlanId) {
        return new PlanForm(
                plan.kind(),
                plan.title(),
                plan.periodStart(),
                plan.periodEnd(),
                plan.sharedVision(),
                plan.contextSummary(),
                parentPlanId,
                plan.version());
    }

    PlanDetails toDetails() {
        return new PlanDetails(kind, title, periodStart, periodEnd, sharedVision, contextSummary);
    }
}
