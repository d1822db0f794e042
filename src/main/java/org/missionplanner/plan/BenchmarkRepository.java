package org.missionplanner.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BenchmarkRepository extends JpaRepository<Benchmark, Long> {

    @Query("select e from Benchmark e where e.planId = :planId order by e.position, e.id")
    List<Benchmark> findByPlan(long planId);

    @Query("select coalesce(max(e.position), 0) from Benchmark e where e.planId = :planId")
    int maxPosition(long planId);
}
