package org.missionplanner.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanCommentRepository extends JpaRepository<PlanComment, Long> {

    @Query("select c from PlanComment c where c.planId = :planId order by c.createdAt, c.id")
    List<PlanComment> findByPlan(long planId);
}
