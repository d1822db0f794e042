package org.missionplanner.review;

/** Where one submitted version of a plan stands: awaiting a decision, in force, sent back, or replaced. */
public enum VersionStatus {
    SUBMITTED,
    APPROVED,
    RETURNED,
    SUPERSEDED
}
