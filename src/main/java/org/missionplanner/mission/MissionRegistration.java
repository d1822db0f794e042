package org.missionplanner.mission;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Missions the system itself registers (demo data); not reachable from any web endpoint. */
@Service
@Transactional
public class MissionRegistration {

    private final MissionRepository missions;
    private final Clock clock;

    MissionRegistration(MissionRepository missions, Clock clock) {
        this.missions = missions;
        this.clock = clock;
    }

    /** Registers the mission unless one with this acronym exists; returns its id. */
    public long registerIfAbsent(String acronym, String fullName) {
        return missions.findByAcronym(acronym)
                .orElseGet(() -> missions.save(new Mission(acronym, fullName, Instant.now(clock))))
                .getId();
    }

    /**
     * Registers the mission with these facts, or completes an existing one that has no facts yet
     * (no type); a mission somebody has already described is left as it is. Returns its id.
     */
    public long registerOrComplete(MissionFacts facts) {
        Mission mission =
                missions.findByAcronym(facts.acronym()).orElseGet(() -> new Mission(facts, Instant.now(clock)));
        if (mission.getType() == null) {
            mission.apply(facts);
        }
        return missions.save(mission).getId();
    }
}
