package org.missionplanner.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {

    /** The plan's tasks with their supporters, in one statement. */
    @Query("select distinct t from PlanTask t left join fetch t.supporters where t.planId = :planId "
            + "order by t.position, t.id")
    List<PlanTask> findByPlan(long planId);

    @Query("select t from PlanTask t where t.planId = :planId order by t.position, t.id")
    List<PlanTask> findByPlanWithoutSupporters(long planId);

    @Query("select coalesce(max(e.position), 0) from PlanTask e where e.planId = :planId")
    int maxPosition(long planId);
}
