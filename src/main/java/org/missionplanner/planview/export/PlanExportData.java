package org.missionplanner.planview.export;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionplanner.monitoring.MeasurementView;
import org.missionplanner.plan.IndicatorView;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.ResultView;

/** Everything an export of a plan shows, read once: the outline, the mission's name and the measurements. */
record PlanExportData(PlanOutline outline, String missionName, List<MeasurementView> measurements, LocalDate today) {

    /** Objective titles by id, for benchmarks and tasks that name their objective. */
    Map<Long, String> objectiveTitles() {
        Map<Long, String> titles = new LinkedHashMap<>();
        outline.objectives()
                .forEach(o -> titles.put(o.objective().id(), o.objective().title()));
        return titles;
    }

    Map<Long, String> resultTitles() {
        Map<Long, String> titles = new LinkedHashMap<>();
        outline.allResults().forEach(r -> titles.put(r.id(), r.title()));
        return titles;
    }

    Map<Long, ResultView> resultsById() {
        Map<Long, ResultView> results = new LinkedHashMap<>();
        outline.allResults().forEach(r -> results.put(r.id(), r));
        return results;
    }

    Map<Long, IndicatorView> indicatorsById() {
        Map<Long, IndicatorView> indicators = new LinkedHashMap<>();
        outline.allIndicators().forEach(i -> indicators.put(i.id(), i));
        return indicators;
    }

    long offTrackIndicators() {
        return outline.allIndicators().stream().filter(IndicatorView::offTrack).count();
    }
}
