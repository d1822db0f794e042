package org.missionplanner.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A benchmark of the plan; a transition benchmark marks progress toward the mission's exit. */
@Entity
@Audited
@Table(name = "plan_benchmark")
public class Benchmark implements Positioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;
    private Long objectiveId;
    private int position;
    private String description;
    private LocalDate dueOn;
    private boolean transition;
    private boolean achieved;

    @Version
    private long version;

    protected Benchmark() {}

    Benchmark(long planId, int position, BenchmarkDetails details) {
        this.planId = planId;
        this.position = position;
        describe(details);
    }

    void describe(BenchmarkDetails details) {
        this.objectiveId = details.objectiveId();
        this.description = details.description().trim();
        this.dueOn = details.dueOn();
        this.transition = details.transition();
        this.achieved = details.achieved();
    }

    @Override
    public void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    @Override
    public int getPosition() {
        return position;
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

    @Override
    public long getVersion() {
        return version;
    }
}
