package org.missionplanner.mission;

import org.springframework.stereotype.Component;

/**
 * What the history module needs to read the recorded changes of missions and their mandates
 * without naming the entities: the audited types.
 */
@Component
public class MissionAuditing {

    MissionAuditing() {}

    /** The audited type of the mission itself; its changes are found by id. */
    public Class<?> missionType() {
        return Mission.class;
    }

    /** The audited type of a mission's resolutions, each found by its {@code missionId}. */
    public Class<?> resolutionType() {
        return Resolution.class;
    }
}
