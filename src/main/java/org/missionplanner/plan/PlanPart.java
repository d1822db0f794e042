package org.missionplanner.plan;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * What every part of a plan has: its own id and version, the plan it belongs to, and its place in
 * an order the planner chooses. Each part carries its own version, so that two planners changing
 * different parts of one plan do not conflict. Envers audits these columns only because this class
 * is {@code @Audited} too.
 */
@MappedSuperclass
@Audited
public abstract class PlanPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;
    private int position;

    @Version
    private long version;

    protected PlanPart() {}

    protected PlanPart(long planId, int position) {
        this.planId = planId;
        this.position = position;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }
}
