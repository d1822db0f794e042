package org.missionplanner.review;

/**
 * What happened to a plan in review, published in the transaction that did it; other modules (the
 * notifications) react after it commits. {@code actor} is the username of whoever did it, {@code
 * actorName} how people know them.
 */
public final class PlanDecisionEvents {

    private PlanDecisionEvents() {}

    /** A draft was submitted for review as a new numbered version. */
    public record PlanSubmitted(long planId, long missionId, String planTitle, String actor, String actorName) {}

    /** The submitted version was approved: the plan in force. */
    public record PlanApproved(long planId, long missionId, String planTitle, String actor, String actorName) {}

    /** The submitted version was returned to its planners with reasons. */
    public record PlanReturned(
            long planId, long missionId, String planTitle, String actor, String actorName, String reasons) {}

    /**
     * A comment on a plan or one of its elements. {@code threadAuthor} is the user name of whoever
     * started the thread a reply joins (null for a new thread: elements have no single author).
     */
    public record PlanCommented(
            long planId, long missionId, String planTitle, String threadAuthor, String actor, String actorName) {}
}
