package org.missionplanner.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;

interface BenchmarkRepository extends PlanPartRepository<Benchmark> {

    @Query("select b from Benchmark b where b.planId = :planId and b.objectiveId = :objectiveId "
            + "order by b.position, b.id")
    List<Benchmark> findByObjective(long planId, long objectiveId);

    /** The objective of one of the plan's benchmarks (empty: the whole plan's), without loading it. */
    @Query("select b.objectiveId from Benchmark b where b.id = :id and b.planId = :planId")
    Optional<Long> objectiveOf(long planId, long id);
}
