package org.missionplanner.review;

/**
 * What this user may do on this plan now: the page offers exactly these. {@code submittedVersion}
 * is the number of the version awaiting a decision, if any; {@code ownSubmission} says that this
 * reviewer submitted it themselves (so another reviewer decides).
 */
public record ReviewActions(
        boolean canSubmit,
        boolean canDecide,
        boolean canStartNewDraft,
        boolean canComment,
        Integer submittedVersion,
        boolean ownSubmission) {}
