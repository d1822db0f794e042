package org.missionplanner.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RiskRepository extends JpaRepository<Risk, Long> {

    @Query("select e from Risk e where e.planId = :planId order by e.position, e.id")
    List<Risk> findByPlan(long planId);

    @Query("select coalesce(max(e.position), 0) from Risk e where e.planId = :planId")
    int maxPosition(long planId);
}
