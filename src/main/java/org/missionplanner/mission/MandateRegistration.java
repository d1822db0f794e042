package org.missionplanner.mission;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Resolutions the system itself registers (demo data); not reachable from any web endpoint. */
@Service
@Transactional
public class MandateRegistration {

    private final MissionRepository missions;
    private final ResolutionRepository resolutions;

    MandateRegistration(MissionRepository missions, ResolutionRepository resolutions) {
        this.missions = missions;
        this.resolutions = resolutions;
    }

    /**
     * Registers the resolution for the mission with this acronym unless the mission already has one
     * with the same symbol. Returns false when nothing was added (no such mission, or already there).
     */
    public boolean registerIfAbsent(String missionAcronym, ResolutionCommand command) {
        var mission = missions.findByAcronym(missionAcronym);
        if (mission.isEmpty()
                || resolutions.symbolTaken(
                        mission.get().getId(), command.symbol().trim(), -1)) {
            return false;
        }
        resolutions.save(new Resolution(mission.get().getId(), command));
        return true;
    }
}
