package org.missionplanner.review.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A planner's submission: a message for the reviewers, and the plan version the planner saw. */
record SubmitForm(@Size(max = 4000) String message, @NotNull Long version) {

    static SubmitForm of(long version) {
        return new SubmitForm(null, version);
    }
}
