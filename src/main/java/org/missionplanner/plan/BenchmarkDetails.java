package org.missionplanner.plan;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** A benchmark, optionally under an objective; transition benchmarks mark the way to the mission's exit. */
@NamedInterface("seeding")
public record BenchmarkDetails(
        Long objectiveId, String description, LocalDate dueOn, boolean transition, boolean achieved) {}
