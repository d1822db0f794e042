package org.missionplanner.plan.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.missionplanner.plan.PlanChain;
import org.missionplanner.plan.ResultDetails;

/** A result under one of the plan's objectives. */
record ResultRequest(
        Long contributesToResultId,
        @NotNull Long objectiveId,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        @NotNull(groups = Update.class) Long version)
        implements PartRequest<ResultDetails>, PlanChain.Contribution {

    @Override
    public ResultDetails toDetails() {
        return new ResultDetails(objectiveId, title, description);
    }
}
