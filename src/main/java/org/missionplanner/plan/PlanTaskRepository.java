package org.missionplanner.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;

interface PlanTaskRepository extends PlanPartRepository<PlanTask> {

    /** The tasks that serve the objective or one of its results; with no objective, those that serve the result. */
    @Query(
            "select t from PlanTask t where t.planId = :planId and (t.objectiveId = :objectiveId or t.resultId = :resultId)")
    List<PlanTask> findServing(long planId, Long objectiveId, Long resultId);

    /** The plan's tasks with their supporters, in one statement. */
    @Override
    @Query("select distinct t from PlanTask t left join fetch t.supporters where t.planId = :planId "
            + "order by t.position, t.id")
    List<PlanTask> findByPlan(long planId);

    /** One objective's tasks (under its results or serving it directly) with their supporters, in one statement. */
    @Query("select distinct t from PlanTask t left join fetch t.supporters where t.planId = :planId "
            + "and t.objectiveId = :objectiveId order by t.position, t.id")
    List<PlanTask> findByObjective(long planId, long objectiveId);

    /** The plan's tasks that serve no objective, with their supporters. */
    @Query("select distinct t from PlanTask t left join fetch t.supporters where t.planId = :planId "
            + "and t.objectiveId is null order by t.position, t.id")
    List<PlanTask> findUnlinked(long planId);

    /** Per objective (null: none), how many tasks serve it and how many of those are done. */
    @Query(
            "select t.objectiveId, count(t), sum(case when t.status = org.missionplanner.plan.TaskStatus.DONE then 1 else 0 end) "
                    + "from PlanTask t where t.planId = :planId group by t.objectiveId")
    List<Object[]> countByObjective(long planId);

    /** How many of the plan's tasks have no lead (tasks written before a lead was required, or damaged). */
    @Query("select count(t) from PlanTask t where t.planId = :planId "
            + "and t.leadUnitId is null and t.leadOrganisationId is null")
    long countWithoutLead(long planId);

    /** The objective one of the plan's tasks serves (empty: none), without loading it. */
    @Query("select t.objectiveId from PlanTask t where t.id = :id and t.planId = :planId")
    Optional<Long> objectiveOf(long planId, long id);
}
