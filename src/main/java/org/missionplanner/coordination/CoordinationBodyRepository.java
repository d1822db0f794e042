package org.missionplanner.coordination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CoordinationBodyRepository extends JpaRepository<CoordinationBody, Long> {

    @Query("select b from CoordinationBody b where b.missionId = :missionId order by b.kind, lower(b.name), b.id")
    List<CoordinationBody> findByMission(@Param("missionId") long missionId);
}
