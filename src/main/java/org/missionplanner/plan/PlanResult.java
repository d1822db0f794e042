package org.missionplanner.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A result a plan expects under one of its objectives. */
@Entity
@Audited
@Table(name = "plan_result")
public class PlanResult implements Positioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;
    private long objectiveId;
    private int position;
    private String title;
    private String description;

    @Version
    private long version;

    protected PlanResult() {}

    PlanResult(long planId, int position, ResultDetails details) {
        this.planId = planId;
        this.position = position;
        describe(details);
    }

    void describe(ResultDetails details) {
        this.objectiveId = details.objectiveId();
        this.title = details.title().trim();
        this.description = Texts.clean(details.description());
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

    public long getObjectiveId() {
        return objectiveId;
    }

    @Override
    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
