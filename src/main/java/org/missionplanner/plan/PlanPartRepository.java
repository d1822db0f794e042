package org.missionplanner.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** The queries every kind of plan part answers; {@code #{#entityName}} names the kind's entity. */
@NoRepositoryBean
public interface PlanPartRepository<E extends PlanPart> extends JpaRepository<E, Long> {

    /** The plan's parts of this kind in the planner's order. */
    @Query("select e from #{#entityName} e where e.planId = :planId order by e.position, e.id")
    List<E> findByPlan(long planId);

    @Query("select coalesce(max(e.position), 0) from #{#entityName} e where e.planId = :planId")
    int maxPosition(long planId);
}
