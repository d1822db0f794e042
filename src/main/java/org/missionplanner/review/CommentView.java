package org.missionplanner.review;

import java.time.Instant;

public record CommentView(
        long id, String author, Instant createdAt, String body, boolean resolved, String resolvedBy, long version) {

    static CommentView of(PlanComment comment) {
        return new CommentView(
                comment.getId(),
                comment.getAuthorName(),
                comment.getCreatedAt(),
                comment.getBody(),
                comment.getResolvedAt() != null,
                comment.getResolvedBy(),
                comment.getVersion());
    }
}
