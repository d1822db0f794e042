package org.missionplanner.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;

/** A result a plan expects under one of its objectives. */
@Entity
@Audited
@DynamicUpdate
@Table(name = "plan_result")
class PlanResult extends PlanPart {

    private long objectiveId;
    private String title;
    private String description;

    protected PlanResult() {}

    PlanResult(long planId, int position, ResultDetails details) {
        super(planId, position);
        describe(details);
    }

    void describe(ResultDetails details) {
        this.objectiveId = details.objectiveId();
        this.title = details.title().trim();
        this.description = Texts.clean(details.description());
    }

    public long getObjectiveId() {
        return objectiveId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }
}
