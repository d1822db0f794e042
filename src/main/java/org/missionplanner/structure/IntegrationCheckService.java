package org.missionplanner.structure;

import java.util.List;
import org.missionplanner.mission.MissionCatalog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The advisory integration checks of a mission's structure, for pages and the API. */
@Service
@Transactional(readOnly = true)
public class IntegrationCheckService {

    private final MissionCatalog missions;
    private final OrgUnitRepository units;
    private final SecondaryLineRepository lines;

    IntegrationCheckService(MissionCatalog missions, OrgUnitRepository units, SecondaryLineRepository lines) {
        this.missions = missions;
        this.units = units;
        this.lines = lines;
    }

    /** The checks of a mission the user may see, in the order of {@link IntegrationChecks#CODES}. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public List<IntegrationCheck> checks(long missionId) {
        var mission = missions.get(missionId);
        return IntegrationChecks.evaluate(
                mission.ochaPosition(), units.findByMission(missionId), lines.findByMission(missionId));
    }
}
