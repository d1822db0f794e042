package org.missionplanner.mission;

import java.time.LocalDate;
import java.util.Collection;
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

    /** The resolutions of several missions, without their tasks. */
    @Query("select r from Resolution r where r.missionId in :missionIds")
    List<Resolution> findByMissions(@Param("missionIds") Collection<Long> missionIds);

    /** The mandated tasks (resolution id, category, modality) of several resolutions, in one statement. */
    @Query("select r.id, t.category, t.modality from Resolution r join r.tasks t where r.id in :resolutionIds")
    List<Object[]> tasksOf(@Param("resolutionIds") Collection<Long> resolutionIds);

    /** Resolutions ending in the period that no later-ending resolution of the same mission extends. */
    @Query("""
            select r from Resolution r
            where r.expiresOn between :from and :to
              and not exists (select 1 from Resolution later
                              where later.missionId = r.missionId and later.expiresOn > r.expiresOn)
            order by r.expiresOn, r.id
            """)
    List<Resolution> lastEndingBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
