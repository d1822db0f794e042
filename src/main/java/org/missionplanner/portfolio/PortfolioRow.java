package org.missionplanner.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.missionplanner.mission.MissionPhase;
import org.missionplanner.mission.MissionType;
import org.missionplanner.mission.OchaPosition;
import org.missionplanner.plan.PlanKind;
import org.missionplanner.plan.PlanPortfolioFigures.CurrencyGap;

/**
 * One mission's state at a glance, as the portfolio page, its API and its exports show it. Plan
 * figures (indicators, tasks, funding) add up the mission's current plans (every plan but the
 * superseded ones), on their live data. A null value is "not known" (no mandate in force, no plan in
 * force, no plan awaiting a decision).
 */
public record PortfolioRow(
        long missionId,
        String acronym,
        String fullName,
        MissionType type,
        MissionPhase phase,
        Region region,
        List<String> hostCountries,
        OchaPosition integrationModel,
        String mandateSymbol,
        LocalDate mandateExpiresOn,
        Long mandateDaysLeft,
        int plansAwaitingDecision,
        Instant oldestAwaitingSince,
        Long oldestAwaitingDays,
        Long oldestAwaitingPlanId,
        Long planInForceId,
        String planInForceTitle,
        PlanKind planInForceKind,
        Integer planInForceVersion,
        LocalDate planInForceApprovedOn,
        Long planInForceAgeDays,
        int currentPlans,
        long indicators,
        long indicatorsOffTrack,
        long tasks,
        long tasksWithoutLead,
        long unfundedTasks,
        Integer unfundedPercent,
        List<CurrencyGap> fundingGap,
        BigDecimal fundingGapTotal,
        long partnerships,
        long partnershipsWithUnmetPrinciple,
        int failingChecks,
        int applicableChecks,
        long overdueActions,
        Links links) {

    /** Where each figure comes from: the page behind it. */
    public record Links(
            String mission,
            String mandate,
            String plans,
            String awaitingDecision,
            String planInForce,
            String indicatorsOffTrack,
            String tasksWithoutLead,
            String funding,
            String partners,
            String checks,
            String comparison,
            String overdueActions) {}

    /** The mandate in force expires within the warning period (or has no expiry to warn of). */
    public boolean mandateExpiresSoon() {
        return mandateDaysLeft != null
                && mandateDaysLeft >= 0
                && mandateDaysLeft <= org.missionplanner.mission.MandateInForce.WARNING_DAYS;
    }
}
