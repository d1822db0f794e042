package org.missionplanner.monitoring.web;

import java.util.List;
import java.util.Locale;
import org.missionplanner.plan.Tally;
import org.missionplanner.shared.BarChart;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The monitoring dashboard's chart of tasks by status, each bar linked to the task list of that status. */
@Component
class TaskStatusChart {

    private final MessageSource messages;

    TaskStatusChart(MessageSource messages) {
        this.messages = messages;
    }

    BarChart of(long planId, List<? extends Tally<?>> tallies, Locale locale) {
        return BarChart.of(tallies.stream()
                .map(t -> new BarChart.Input(
                        messages.getMessage("plan.taskStatus." + t.key(), null, locale),
                        t.count(),
                        String.valueOf(t.count()),
                        UriComponentsBuilder.fromPath("/plans/{planId}/tasks")
                                .queryParam("status", String.valueOf(t.key()))
                                .buildAndExpand(planId)
                                .toUriString(),
                        "bar-status-" + String.valueOf(t.key()).toLowerCase(Locale.ROOT)))
                .toList());
    }
}
