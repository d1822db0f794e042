package org.missionplanner.plan;

import java.time.LocalDate;

/** A benchmark, optionally under an objective; transition benchmarks mark the way to the mission's exit. */
public record BenchmarkDetails(
        Long objectiveId, String description, LocalDate dueOn, boolean transition, boolean achieved) {}
