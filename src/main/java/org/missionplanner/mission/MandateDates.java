package org.missionplanner.mission;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dates of the resolutions of some missions, for calendars: adoption, expiry and the dates by
 * which the Secretary-General is to report. One statement whatever the number of resolutions. The
 * caller has checked that the user may see these missions.
 */
@Service
@Transactional(readOnly = true)
public class MandateDates {

    /** One resolution's dates; {@code expiresOn} is null for an open-ended mandate. */
    public record ResolutionDates(
            long resolutionId,
            long missionId,
            String symbol,
            LocalDate adoptedOn,
            LocalDate expiresOn,
            List<LocalDate> reportDueDates) {}

    private final EntityManager entityManager;

    MandateDates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<ResolutionDates> ofMissions(Collection<Long> missionIds) {
        if (missionIds.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        "select distinct r from Resolution r left join fetch r.reportDueDates "
                                + "where r.missionId in :missionIds",
                        Resolution.class)
                .setParameter("missionIds", missionIds)
                .getResultList()
                .stream()
                .map(r -> new ResolutionDates(
                        r.getId(),
                        r.getMissionId(),
                        r.getSymbol(),
                        r.getAdoptedOn(),
                        r.getExpiresOn(),
                        List.copyOf(r.getReportDueDates())))
                .sorted(java.util.Comparator.comparing(ResolutionDates::adoptedOn)
                        .thenComparing(ResolutionDates::resolutionId))
                .toList();
    }
}
