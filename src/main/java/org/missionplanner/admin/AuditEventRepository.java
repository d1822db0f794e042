package org.missionplanner.admin;

import java.time.Instant;
import java.util.Collection;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Insert and read only: the audit log has no update or delete path. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    String FILTER = """
            from AuditEvent e
            where (:username = '' or lower(e.actorUsername) = :username or lower(e.targetUsername) = :username)
              and e.eventType in :types
              and (:missionId is null or e.missionId = :missionId)
              and (e.occurredAt >= :from)
              and (e.occurredAt < :to)
            """;

    @Query(
            value = "select e " + FILTER + " order by e.occurredAt desc, e.id desc",
            countQuery = "select count(e) " + FILTER)
    Page<AuditEvent> search(
            @Param("username") String username,
            @Param("types") Collection<AuditEventType> types,
            @Param("missionId") Long missionId,
            @Param("from") Instant from,
            @Param("to") Instant to,
            Pageable pageable);

    @Query("select e " + FILTER + " order by e.occurredAt desc, e.id desc")
    Stream<AuditEvent> stream(
            @Param("username") String username,
            @Param("types") Collection<AuditEventType> types,
            @Param("missionId") Long missionId,
            @Param("from") Instant from,
            @Param("to") Instant to);
}
