package org.missionplanner.review;

import java.time.Duration;
import java.time.Instant;
import org.missionplanner.plan.PlanKind;

/** A plan waiting for an HQ decision, with how long it has waited. */
public record InboxEntry(
        long planId,
        long missionId,
        String missionAcronym,
        PlanKind kind,
        String title,
        int versionNumber,
        String submittedBy,
        Instant submittedAt,
        String message,
        Duration waiting) {

    public long waitingDays() {
        return waiting.toDays();
    }

    public long waitingHours() {
        return waiting.toHours() % 24;
    }
}
