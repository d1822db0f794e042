package org.missionplanner.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** An indicator with its latest measurement and its progress toward the target. */
@NamedInterface("read-model")
public record IndicatorView(
        long id,
        long resultId,
        int position,
        String definition,
        String unit,
        BigDecimal baselineValue,
        LocalDate baselineOn,
        BigDecimal targetValue,
        LocalDate targetOn,
        String dataSource,
        IndicatorFrequency frequency,
        BigDecimal latestValue,
        LocalDate latestOn,
        Integer progressPercent,
        boolean offTrack,
        long version) {

    static IndicatorView of(Indicator indicator, IndicatorReadings.Reading latest, LocalDate today) {
        BigDecimal latestValue = latest == null ? null : latest.value();
        Integer percent =
                IndicatorProgress.percent(indicator.getBaselineValue(), indicator.getTargetValue(), latestValue);
        // judged where the latest value stands on the planned path on the day it was measured, not today:
        // a plan of past years is not off track because its years have passed
        LocalDate asOf = latest == null ? today : latest.measuredOn();
        Integer elapsed = IndicatorProgress.elapsedPercent(indicator.getBaselineOn(), indicator.getTargetOn(), asOf);
        return new IndicatorView(
                indicator.getId(),
                indicator.getResultId(),
                indicator.getPosition(),
                indicator.getDefinition(),
                indicator.getUnit(),
                indicator.getBaselineValue(),
                indicator.getBaselineOn(),
                indicator.getTargetValue(),
                indicator.getTargetOn(),
                indicator.getDataSource(),
                indicator.getFrequency(),
                latestValue,
                latest == null ? null : latest.measuredOn(),
                percent,
                IndicatorProgress.offTrack(percent, elapsed, indicator.getTargetOn(), asOf),
                indicator.getVersion());
    }
}
