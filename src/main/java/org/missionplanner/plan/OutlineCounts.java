package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/** How many objectives, results, indicators and tasks a plan has: the heading of its outline. */
@NamedInterface("read-model")
public record OutlineCounts(long objectives, long results, long indicators, long tasks) {

    public long total() {
        return objectives + results + indicators + tasks;
    }
}
