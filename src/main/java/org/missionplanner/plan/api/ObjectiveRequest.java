package org.missionplanner.plan.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.ObjectiveDetails;

/** An objective (a priority of the plan) as a client writes it, aligned with a national priority or none. */
record ObjectiveRequest(
        @NotBlank @Size(max = 300) String title,
        @NotNull Dimension dimension,
        @Size(max = 4000) String description,
        @NotNull(groups = Update.class) Long version,
        Long nationalPriorityId)
        implements PartRequest<ObjectiveDetails> {

    @Override
    public ObjectiveDetails toDetails() {
        return new ObjectiveDetails(title, dimension, description, nationalPriorityId);
    }
}
