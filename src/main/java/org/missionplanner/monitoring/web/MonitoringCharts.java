package org.missionplanner.monitoring.web;

import java.time.LocalDate;
import org.missionplanner.monitoring.MonitoringViews.IndicatorRecord;
import org.missionplanner.plan.IndicatorView;

/** The progress chart of an indicator record. */
final class MonitoringCharts {

    private MonitoringCharts() {}

    static ProgressChart progress(IndicatorRecord record, LocalDate today) {
        IndicatorView i = record.line().indicator();
        return ProgressChart.of(
                i.baselineValue(),
                i.baselineOn(),
                i.targetValue(),
                i.targetOn(),
                record.measurements().stream()
                        .map(m -> new ProgressChart.Sample(m.measuredOn(), m.value()))
                        .toList(),
                today);
    }
}
