package org.missionplanner.structure;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Structures the system itself creates (demo data); not reachable from any web endpoint. */
@Service
@Transactional
public class StructureSeeding {

    private final StructureStore store;
    private final OrgUnitRepository units;

    StructureSeeding(StructureStore store, OrgUnitRepository units) {
        this.store = store;
        this.units = units;
    }

    /** Creates the blueprint's structure unless the mission has units already; true when it did. */
    public boolean seedIfEmpty(long missionId, StructureBlueprint blueprint) {
        if (units.missionHasUnits(missionId)) {
            return false;
        }
        store.instantiate(missionId, blueprint);
        return true;
    }
}
