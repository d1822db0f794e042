package org.missionplanner.structure;

import java.util.ArrayList;
import java.util.List;
import org.missionplanner.support.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Creates missions with structures in the database through the repositories (there is no editor
 * in this branch): an integrated mission of any size, with a Country Team and outside lines. Call
 * {@link #deleteMissions()} after each test.
 */
final class OrganigramFixture {

    private final JdbcTemplate jdbc;
    private final OrgUnitRepository units;
    private final SecondaryLineRepository lines;
    private final List<Long> missions = new ArrayList<>();

    OrganigramFixture(JdbcTemplate jdbc, OrgUnitRepository units, SecondaryLineRepository lines) {
        this.jdbc = jdbc;
        this.units = units;
        this.lines = lines;
    }

    long mission(String prefix, String ochaPosition) {
        String acronym = TestUsers.uniqueName(prefix);
        long id = jdbc.queryForObject(
                "insert into mission (acronym, full_name, ocha_position) values (?, ?, ?) returning id",
                Long.class,
                acronym,
                "Test mission " + acronym,
                ochaPosition);
        missions.add(id);
        return id;
    }

    /**
     * Deletes the missions this fixture created (units, lines and memberships go with them): other
     * test classes of the same JVM count the missions in the shared database.
     */
    void deleteMissions() {
        missions.forEach(id -> jdbc.update("delete from mission where id = ?", id));
        missions.clear();
    }

    String acronym(long missionId) {
        return jdbc.queryForObject("select acronym from mission where id = ?", String.class, missionId);
    }

    OrgUnit unit(long missionId, UnitType type, String name, String headTitle, OrgUnit superior, UnitPosts... posts) {
        var unit =
                new OrgUnit(missionId, type, name, headTitle, null, null, superior == null ? null : superior.getId());
        unit.replacePosts(List.of(posts));
        return units.save(unit);
    }

    /**
     * An integrated mission with a head, a DSRSG RC/HC (lines to DOCO and ERC), Force Commander, Police
     * Commissioner, a joint JMAC, an IMPT the police take part in, three Country Team agencies, and
     * filler sections until it has {@code size} units (at least 12).
     */
    List<OrgUnit> integratedStructure(long missionId, int size) {
        List<OrgUnit> created = new ArrayList<>();
        var srsg = unit(
                missionId,
                UnitType.HEAD_OF_MISSION,
                "Office of the SRSG",
                "SRSG",
                null,
                new UnitPosts(PostCategory.INTERNATIONAL_CIVILIAN, 12, 10));
        var rcHc = unit(missionId, UnitType.DSRSG_RC_HC, "Office of the DSRSG RC/HC", "DSRSG (RC/HC)", srsg);
        var cos = unit(missionId, UnitType.CHIEF_OF_STAFF, "Office of the Chief of Staff", "Chief of Staff", srsg);
        var force = unit(
                missionId,
                UnitType.MILITARY_COMPONENT,
                "Force Headquarters",
                "Force Commander",
                srsg,
                new UnitPosts(PostCategory.MILITARY, 15000, 14200));
        var police = unit(
                missionId,
                UnitType.POLICE_COMPONENT,
                "UN Police",
                "Police Commissioner",
                srsg,
                new UnitPosts(PostCategory.POLICE, 1200, 1100));
        unit(
                missionId,
                UnitType.JMAC,
                "Joint Mission Analysis Centre",
                "Chief JMAC",
                cos,
                new UnitPosts(PostCategory.MILITARY, 3, 3),
                new UnitPosts(PostCategory.POLICE, 2, 2),
                new UnitPosts(PostCategory.INTERNATIONAL_CIVILIAN, 5, 4));
        var impt = unit(missionId, UnitType.MANAGEMENT_BODY, "Integrated Mission Planning Team (IMPT)", null, cos);
        var support = unit(
                missionId,
                UnitType.MISSION_SUPPORT,
                "Mission Support Division",
                "Director of Mission Support",
                srsg,
                new UnitPosts(PostCategory.NATIONAL_STAFF, 400, 380));
        var unicef = unit(missionId, UnitType.UNCT_AGENCY, "UNICEF", "Representative", rcHc);
        unit(missionId, UnitType.UNCT_AGENCY, "UNDP", "Country Director", rcHc);
        unit(missionId, UnitType.UNCT_AGENCY, "WFP", "Country Director", rcHc);
        var humanitarian = unit(missionId, UnitType.OTHER, "Humanitarian Coordination Section (OCHA)", null, rcHc);
        created.addAll(List.of(srsg, rcHc, cos, force, police, impt, support, unicef, humanitarian));
        lines.save(SecondaryLine.toExternal(rcHc.getId(), ExternalEntity.DOCO, "RC role"));
        lines.save(SecondaryLine.toExternal(rcHc.getId(), ExternalEntity.ERC, "HC role"));
        lines.save(SecondaryLine.toExternal(unicef.getId(), ExternalEntity.AGENCY_HQ, null));
        lines.save(SecondaryLine.toUnit(police.getId(), impt.getId(), "takes part in planning"));
        OrgUnit[] parents = {cos, support, force, police};
        for (int i = 12; i < size; i++) {
            var parent = parents[i % parents.length];
            created.add(unit(
                    missionId,
                    UnitType.OTHER,
                    "Section " + i,
                    "Chief of section " + i,
                    parent,
                    new UnitPosts(PostCategory.INTERNATIONAL_CIVILIAN, 3, 2),
                    new UnitPosts(PostCategory.NATIONAL_STAFF, 4, 4)));
        }
        return created;
    }
}
