package org.missionplanner.structure;

import org.springframework.stereotype.Component;

/**
 * What the history module needs to read the recorded changes of a mission's structure without
 * naming the entities: the audited types.
 */
@Component
public class StructureAuditing {

    StructureAuditing() {}

    /** The audited type of a unit, each found by its {@code missionId}. */
    public Class<?> unitType() {
        return OrgUnit.class;
    }

    /** The audited type of a secondary reporting line, each found by its {@code fromUnitId}. */
    public Class<?> secondaryLineType() {
        return SecondaryLine.class;
    }
}
