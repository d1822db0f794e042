package org.missionplanner.plan;

import org.missionplanner.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the monitoring module may change in a plan: a task's status, reported on a draft or on the
 * plan in force. Callers check who may report; the plan checks that it is monitored.
 */
@Service
@Transactional
public class TaskProgress {

    private final PlanRepository plans;
    private final IndicatorRepository indicators;
    private final PlanTaskRepository tasks;

    TaskProgress(PlanRepository plans, IndicatorRepository indicators, PlanTaskRepository tasks) {
        this.plans = plans;
        this.indicators = indicators;
        this.tasks = tasks;
    }

    /** Refuses a plan whose monitoring record is closed. */
    public void requireMonitored(long planId) {
        plans.findById(planId)
                .orElseThrow(() -> new NotFoundException("Plan", planId))
                .requireMonitored();
    }

    /** Refuses an indicator that is not one of the plan's. */
    public void requireIndicator(long planId, long indicatorId) {
        indicators
                .findById(indicatorId)
                .filter(i -> i.getPlanId() == planId)
                .orElseThrow(() -> new NotFoundException("Indicator", indicatorId));
    }

    /** Refuses a task that is not one of the plan's, or that changed since its reporter saw it. */
    public void requireCurrentTask(long planId, long taskId, long seenVersion) {
        current(planId, taskId, seenVersion);
    }

    /** Changes the status of the task as its reporter saw it: refused with a conflict when it changed since. */
    public void changeStatus(long planId, long taskId, long seenVersion, TaskStatus status) {
        current(planId, taskId, seenVersion).changeStatus(status);
        tasks.flush();
    }

    /** Changes the status of the task without a version: only for recorded history, such as demo data. */
    public void recordStatus(long planId, long taskId, TaskStatus status) {
        task(planId, taskId).changeStatus(status);
    }

    private PlanTask current(long planId, long taskId, long seenVersion) {
        PlanTask task = task(planId, taskId);
        if (task.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(PlanTask.class, taskId);
        }
        return task;
    }

    private PlanTask task(long planId, long taskId) {
        return tasks.findById(taskId)
                .filter(t -> t.getPlanId() == planId)
                .orElseThrow(() -> new NotFoundException("Task", taskId));
    }
}
