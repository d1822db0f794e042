package org.missionplanner.audit;

import org.missionplanner.admin.AuditEventType;
import org.missionplanner.admin.AuditLog;
import org.missionplanner.mission.MissionDeleted;
import org.missionplanner.partner.OrganisationsMerged;
import org.missionplanner.plan.PlanDeleted;
import org.missionplanner.review.PlanDecisionEvents.PlanApproved;
import org.missionplanner.review.PlanDecisionEvents.PlanReturned;
import org.missionplanner.review.PlanDecisionEvents.PlanSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes each decision to the audit log as it is made. Plain (synchronous) listeners on purpose:
 * the entry joins the publisher's transaction, so a rolled-back decision leaves no entry and a
 * committed one always has its entry.
 */
@Component
class DecisionAudit {

    private final AuditLog auditLog;

    DecisionAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(PlanSubmitted event) {
        auditLog.recordAction(AuditEventType.PLAN_SUBMITTED, event.missionId(), null, null, event.planTitle());
    }

    @EventListener
    void on(PlanApproved event) {
        auditLog.recordAction(AuditEventType.PLAN_APPROVED, event.missionId(), null, null, event.planTitle());
    }

    @EventListener
    void on(PlanReturned event) {
        auditLog.recordAction(AuditEventType.PLAN_RETURNED, event.missionId(), null, null, event.planTitle());
    }

    @EventListener
    void on(PlanDeleted event) {
        auditLog.recordAction(AuditEventType.PLAN_DELETED, event.missionId(), null, null, event.title());
    }

    @EventListener
    void on(OrganisationsMerged event) {
        auditLog.recordAction(
                AuditEventType.ORGANISATION_MERGED,
                null,
                event.mergedAcronym(),
                event.intoAcronym(),
                String.valueOf(event.referencesMoved()));
    }

    @EventListener
    void on(MissionDeleted event) {
        auditLog.recordAction(AuditEventType.MISSION_DELETED, event.missionId(), null, null, event.acronym());
    }
}
