package org.missionplanner.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PlanContributionRepository extends JpaRepository<PlanContribution, Long> {

    @Query("select c from PlanContribution c where c.taskId = :taskId")
    Optional<PlanContribution> findByTask(long taskId);

    @Query("select c from PlanContribution c where c.resultId = :resultId")
    Optional<PlanContribution> findByResult(long resultId);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from PlanContribution c where c.planId = :planId")
    int deleteByPlan(long planId);

    /** The plans deriving from the plan and the plan it derives from, in one query. */
    @Query("select p from Plan p where p.parentPlanId = :planId "
            + "or p.id = (select q.parentPlanId from Plan q where q.id = :planId) order by p.periodStart, p.id")
    List<Plan> findChainAround(long planId);

    @Query("select p from Plan p where p.parentPlanId = :planId order by p.periodStart, p.id")
    List<Plan> findChildren(long planId);

    /** The parent's results in plan order, each with its own tasks and the tasks contributing to it: id, title, own, contributing. */
    @Query("select r.id, r.title, "
            + "(select count(t) from PlanTask t where t.resultId = r.id), "
            + "(select count(t) from PlanTask t where exists (select c.id from PlanContribution c "
            + "where c.parentResultId = r.id and (c.taskId = t.id or c.resultId = t.resultId))) "
            + "from PlanResult r, Objective o where o.id = r.objectiveId and r.planId = :planId "
            + "order by o.position, r.position")
    List<Object[]> resultsWithTaskCounts(long planId);

    /** The tasks of the plans deriving from the plan that contribute to none of its results: plan id, task id, title. */
    @Query("select t.planId, t.id, t.title from PlanTask t "
            + "where t.planId in (select p.id from Plan p where p.parentPlanId = :planId) "
            + "and not exists (select c.id from PlanContribution c where c.taskId = t.id or c.resultId = t.resultId) "
            + "order by t.planId, t.position")
    List<Object[]> childTasksWithoutContribution(long planId);

    /** How many tasks each plan deriving from the plan has: plan id, count. */
    @Query("select t.planId, count(t) from PlanTask t "
            + "where t.planId in (select p.id from Plan p where p.parentPlanId = :planId) group by t.planId")
    List<Object[]> childTaskCounts(long planId);

    /** The results of a plan, in plan order: id, title. */
    @Query("select r.id, r.title from PlanResult r, Objective o where o.id = r.objectiveId and r.planId = :planId "
            + "order by o.position, r.position")
    List<Object[]> resultsOf(long planId);

    @Query("select r.planId from PlanResult r where r.id = :resultId")
    Optional<Long> planOfResult(long resultId);
}
