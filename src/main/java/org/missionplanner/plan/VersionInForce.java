package org.missionplanner.plan;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * Where a plan stands between its approved version and its working draft: the number, date and
 * approver of the version in force (null when none), and the number of the version under review
 * (null when none); with the live plan's status when it was read.
 */
@NamedInterface("read-model")
public record VersionInForce(
        long planId, Integer number, Instant approvedAt, String approvedBy, Integer inReview, PlanStatus planStatus) {

    public boolean hasApproved() {
        return number != null;
    }

    /** A revision of the version in force is being drafted: the live plan is a draft again. */
    public boolean revisionDrafted() {
        return hasApproved() && planStatus == PlanStatus.DRAFT;
    }

    /** A revision of the version in force is under review. */
    public boolean revisionInReview() {
        return hasApproved() && inReview != null;
    }

    public VersionInForce withPlanStatus(PlanStatus status) {
        return new VersionInForce(planId, number, approvedAt, approvedBy, inReview, status);
    }

    public static VersionInForce none(long planId) {
        return new VersionInForce(planId, null, null, null, null, null);
    }
}
