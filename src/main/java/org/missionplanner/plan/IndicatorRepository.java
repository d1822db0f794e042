package org.missionplanner.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends PlanPartRepository<Indicator> {

    @Query("select i from Indicator i where i.planId = :planId and i.resultId in :resultIds order by i.position, i.id")
    List<Indicator> findByResults(long planId, Collection<Long> resultIds);

    /** The indicators of one objective's results. */
    @Query("select i from Indicator i where i.planId = :planId and i.resultId in "
            + "(select r.id from PlanResult r where r.planId = :planId and r.objectiveId = :objectiveId) "
            + "order by i.position, i.id")
    List<Indicator> findByObjective(long planId, long objectiveId);

    /** Per objective, how many indicators its results have. */
    @Query("select r.objectiveId, count(i) from Indicator i join PlanResult r on r.id = i.resultId "
            + "where i.planId = :planId group by r.objectiveId")
    List<Object[]> countByObjective(long planId);

    /** The objective of the result of one of the plan's indicators, without loading either. */
    @Query("select r.objectiveId from Indicator i join PlanResult r on r.id = i.resultId "
            + "where i.id = :id and i.planId = :planId")
    Optional<Long> objectiveOf(long planId, long id);
}
