package org.missionplanner.national;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NationalPlanRepository extends JpaRepository<NationalPlan, Long> {

    @Query("select distinct p from NationalPlan p left join fetch p.priorities where p.country in :countries"
            + " order by p.periodStart, p.id")
    List<NationalPlan> findInCountries(Collection<String> countries);

    @Query("select r.id from NationalPlan p join p.priorities r where p.country in :countries")
    List<Long> findPriorityIdsInCountries(Collection<String> countries);

    @Query("select distinct p from NationalPlan p left join fetch p.priorities order by p.country, p.periodStart, p.id")
    List<NationalPlan> findAllWithPriorities();

    @Query("select distinct p from NationalPlan p left join fetch p.priorities where exists"
            + " (select 1 from NationalPlan q join q.priorities r where q = p and r.id in :priorityIds)")
    List<NationalPlan> findHoldingPriorities(Collection<Long> priorityIds);
}
