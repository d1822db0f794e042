package org.missionplanner.monitoring;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionplanner.plan.IndicatorReadings;
import org.springframework.stereotype.Component;

/** Gives the plan's outline the latest measurement of each indicator, in one statement per plan. */
@Component
class LatestMeasurements implements IndicatorReadings {

    private final MeasurementRepository measurements;

    LatestMeasurements(MeasurementRepository measurements) {
        this.measurements = measurements;
    }

    @Override
    public Map<Long, Reading> latestOfPlan(long planId) {
        Map<Long, Reading> latest = new LinkedHashMap<>();
        measurements.findByPlan(planId).forEach(m -> latest.put(m.getIndicatorId(), reading(m)));
        return latest;
    }

    @Override
    public Map<Long, Reading> latestOf(Collection<Long> indicatorIds) {
        Map<Long, Reading> latest = new LinkedHashMap<>();
        if (!indicatorIds.isEmpty()) {
            measurements.findByIndicators(indicatorIds).forEach(m -> latest.put(m.getIndicatorId(), reading(m)));
        }
        return latest;
    }

    @Override
    public Optional<Reading> latestOf(long indicatorId) {
        List<Measurement> recorded = measurements.findByIndicator(indicatorId);
        return recorded.isEmpty() ? Optional.empty() : Optional.of(reading(recorded.get(recorded.size() - 1)));
    }

    @Override
    public long countOf(Collection<Long> indicatorIds) {
        return indicatorIds.isEmpty() ? 0 : measurements.countByIndicatorIdIn(indicatorIds);
    }

    private static Reading reading(Measurement m) {
        return new Reading(m.getIndicatorId(), m.getMeasuredOn(), m.getValue());
    }
}
