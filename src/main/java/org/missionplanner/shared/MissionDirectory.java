package org.missionplanner.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Read-only look-up of missions by id, for modules that only need to name them. */
public interface MissionDirectory {

    record MissionRef(long id, String acronym, String fullName) {}

    List<MissionRef> allMissions();

    Map<Long, MissionRef> byIds(Collection<Long> ids);

    boolean exists(long missionId);
}
