package org.missionplanner.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Loads a mission's structure in a fixed number of queries and turns blueprints into units. */
@Component
class StructureStore {

    private final OrgUnitRepository units;
    private final SecondaryLineRepository lines;
    private final JdbcTemplate jdbc;

    StructureStore(OrgUnitRepository units, SecondaryLineRepository lines, JdbcTemplate jdbc) {
        this.units = units;
        this.lines = lines;
        this.jdbc = jdbc;
    }

    /** Three queries whatever the size: units, their posts (one batch), secondary lines. */
    MissionStructure load(long missionId) {
        var structure = new MissionStructure(missionId, units.findByMission(missionId), lines.findByMission(missionId));
        structure.units().forEach(unit -> unit.getPosts().size());
        return structure;
    }

    OrgUnit save(OrgUnit unit) {
        return units.save(unit);
    }

    void deleteStructureOf(long missionId) {
        units.deleteStructureOf(missionId);
        checkReferencesNow();
    }

    /** Deletes the units (the deepest first) and their secondary lines. */
    void delete(List<SecondaryLine> linesToDelete, List<OrgUnit> unitsToDelete) {
        lines.deleteAll(linesToDelete);
        units.deleteAll(unitsToDelete);
        units.flush();
        checkReferencesNow();
    }

    /**
     * The database checks references to units at commit (see V20); asks for the check now, so that a
     * plan that named a removed unit in the meantime fails the removal with a
     * {@link org.springframework.dao.DataIntegrityViolationException} here rather than at commit.
     */
    private void checkReferencesNow() {
        jdbc.execute("set constraints all immediate");
    }

    /** Creates the blueprint's units and lines in the mission, in the blueprint's order. */
    void instantiate(long missionId, StructureBlueprint blueprint) {
        Map<String, Long> ids = new HashMap<>();
        int order = 0;
        for (var spec : blueprint.units()) {
            Long superior = null;
            if (spec.reportsToKey() != null) {
                superior = ids.get(spec.reportsToKey());
                if (superior == null) {
                    throw new IllegalArgumentException(
                            "Unit " + spec.key() + " reports to unknown " + spec.reportsToKey());
                }
            }
            var unit = new OrgUnit(
                    missionId, spec.type(), spec.name(), spec.headTitle(), spec.category(), spec.location(), superior);
            unit.placeAt(order++);
            unit.replacePosts(spec.posts());
            ids.put(spec.key(), units.save(unit).getId());
        }
        for (var line : blueprint.lines()) {
            long from = ids.get(line.fromKey());
            lines.save(
                    line.toKey() == null
                            ? SecondaryLine.toExternal(from, line.external(), line.description())
                            : SecondaryLine.toUnit(from, ids.get(line.toKey()), line.description()));
        }
    }
}
