package org.missionplanner.plan.review;

import java.util.List;

/**
 * The comment threads on one element of a plan (or on the plan as a whole), under the element's
 * key ("task-12", "plan") and title; {@code title} is null when the element no longer exists.
 */
public record ElementComments(String key, ElementType type, Long elementId, String title, List<CommentThread> threads) {

    public ElementComments titled(String elementTitle) {
        return new ElementComments(key, type, elementId, elementTitle, threads);
    }

    public long openThreads() {
        return threads.stream().filter(t -> !t.resolved()).count();
    }

    public int comments() {
        return threads.stream().mapToInt(t -> 1 + t.replies().size()).sum();
    }
}
