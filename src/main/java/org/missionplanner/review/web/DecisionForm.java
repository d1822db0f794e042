package org.missionplanner.review.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's decision: the reasons (required to return a plan) and the plan version the reviewer saw. */
record DecisionForm(
        @Size(max = 4000) String reasons, @NotNull Long version) {

    static DecisionForm of(long version) {
        return new DecisionForm(null, version);
    }
}
