package org.missionplanner.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;

interface PlanResultRepository extends PlanPartRepository<PlanResult> {

    @Query("select r from PlanResult r where r.planId = :planId and r.objectiveId = :objectiveId "
            + "order by r.position, r.id")
    List<PlanResult> findByObjective(long planId, long objectiveId);

    /** Per objective, how many results it has. */
    @Query("select r.objectiveId, count(r) from PlanResult r where r.planId = :planId group by r.objectiveId")
    List<Object[]> countByObjective(long planId);

    /** The objective of one of the plan's results, without loading it. */
    @Query("select r.objectiveId from PlanResult r where r.id = :id and r.planId = :planId")
    Optional<Long> objectiveOf(long planId, long id);
}
