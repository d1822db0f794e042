package org.missionplanner.cmcoord;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CmcoordRequestRepository extends JpaRepository<CmcoordRequest, Long> {

    String ROWS = "select new org.missionplanner.cmcoord.RequestRow(r.id, r.missionId, r.organisationId, r.title,"
            + " r.location, r.neededFrom, r.neededUntil, r.status, r.decision, r.usableUntil)"
            + " from CmcoordRequest r";

    @Query(ROWS + " where r.missionId = :missionId order by r.neededFrom desc, r.id desc")
    List<RequestRow> findRowsOf(@Param("missionId") long missionId);

    @Query(ROWS + " where r.missionId in :missionIds order by r.neededFrom desc, r.id desc")
    List<RequestRow> findRowsIn(@Param("missionIds") Collection<Long> missionIds);

    @Query(ROWS + " order by r.neededFrom desc, r.id desc")
    List<RequestRow> findAllRows();
}
