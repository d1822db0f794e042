package org.missionplanner.mission;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Missions the system itself registers (demo data); not reachable from any web endpoint. */
@Service
@Transactional
public class MissionRegistration {

    private final MissionRepository missions;

    MissionRegistration(MissionRepository missions) {
        this.missions = missions;
    }

    /** Registers the mission unless one with this acronym exists; returns its id. */
    public long registerIfAbsent(String acronym, String fullName) {
        return missions.findByAcronym(acronym)
                .orElseGet(() -> missions.save(new Mission(acronym, fullName)))
                .getId();
    }
}
