package org.missionplanner.review;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When plans were approved or returned, for calendars: one statement whatever the number of plans.
 * The caller has checked that the user may see these plans.
 */
@Service
@Transactional(readOnly = true)
public class ReviewDecisionDates {

    /** A decision on a submitted version: {@code approved} or else returned. */
    public record Decision(long planId, int versionNumber, boolean approved, Instant decidedAt, String decidedBy) {}

    private final EntityManager entityManager;

    ReviewDecisionDates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Decision> decisionsOf(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        "select v.planId, v.number, v.status, v.decidedAt, v.decidedByName from PlanVersion v "
                                + "where v.planId in :planIds and v.decidedAt is not null "
                                + "and v.status in :statuses order by v.decidedAt, v.id",
                        Object[].class)
                .setParameter("planIds", planIds)
                .setParameter(
                        "statuses", List.of(VersionStatus.APPROVED, VersionStatus.RETURNED, VersionStatus.SUPERSEDED))
                .getResultList()
                .stream()
                .map(row -> new Decision(
                        (Long) row[0], (Integer) row[1], row[2] != VersionStatus.RETURNED, (Instant) row[3], (String)
                                row[4]))
                .toList();
    }
}
