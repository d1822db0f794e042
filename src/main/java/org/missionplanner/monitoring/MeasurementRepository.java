package org.missionplanner.monitoring;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeasurementRepository extends JpaRepository<Measurement, Long> {

    @Query("select m from Measurement m where m.planId = :planId order by m.indicatorId, m.measuredOn, m.id")
    List<Measurement> findByPlan(long planId);

    /** The plan's most recently recorded measurements, newest first. */
    @Query("select m from Measurement m where m.planId = :planId order by m.recordedAt desc, m.id desc")
    List<Measurement> findRecentByPlan(long planId, Limit limit);

    @Query(
            "select m from Measurement m where m.indicatorId in :indicatorIds order by m.indicatorId, m.measuredOn, m.id")
    List<Measurement> findByIndicators(Collection<Long> indicatorIds);

    @Query("select m from Measurement m where m.indicatorId = :indicatorId order by m.measuredOn, m.id")
    List<Measurement> findByIndicator(long indicatorId);

    long countByIndicatorIdIn(Collection<Long> indicatorIds);
}
