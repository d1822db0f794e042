package org.missionplanner.calendar;

import java.time.LocalDate;

/**
 * A dated milestone of the planning calendar. {@code uid} identifies it across reloads (the feed's
 * UID); {@code title} is its English wording for the API and the feed, {@code subject} the part
 * that comes from the data (a plan's title, a resolution's symbol, ...) for pages that word the
 * rest in the reader's language; {@code link} is the path of its subject in the application.
 * {@code missionId} is null for a milestone of every mission (the start of a budget year).
 */
public record Milestone(
        String uid,
        LocalDate date,
        MilestoneKind kind,
        String title,
        String subject,
        String detail,
        String link,
        Long missionId,
        String missionAcronym) {}
