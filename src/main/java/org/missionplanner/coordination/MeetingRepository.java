package org.missionplanner.coordination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @Query("select m from Meeting m where m.bodyId = :bodyId order by m.heldOn desc, m.id desc")
    List<Meeting> findByBody(@Param("bodyId") long bodyId);
}
