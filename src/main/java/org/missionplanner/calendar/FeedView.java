package org.missionplanner.calendar;

import java.time.Instant;

/** A user's active feed as its owner sees it (never its secret). */
public record FeedView(long id, Instant createdAt, Instant lastUsedAt) {}
