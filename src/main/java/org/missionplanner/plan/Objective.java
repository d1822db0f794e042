package org.missionplanner.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;

/** An objective (priority) of a plan, in the dimension it belongs to. */
@Entity
@Audited
@DynamicUpdate
@Table(name = "plan_objective")
class Objective extends PlanPart {

    private String title;

    @Enumerated(EnumType.STRING)
    private Dimension dimension;

    private String description;

    private Long nationalPriorityId;

    protected Objective() {}

    Objective(long planId, int position, ObjectiveDetails details) {
        super(planId, position);
        describe(details);
    }

    void describe(ObjectiveDetails details) {
        this.title = details.title().trim();
        this.dimension = details.dimension();
        this.description = Texts.clean(details.description());
        this.nationalPriorityId = details.nationalPriorityId();
    }

    public String getTitle() {
        return title;
    }

    public Dimension getDimension() {
        return dimension;
    }

    public String getDescription() {
        return description;
    }

    /** The national priority this objective is aligned with, if any. */
    public Long getNationalPriorityId() {
        return nationalPriorityId;
    }
}
