package org.missionplanner.monitoring;

import java.time.Clock;
import java.time.Instant;
import org.missionplanner.plan.TaskProgress;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mission's planners keep the monitoring record of a plan, on a draft or on the plan in force:
 * measured values of its indicators and status reports of its tasks. Records are never changed.
 */
@Service
@Transactional
public class MonitoringRecording {

    private final TaskProgress plans;
    private final MeasurementRepository measurements;
    private final TaskStatusUpdateRepository statusUpdates;
    private final Clock clock;

    MonitoringRecording(
            TaskProgress plans,
            MeasurementRepository measurements,
            TaskStatusUpdateRepository statusUpdates,
            Clock clock) {
        this.plans = plans;
        this.measurements = measurements;
        this.statusUpdates = statusUpdates;
        this.clock = clock;
    }

    /** Records a measured value of an indicator; returns the measurement's id. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public long recordMeasurement(long planId, long indicatorId, MeasurementDetails details) {
        plans.requireMonitored(planId);
        plans.requireIndicator(planId, indicatorId);
        checkMeasurement(details);
        return measurements
                .save(new Measurement(planId, indicatorId, details, currentUser(), Instant.now(clock)))
                .getId();
    }

    /** Reports a task's new status with a narrative; the task's status changes with it. */
    @PreAuthorize("@planAccess.canEdit(#planId, authentication)")
    public long recordStatusUpdate(long planId, long taskId, long version, StatusUpdateDetails details) {
        plans.requireMonitored(planId);
        plans.requireCurrentTask(planId, taskId, version);
        checkStatusUpdate(details);
        plans.changeStatus(planId, taskId, version, details.status());
        return statusUpdates
                .save(new TaskStatusUpdate(planId, taskId, details, currentUser(), Instant.now(clock)))
                .getId();
    }

    static void checkMeasurement(MeasurementDetails details) {
        required(details.value(), "value");
        required(details.measuredOn(), "measuredOn");
    }

    static void checkStatusUpdate(StatusUpdateDetails details) {
        required(details.status(), "status");
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new BusinessRuleException("plan.field.required", field);
        }
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
