package org.missionplanner.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanResultRepository extends JpaRepository<PlanResult, Long> {

    @Query("select e from PlanResult e where e.planId = :planId order by e.position, e.id")
    List<PlanResult> findByPlan(long planId);

    @Query("select coalesce(max(e.position), 0) from PlanResult e where e.planId = :planId")
    int maxPosition(long planId);
}
