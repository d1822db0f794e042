package org.missionplanner.review;

import java.time.Instant;

/** A version in a plan's history, without its snapshot: who submitted it, who decided, when, and why. */
public record VersionSummary(
        long id,
        int number,
        VersionStatus status,
        String submittedBy,
        Instant submittedAt,
        String message,
        String decidedBy,
        Instant decidedAt,
        String reasons) {

    public boolean decided() {
        return decidedAt != null;
    }
}
