package org.missionplanner.plan;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * Where a plan stands between its approved version and its working draft: the number, date and
 * approver of the version in force (null when none), and the number of the version under review
 * (null when none). Whether a revision is drafted is the live plan's status (a draft with a version in force).
 */
@NamedInterface("read-model")
public record VersionInForce(long planId, Integer number, Instant approvedAt, String approvedBy, Integer inReview) {

    public boolean hasApproved() {
        return number != null;
    }

    /** A revision of the version in force is under review. */
    public boolean revisionInReview() {
        return hasApproved() && inReview != null;
    }

    public static VersionInForce none(long planId) {
        return new VersionInForce(planId, null, null, null, null);
    }
}
