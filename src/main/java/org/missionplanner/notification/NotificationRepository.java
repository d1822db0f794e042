package org.missionplanner.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    /** One statement for the navigation badge on every page. */
    @Query("select count(n) from Notification n where n.userId = :userId and n.readAt is null")
    long countUnread(@Param("userId") long userId);

    @Query("select n from Notification n where n.userId = :userId order by n.createdAt desc, n.id desc")
    List<Notification> findByUser(long userId, Pageable page);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.userId = :userId and n.readAt is null")
    int markAllRead(long userId, Instant at);
}
