package org.missionplanner.partner;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many partnerships of each of many missions have a principle assessed as not met (the partner
 * map's warning), for the HQ portfolio: one statement whatever the number of missions. The caller
 * has checked that the user may see these missions.
 */
@Service
@Transactional(readOnly = true)
public class PartnershipPrinciples {

    /** A mission's partnerships, and how many of them have a principle not met. */
    public record Counts(long partnerships, long withPrincipleNotMet) {}

    private final EntityManager entityManager;

    PartnershipPrinciples(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The counts of the missions that have partnerships, by mission id. */
    public Map<Long, Counts> ofMissions(Collection<Long> missionIds) {
        Map<Long, Counts> counts = new HashMap<>();
        if (missionIds.isEmpty()) {
            return counts;
        }
        entityManager
                .createQuery(
                        "select p.missionId, count(p), sum(case when exists (select 1 from Partnership q join q.principles a "
                                + "where q.id = p.id and a.assessment = org.missionplanner.partner.Assessment.NOT_MET) "
                                + "then 1 else 0 end) from Partnership p where p.missionId in :missionIds "
                                + "group by p.missionId",
                        Object[].class)
                .setParameter("missionIds", missionIds)
                .getResultList()
                .forEach(row -> counts.put(
                        (Long) row[0], new Counts((Long) row[1], row[2] == null ? 0 : ((Number) row[2]).longValue())));
        return counts;
    }
}
