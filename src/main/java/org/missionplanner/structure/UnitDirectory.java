package org.missionplanner.structure;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-ups of a mission's units for other modules, which refer to units by id. The
 * callers have checked that the user may see the mission.
 */
@Service
@Transactional(readOnly = true)
public class UnitDirectory {

    /**
     * A unit as other modules need it: to name it, or to pick one by its type. {@code organisationId}
     * is set when the unit is an organisation placed in the structure: that organisation is the actor.
     */
    public record UnitRef(long id, UnitType type, String name, Long organisationId) {

        public boolean placesOrganisation() {
            return organisationId != null;
        }
    }

    private final OrgUnitRepository units;
    private final JdbcTemplate jdbc;

    UnitDirectory(OrgUnitRepository units, JdbcTemplate jdbc) {
        this.units = units;
        this.jdbc = jdbc;
    }

    /** The mission's units in the structure's order, in one query. */
    public List<UnitRef> unitsOf(long missionId) {
        return units.findByMission(missionId).stream()
                .map(u -> new UnitRef(u.getId(), u.getUnitType(), u.getName(), u.getOrganisationId()))
                .toList();
    }

    /** The units with the given ids, of whatever mission, by id; exactly one query, even for no ids. */
    public Map<Long, UnitRef> byIdsInOneQuery(Collection<Long> ids) {
        Map<Long, UnitRef> found = new LinkedHashMap<>();
        units.findByIds(ids)
                .forEach(u -> found.put(
                        u.getId(), new UnitRef(u.getId(), u.getUnitType(), u.getName(), u.getOrganisationId())));
        return found;
    }

    /** The organisations placed in the mission's structure, by the id of the unit that places them. */
    public Map<Long, Long> placedOrganisations(long missionId) {
        Map<Long, Long> placed = new LinkedHashMap<>();
        unitsOf(missionId).stream()
                .filter(UnitRef::placesOrganisation)
                .forEach(u -> placed.put(u.id(), u.organisationId()));
        return placed;
    }

    /**
     * The names of every unit the mission has or had, by id: current names first; a unit removed
     * since keeps the last name the history recorded for it. One query.
     */
    public Map<Long, String> namesAsLastRecorded(long missionId) {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.query(
                """
                select id, name from org_unit where mission_id = ?
                union all
                select id, name from (select distinct on (id) id, name from org_unit_aud
                                       where mission_id = ? and name is not null order by id, rev desc) removed
                 where id not in (select id from org_unit where mission_id = ?)""",
                rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                },
                missionId,
                missionId,
                missionId);
        return names;
    }
}
