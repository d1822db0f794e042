package org.missionplanner.plan;

import java.util.List;
import org.springframework.data.jpa.repository.Query;

public interface PlanTaskRepository extends PlanPartRepository<PlanTask> {

    /** The plan's tasks with their supporters, in one statement. */
    @Override
    @Query("select distinct t from PlanTask t left join fetch t.supporters where t.planId = :planId "
            + "order by t.position, t.id")
    List<PlanTask> findByPlan(long planId);
}
