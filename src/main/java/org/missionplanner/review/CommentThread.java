package org.missionplanner.review;

import java.util.List;

/** A first comment and its replies, oldest first. */
public record CommentThread(CommentView first, List<CommentView> replies) {

    public boolean resolved() {
        return first.resolved();
    }
}
