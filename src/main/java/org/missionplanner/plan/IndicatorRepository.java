package org.missionplanner.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    @Query("select e from Indicator e where e.planId = :planId order by e.position, e.id")
    List<Indicator> findByPlan(long planId);

    @Query("select coalesce(max(e.position), 0) from Indicator e where e.planId = :planId")
    int maxPosition(long planId);
}
