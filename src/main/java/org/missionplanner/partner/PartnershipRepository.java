package org.missionplanner.partner;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    @Query("select p from Partnership p where p.missionId = :missionId order by p.startDate, p.id")
    List<Partnership> findByMission(@Param("missionId") long missionId);

    @Query("""
            select p from Partnership p where p.missionId = :missionId and p.organisationId = :organisationId
               and p.arrangement = :arrangement""")
    List<Partnership> findSameArrangement(
            @Param("missionId") long missionId,
            @Param("organisationId") long organisationId,
            @Param("arrangement") Arrangement arrangement);

    @Query("select p from Partnership p where p.organisationId = :organisationId order by p.startDate, p.id")
    List<Partnership> findByOrganisation(@Param("organisationId") long organisationId);

    @Query("""
            select p from Partnership p where p.organisationId = :organisationId and p.missionId in :missionIds
             order by p.startDate, p.id""")
    List<Partnership> findByOrganisationAndMissions(
            @Param("organisationId") long organisationId, @Param("missionIds") Collection<Long> missionIds);

    @Query("select p from Partnership p where p.missionId in :missionIds order by p.startDate, p.id")
    List<Partnership> findByMissions(@Param("missionIds") java.util.Collection<Long> missionIds);
}
