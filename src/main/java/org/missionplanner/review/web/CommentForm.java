package org.missionplanner.review.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment: on the element named by its key ("plan", "task-12"), or a reply to the thread {@code parentId}. */
record CommentForm(
        String element,
        Long parentId,
        @NotBlank @Size(max = 4000) String body) {

    static CommentForm empty() {
        return new CommentForm("plan", null, null);
    }
}
