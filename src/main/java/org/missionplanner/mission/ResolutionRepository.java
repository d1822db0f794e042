package org.missionplanner.mission;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResolutionRepository extends JpaRepository<Resolution, Long> {

    /** A mission's resolutions, newest adoption first (the order of the history on the page). */
    @Query("select r from Resolution r where r.missionId = :missionId order by r.adoptedOn desc, r.id desc")
    List<Resolution> historyOf(@Param("missionId") long missionId);

    @Query("select r from Resolution r where r.id = :resolutionId and r.missionId = :missionId")
    Optional<Resolution> findInMission(@Param("missionId") long missionId, @Param("resolutionId") long resolutionId);

    @Query(
            "select count(r) > 0 from Resolution r where r.missionId = :missionId and r.symbol = :symbol and r.id <> :exceptId")
    boolean symbolTaken(
            @Param("missionId") long missionId, @Param("symbol") String symbol, @Param("exceptId") long exceptId);
}
