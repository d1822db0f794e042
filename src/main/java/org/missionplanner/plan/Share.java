package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/** A part of a whole, such as the tasks linked to an objective out of all tasks. */
@NamedInterface("read-model")
public record Share(long count, long total) {

    /** The part in whole percent, rounded; zero of nothing is 0 %. */
    public int percent() {
        return total == 0 ? 0 : (int) Math.round(count * 100.0 / total);
    }
}
