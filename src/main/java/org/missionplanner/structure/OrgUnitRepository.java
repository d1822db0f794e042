package org.missionplanner.structure;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    @Query("select u from OrgUnit u where u.missionId = :missionId order by u.sortOrder, u.id")
    List<OrgUnit> findByMission(@Param("missionId") long missionId);

    @Query("select u from OrgUnit u where u.id in :ids")
    List<OrgUnit> findByIds(@Param("ids") Collection<Long> ids);

    @Query("select u from OrgUnit u where u.missionId in :missionIds order by u.missionId, u.sortOrder, u.id")
    List<OrgUnit> findByMissions(@Param("missionIds") Collection<Long> missionIds);

    @Query("select count(u) > 0 from OrgUnit u where u.missionId = :missionId")
    boolean missionHasUnits(@Param("missionId") long missionId);

    @Query("select distinct u.missionId from OrgUnit u")
    List<Long> missionsWithUnits();

    /** Removes the whole structure of a mission; posts and secondary lines go with the units (on delete cascade). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from org_unit where mission_id = :missionId", nativeQuery = true)
    int deleteStructureOf(@Param("missionId") long missionId);
}
