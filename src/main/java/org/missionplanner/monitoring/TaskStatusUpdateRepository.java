package org.missionplanner.monitoring;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskStatusUpdateRepository extends JpaRepository<TaskStatusUpdate, Long> {

    @Query("select u from TaskStatusUpdate u where u.taskId = :taskId order by u.recordedAt desc, u.id desc")
    List<TaskStatusUpdate> findByTask(long taskId);

    /** The plan's most recent status reports, newest first. */
    @Query("select u from TaskStatusUpdate u where u.planId = :planId order by u.recordedAt desc, u.id desc")
    List<TaskStatusUpdate> findRecentByPlan(long planId, Limit limit);

    @Query("select u from TaskStatusUpdate u where u.planId = :planId order by u.recordedAt desc, u.id desc")
    List<TaskStatusUpdate> findByPlan(long planId);
}
