package org.missionplanner.review;

import java.time.Instant;

/** A submitted version as the inbox query reads it, before the plan and mission are named. */
record InboxRow(long planId, int number, String submittedBy, Instant submittedAt, String message) {}
