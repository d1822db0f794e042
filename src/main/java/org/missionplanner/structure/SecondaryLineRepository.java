package org.missionplanner.structure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SecondaryLineRepository extends JpaRepository<SecondaryLine, Long> {

    @Query(
            "select l from SecondaryLine l where l.fromUnitId in (select u.id from OrgUnit u where u.missionId = :missionId)")
    List<SecondaryLine> findByMission(@Param("missionId") long missionId);
}
