package org.missionplanner.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findBySecretHash(String secretHash);

    @Query(
            "select f from CalendarFeed f where f.userId = :userId and f.revokedAt is null order by f.createdAt desc, f.id desc")
    List<CalendarFeed> findActiveOf(long userId);
}
