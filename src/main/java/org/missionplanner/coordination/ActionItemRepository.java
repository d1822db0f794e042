package org.missionplanner.coordination;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    String OVERDUE = """
            select new org.missionplanner.coordination.OverdueActions$Row(a.id, a.missionId, a.bodyId, b.name,
                   a.meetingId, a.description, a.ownerUnitId, a.ownerOrganisationId, a.dueOn, a.version)
              from ActionItem a
              join CoordinationBody b on b.id = a.bodyId
             where a.status = org.missionplanner.coordination.ActionStatus.OPEN and a.dueOn < :today
            """;

    @Query(OVERDUE + " and a.missionId in :missionIds order by a.dueOn, a.id")
    List<OverdueActions.Row> findOverdueIn(
            @Param("missionIds") Collection<Long> missionIds, @Param("today") LocalDate today, Pageable page);

    @Query("""
            select a.missionId, count(a) from ActionItem a
             where a.status = org.missionplanner.coordination.ActionStatus.OPEN and a.dueOn < :today
               and a.missionId in :missionIds
             group by a.missionId""")
    List<Object[]> countOverdueIn(@Param("missionIds") Collection<Long> missionIds, @Param("today") LocalDate today);

    @Query(OVERDUE + " order by a.dueOn, a.id")
    List<OverdueActions.Row> findOverdue(@Param("today") LocalDate today, Pageable page);

    @Query("select a from ActionItem a where a.missionId = :missionId order by a.dueOn, a.id")
    List<ActionItem> findByMission(@Param("missionId") long missionId);
}
