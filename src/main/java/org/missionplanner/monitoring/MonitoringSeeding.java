package org.missionplanner.monitoring;

import java.time.Instant;
import org.missionplanner.plan.TaskProgress;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records monitoring history as it happened, with its own author and time, for demo data. No
 * access check: only code that seeds data at start-up calls it.
 */
@Service
@Transactional
@NamedInterface("seeding")
public class MonitoringSeeding {

    private final TaskProgress plans;
    private final MeasurementRepository measurements;
    private final TaskStatusUpdateRepository statusUpdates;

    MonitoringSeeding(
            TaskProgress plans, MeasurementRepository measurements, TaskStatusUpdateRepository statusUpdates) {
        this.plans = plans;
        this.measurements = measurements;
        this.statusUpdates = statusUpdates;
    }

    public long recordMeasurement(
            long planId, long indicatorId, MeasurementDetails details, String recordedBy, Instant recordedAt) {
        plans.requireIndicator(planId, indicatorId);
        MonitoringRecording.checkMeasurement(details);
        return measurements
                .save(new Measurement(planId, indicatorId, details, recordedBy, recordedAt))
                .getId();
    }

    /** Reports a task's new status with its narrative; the task's status changes with it. */
    public long recordStatusUpdate(
            long planId, long taskId, StatusUpdateDetails details, String recordedBy, Instant recordedAt) {
        MonitoringRecording.checkStatusUpdate(details);
        plans.recordStatus(planId, taskId, details.status());
        return statusUpdates
                .save(new TaskStatusUpdate(planId, taskId, details, recordedBy, recordedAt))
                .getId();
    }
}
