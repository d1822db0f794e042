package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/**
 * What deleting a part takes with it, which a planner confirms before it goes: an objective's
 * results, a result's indicators and their measurements are deleted; its tasks and benchmarks
 * stay, no longer linked to it. {@code version} is the part's version as read.
 */
@NamedInterface("read-model")
public record DeletionImpact(
        String label,
        long version,
        int results,
        int indicators,
        long measurements,
        int tasksUnlinked,
        int benchmarksUnlinked) {

    /** Nothing goes and nothing is unlinked: a plain confirmation is enough. */
    public boolean isEmpty() {
        return results == 0 && indicators == 0 && measurements == 0 && tasksUnlinked == 0 && benchmarksUnlinked == 0;
    }
}
