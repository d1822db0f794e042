package org.missionplanner.structure;

import java.util.List;
import org.missionplanner.shared.BusinessRuleException;

/** A unit cannot be removed: plans or coordination bodies still name it (or one of its sub-units removed with it). */
public class UnitInUseException extends BusinessRuleException {

    private final List<UnitUsages.UnitUse> uses;

    public UnitInUseException(List<UnitUsages.UnitUse> uses) {
        super("structure.rule.unitInUse");
        this.uses = List.copyOf(uses);
    }

    public List<UnitUsages.UnitUse> uses() {
        return uses;
    }
}
