package org.missionplanner.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;

/** A benchmark of the plan; a transition benchmark marks progress toward the mission's exit. */
@Entity
@Audited
@DynamicUpdate
@Table(name = "plan_benchmark")
class Benchmark extends PlanPart {

    private Long objectiveId;
    private String description;
    private LocalDate dueOn;
    private boolean transition;
    private boolean achieved;

    protected Benchmark() {}

    Benchmark(long planId, int position, BenchmarkDetails details) {
        super(planId, position);
        describe(details);
    }

    void describe(BenchmarkDetails details) {
        this.objectiveId = details.objectiveId();
        this.description = details.description().trim();
        this.dueOn = details.dueOn();
        this.transition = details.transition();
        this.achieved = details.achieved();
    }

    /** Its objective is deleted: the benchmark stays, of the plan as a whole. */
    void unlinkFromObjective() {
        this.objectiveId = null;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isTransition() {
        return transition;
    }

    public boolean isAchieved() {
        return achieved;
    }
}
