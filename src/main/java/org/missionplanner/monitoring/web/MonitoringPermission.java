package org.missionplanner.monitoring.web;

import org.missionplanner.plan.PlanAccess;
import org.missionplanner.plan.PlanView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Whether the user is shown the forms that record progress: a planner of the mission, on a monitored plan. */
@Component
class MonitoringPermission {

    private final PlanAccess access;

    MonitoringPermission(PlanAccess access) {
        this.access = access;
    }

    /** Refuses, before any input is checked, a user who may not record progress on the plan. */
    void requireRecorder(long planId, Authentication authentication) {
        if (!access.canEdit(planId, authentication)) {
            throw new AccessDeniedException("Not a planner of the plan's mission");
        }
    }

    boolean canRecord(PlanView plan, Authentication authentication) {
        return plan.status().isMonitored() && access.canEdit(plan.id(), authentication);
    }
}
