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
 *
 * <p>Every part entity is {@code @DynamicUpdate}: a change writes only the columns it changed. A
 * deletion renumbers the positions of the parts after it without changing their versions
 * ({@link PlanPositions#closeGaps}), so a change that read a part before such a renumbering and
 * wrote every column would put the old position back: two parts at one position (refused at
 * commit, a 500) or a gap. The same holds for the columns the database sets to null when a
 * referenced objective, result or unit is deleted.
 */
@MappedSuperclass
@Audited
abstract class PlanPart {

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
