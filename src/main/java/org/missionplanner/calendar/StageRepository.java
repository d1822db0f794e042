package org.missionplanner.calendar;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StageRepository extends JpaRepository<Stage, Long> {

    @Query(
            "select s from Stage s where s.missionId = :missionId order by coalesce(s.startsOn, s.endsOn), s.endsOn, s.id")
    List<Stage> findByMission(long missionId);

    @Query("select s from Stage s where s.missionId in :missionIds order by coalesce(s.startsOn, s.endsOn), s.id")
    List<Stage> findByMissions(Collection<Long> missionIds);

    @Query("select s from Stage s order by coalesce(s.startsOn, s.endsOn), s.id")
    List<Stage> findAllInOrder();

    @Query("select s from Stage s where s.id = :id and s.missionId = :missionId")
    Optional<Stage> findInMission(long missionId, long id);

    @Query("select count(s) > 0 from Stage s where s.missionId = :missionId")
    boolean anyInMission(long missionId);
}
