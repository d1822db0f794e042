package org.missionplanner.review;

import java.time.Instant;

/** A version in force or under review, without its snapshot. */
record VersionState(long planId, int number, VersionStatus status, Instant decidedAt, String decidedBy) {}
