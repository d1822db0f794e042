package org.missionplanner.plan;

import java.util.List;
import org.springframework.data.jpa.repository.Query;

interface PlanTaskRepository extends PlanPartRepository<PlanTask> {

    /** The plan's tasks with their supporters, in one statement. */
    @Override
    @Query("select distinct t from PlanTask t left join fetch t.supporters where t.planId = :planId "
            + "order by t.position, t.id")
    List<PlanTask> findByPlan(long planId);

    /** How many of the plan's tasks have no lead (tasks written before a lead was required, or damaged). */
    @Query("select count(t) from PlanTask t where t.planId = :planId "
            + "and t.leadUnitId is null and t.leadOrganisationId is null")
    long countWithoutLead(long planId);
}
