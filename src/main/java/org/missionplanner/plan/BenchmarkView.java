package org.missionplanner.plan;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

@NamedInterface("read-model")
public record BenchmarkView(
        long id,
        Long objectiveId,
        int position,
        String description,
        LocalDate dueOn,
        boolean transition,
        boolean achieved,
        long version) {

    static BenchmarkView of(Benchmark benchmark) {
        return new BenchmarkView(
                benchmark.getId(),
                benchmark.getObjectiveId(),
                benchmark.getPosition(),
                benchmark.getDescription(),
                benchmark.getDueOn(),
                benchmark.isTransition(),
                benchmark.isAchieved(),
                benchmark.getVersion());
    }
}
