package org.missionplanner.plan;

import java.util.Map;

/**
 * How much discussion each element of a plan has, for the badges beside the elements in the
 * outline. The plan does not keep comments: the review module answers this.
 */
public interface PlanCommentCounts {

    /** By element key ("plan", "objective-3", "task-12"); elements without comments are absent. */
    Map<String, CommentCount> byElement(long planId);

    /** The comments on one element and how many of its threads are still open. */
    record CommentCount(int comments, long openThreads) {}
}
