package org.missionplanner.plan.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.missionplanner.plan.BenchmarkDetails;

/** A benchmark, optionally under an objective; {@code transition} marks a transition or exit benchmark. */
record BenchmarkRequest(
        Long objectiveId,
        @NotBlank @Size(max = 1000) String description,
        LocalDate dueOn,
        Boolean transition,
        Boolean achieved,
        @NotNull(groups = Update.class) Long version)
        implements PartRequest<BenchmarkDetails> {

    @Override
    public BenchmarkDetails toDetails() {
        return new BenchmarkDetails(
                objectiveId, description, dueOn, Boolean.TRUE.equals(transition), Boolean.TRUE.equals(achieved));
    }
}
