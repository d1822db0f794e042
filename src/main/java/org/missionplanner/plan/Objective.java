package org.missionplanner.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** An objective (priority) of a plan, in the dimension it belongs to. */
@Entity
@Audited
@Table(name = "plan_objective")
public class Objective implements Positioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;
    private int position;
    private String title;

    @Enumerated(EnumType.STRING)
    private Dimension dimension;

    private String description;

    @Version
    private long version;

    protected Objective() {}

    Objective(long planId, int position, ObjectiveDetails details) {
        this.planId = planId;
        this.position = position;
        describe(details);
    }

    void describe(ObjectiveDetails details) {
        this.title = details.title().trim();
        this.dimension = details.dimension();
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

    @Override
    public int getPosition() {
        return position;
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

    @Override
    public long getVersion() {
        return version;
    }
}
