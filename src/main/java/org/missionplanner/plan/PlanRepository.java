package org.missionplanner.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, Long> {

    @Query("select p from Plan p where p.missionId = :missionId order by p.periodStart desc, p.id desc")
    List<Plan> findByMission(long missionId);

    /** How many objectives, results, indicators and tasks the plan has, in one statement. */
    @Query("select new org.missionplanner.plan.OutlineCounts("
            + "(select count(o) from Objective o where o.planId = p.id),"
            + " (select count(r) from PlanResult r where r.planId = p.id),"
            + " (select count(i) from Indicator i where i.planId = p.id),"
            + " (select count(t) from PlanTask t where t.planId = p.id)) from Plan p where p.id = :planId")
    Optional<OutlineCounts> countParts(long planId);

    @Query("select p from Plan p where p.missionId in :missionIds order by p.periodStart desc, p.id desc")
    List<Plan> findByMissions(java.util.Collection<Long> missionIds);

    @Query("select p from Plan p order by p.periodStart desc, p.id desc")
    List<Plan> findAllLatestFirst();

    @Query("select p.missionId from Plan p where p.id = :planId")
    Optional<Long> findMissionId(long planId);
}
