package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/**
 * Where a plan stands in review. Only a draft is edited; the review workflow moves a plan between
 * these states.
 */
@NamedInterface("read-model")
public enum PlanStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    SUPERSEDED;

    public boolean isEditable() {
        return this == DRAFT;
    }

    /** A draft or the plan in force: where measurements and status updates are recorded. */
    public boolean isMonitored() {
        return this == DRAFT || this == APPROVED;
    }
}
