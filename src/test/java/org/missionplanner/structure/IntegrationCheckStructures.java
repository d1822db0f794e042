package org.missionplanner.structure;

import java.util.ArrayList;
import java.util.List;
import org.springframework.test.util.ReflectionTestUtils;

/** Builds a structure in memory (units with ids, secondary lines) for the pure domain tests. */
final class IntegrationCheckStructures {

    private long nextId = 1;
    final List<OrgUnit> units = new ArrayList<>();
    final List<SecondaryLine> lines = new ArrayList<>();

    static IntegrationCheckStructures aStructure() {
        return new IntegrationCheckStructures();
    }

    OrgUnit unit(UnitType type, String name, OrgUnit superior, UnitPosts... posts) {
        return unit(type, name, null, superior, posts);
    }

    OrgUnit unit(UnitType type, String name, String headTitle, OrgUnit superior, UnitPosts... posts) {
        var unit = new OrgUnit(1L, type, name, headTitle, null, null, superior == null ? null : superior.getId());
        ReflectionTestUtils.setField(unit, "id", nextId++);
        unit.replacePosts(List.of(posts));
        units.add(unit);
        return unit;
    }

    IntegrationCheckStructures line(OrgUnit from, ExternalEntity to) {
        lines.add(SecondaryLine.toExternal(from.getId(), to, null));
        return this;
    }

    IntegrationCheckStructures line(OrgUnit from, OrgUnit to) {
        lines.add(SecondaryLine.toUnit(from.getId(), to.getId(), null));
        return this;
    }

    static UnitPosts posts(PostCategory category, int authorised) {
        return new UnitPosts(category, authorised, authorised);
    }
}
