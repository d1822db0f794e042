package org.missionplanner.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A task (or a result) of a plan that contributes to a result of the plan it derives from: the link
 * that lets the parent plan see what its component plans do for each of its results.
 */
@Entity
@Table(name = "plan_contribution")
class PlanContribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;
    private Long taskId;
    private Long resultId;
    private long parentResultId;

    protected PlanContribution() {}

    static PlanContribution ofTask(long planId, long taskId, long parentResultId) {
        PlanContribution contribution = new PlanContribution();
        contribution.planId = planId;
        contribution.taskId = taskId;
        contribution.parentResultId = parentResultId;
        return contribution;
    }

    static PlanContribution ofResult(long planId, long resultId, long parentResultId) {
        PlanContribution contribution = new PlanContribution();
        contribution.planId = planId;
        contribution.resultId = resultId;
        contribution.parentResultId = parentResultId;
        return contribution;
    }

    void contributeTo(long parentResultId) {
        this.parentResultId = parentResultId;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public Long getTaskId() {
        return taskId;
    }

    public Long getResultId() {
        return resultId;
    }

    public long getParentResultId() {
        return parentResultId;
    }
}
