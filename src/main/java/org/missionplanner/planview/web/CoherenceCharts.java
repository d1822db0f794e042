package org.missionplanner.planview.web;

import java.util.List;
import java.util.Locale;
import org.missionplanner.plan.Tally;
import org.missionplanner.planview.CoherenceReport;
import org.missionplanner.shared.BarChart;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The coherence report's charts, each bar linked to the task list of the tasks it counts. */
@Component
class CoherenceCharts {

    private final MessageSource messages;

    CoherenceCharts(MessageSource messages) {
        this.messages = messages;
    }

    BarChart funding(CoherenceReport report, Locale locale) {
        return BarChart.of(report.funding().stream()
                .map(line -> new BarChart.Input(
                        label("plan.funding." + line.source(), locale),
                        line.tasks(),
                        String.valueOf(line.tasks()),
                        tasks(report.planId(), "funding", line.source().name()),
                        "bar-funding-" + line.source().name().toLowerCase(Locale.ROOT)))
                .toList());
    }

    BarChart dimensions(CoherenceReport report, Locale locale) {
        return BarChart.of(report.tasksByDimension().stream()
                .map(t -> t.key() == null
                        ? new BarChart.Input(
                                label("plan.coherence.dimension.none", locale),
                                t.count(),
                                String.valueOf(t.count()),
                                tasks(report.planId(), "filter", "unlinked"),
                                "bar-none")
                        : new BarChart.Input(
                                label("plan.dimension." + t.key(), locale),
                                t.count(),
                                String.valueOf(t.count()),
                                tasks(report.planId(), "dimension", t.key().name()),
                                "bar-dimension"))
                .toList());
    }

    BarChart horizons(CoherenceReport report, Locale locale) {
        return BarChart.of(report.tasksByHorizon().stream()
                .map(t -> new BarChart.Input(
                        label("plan.horizon." + t.key(), locale),
                        t.count(),
                        String.valueOf(t.count()),
                        tasks(report.planId(), "horizon", t.key().name()),
                        "bar-horizon-" + t.key().name().toLowerCase(Locale.ROOT)))
                .toList());
    }

    BarChart statuses(long planId, List<? extends Tally<?>> tallies, Locale locale) {
        return BarChart.of(tallies.stream()
                .map(t -> new BarChart.Input(
                        label("plan.taskStatus." + t.key(), locale),
                        t.count(),
                        String.valueOf(t.count()),
                        tasks(planId, "status", String.valueOf(t.key())),
                        "bar-status-" + String.valueOf(t.key()).toLowerCase(Locale.ROOT)))
                .toList());
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** The task list of a plan filtered by one parameter. */
    static String tasks(long planId, String parameter, String value) {
        return UriComponentsBuilder.fromPath("/plans/{planId}/tasks")
                .queryParam(parameter, value)
                .buildAndExpand(planId)
                .toUriString();
    }
}
