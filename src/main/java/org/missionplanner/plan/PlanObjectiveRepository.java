package org.missionplanner.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanObjectiveRepository extends JpaRepository<Objective, Long> {

    @Query("select e from Objective e where e.planId = :planId order by e.position, e.id")
    List<Objective> findByPlan(long planId);

    @Query("select coalesce(max(e.position), 0) from Objective e where e.planId = :planId")
    int maxPosition(long planId);
}
