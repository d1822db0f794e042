package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/**
 * An objective (a priority of the plan) as a planner writes it, aligned, if at all, with a priority of
 * a national plan of a host country of the mission.
 */
@NamedInterface("seeding")
public record ObjectiveDetails(String title, Dimension dimension, String description, Long nationalPriorityId) {

    /** An objective aligned with no national priority. */
    public ObjectiveDetails(String title, Dimension dimension, String description) {
        this(title, dimension, description, null);
    }
}
