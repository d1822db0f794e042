package org.missionplanner.plan;

import java.time.Instant;
import org.missionplanner.actor.PartyLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds plans without a signed-in user, for the demo data only; the same rules apply as for a
 * planner, and the monitoring record names who recorded it and when.
 */
@Service
@Transactional
public class PlanSeeding {

    private final PlanRepository plans;
    private final PlanParts parts;
    private final IndicatorRepository indicators;
    private final PlanTaskRepository tasks;
    private final MeasurementRepository measurements;
    private final TaskStatusUpdateRepository statusUpdates;
    private final PartyLookup parties;

    PlanSeeding(
            PlanRepository plans,
            PlanParts parts,
            IndicatorRepository indicators,
            PlanTaskRepository tasks,
            MeasurementRepository measurements,
            TaskStatusUpdateRepository statusUpdates,
            PartyLookup parties) {
        this.plans = plans;
        this.parts = parts;
        this.indicators = indicators;
        this.tasks = tasks;
        this.measurements = measurements;
        this.statusUpdates = statusUpdates;
        this.parties = parties;
    }

    /** True when the mission already has a plan of this title. */
    @Transactional(readOnly = true)
    public boolean hasPlan(long missionId, String title) {
        return plans.findByMission(missionId).stream()
                .anyMatch(p -> p.getTitle().equals(title));
    }

    public long createPlan(long missionId, PlanDetails details, Instant createdAt) {
        parties.requireMission(missionId);
        PlanRules.checkPlan(details);
        return plans.save(new Plan(missionId, details, createdAt)).getId();
    }

    /** Moves a finished demo plan out of draft (approved, superseded...). */
    public void changeStatus(long planId, PlanStatus status) {
        plans.findById(planId).orElseThrow().changeStatus(status);
    }

    /** Adds a part of the given kind to the plan, under the same rules as for a planner; returns its id. */
    public <E extends PlanPart, D> long add(PartKind<E, D> kind, long planId, D details) {
        return parts.add(kind, planId, details);
    }

    public long recordMeasurement(
            long planId, long indicatorId, MeasurementDetails details, String recordedBy, Instant recordedAt) {
        Indicator indicator = indicators
                .findById(indicatorId)
                .filter(i -> i.getPlanId() == planId)
                .orElseThrow();
        PlanRules.checkMeasurement(details);
        return measurements
                .save(new Measurement(indicator, details, recordedBy, recordedAt))
                .getId();
    }

    /** Reports a task's new status with its narrative; the task's status changes with it. */
    public long recordStatusUpdate(
            long planId, long taskId, StatusUpdateDetails details, String recordedBy, Instant recordedAt) {
        PlanTask task =
                tasks.findById(taskId).filter(t -> t.getPlanId() == planId).orElseThrow();
        PlanRules.checkStatusUpdate(details);
        task.changeStatus(details.status());
        return statusUpdates
                .save(new TaskStatusUpdate(task, details, recordedBy, recordedAt))
                .getId();
    }
}
