package org.missionplanner.structure;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Structures the system itself creates (demo data); not reachable from any web endpoint. */
@Service
@Transactional
public class StructureSeeding {

    private final StructureStore store;
    private final OrgUnitRepository units;
    private final JdbcTemplate jdbc;

    StructureSeeding(StructureStore store, OrgUnitRepository units, JdbcTemplate jdbc) {
        this.store = store;
        this.units = units;
        this.jdbc = jdbc;
    }

    /** Creates the blueprint's structure unless the mission has units already; true when it did. */
    public boolean seedIfEmpty(long missionId, StructureBlueprint blueprint) {
        if (units.missionHasUnits(missionId)) {
            return false;
        }
        store.instantiate(missionId, blueprint);
        return true;
    }

    /**
     * Links the units of the mission named after a registry organisation of the UN kinds or a
     * regional organisation (UNDP, UNICEF, OSCE...) to that organisation, which they place in the
     * structure, and moves what named such a unit onto the organisation (see V39's
     * {@code link_organisation_units}). Returns how many units were linked; idempotent.
     */
    public int placeOrganisations(long missionId) {
        Integer linked = jdbc.queryForObject("select link_organisation_units(?)", Integer.class, missionId);
        return linked == null ? 0 : linked;
    }
}
