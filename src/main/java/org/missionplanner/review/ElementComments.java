package org.missionplanner.review;

import java.util.List;

/**
 * The comment threads on one element of a plan (or on the plan as a whole), under the element's
 * key ("task-12", "plan"), with how many threads are still open and how many comments there are;
 * {@code title} is null until the caller names the element, and stays null for a removed element.
 */
public record ElementComments(
        String key,
        ElementType type,
        Long elementId,
        String title,
        long openThreads,
        int comments,
        List<CommentThread> threads) {

    static ElementComments of(String key, ElementType type, Long elementId, List<CommentThread> threads) {
        return new ElementComments(
                key,
                type,
                elementId,
                null,
                threads.stream().filter(t -> !t.resolved()).count(),
                threads.stream().mapToInt(t -> 1 + t.replies().size()).sum(),
                threads);
    }

    public ElementComments titled(String elementTitle) {
        return new ElementComments(key, type, elementId, elementTitle, openThreads, comments, threads);
    }
}
