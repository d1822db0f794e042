package org.missionplanner.national;

import org.springframework.stereotype.Component;

/**
 * What the history module needs to read the recorded changes of national actors and plans without
 * naming the entities: the audited types. Actors and plans are found by their {@code country},
 * priorities by their {@code planId}.
 */
@Component
public class NationalAuditing {

    NationalAuditing() {}

    public Class<?> actorType() {
        return NationalActor.class;
    }

    public Class<?> planType() {
        return NationalPlan.class;
    }

    public Class<?> priorityType() {
        return NationalPriority.class;
    }
}
