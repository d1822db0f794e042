package org.missionplanner.structure;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/**
 * Where other modules name units: the plans (leads, supporters, risk owners) and the coordination
 * bodies (chairs, members, attendees, action item owners). Those modules implement it, so that the
 * structure can refuse to remove a unit still in use without depending on them.
 */
public interface UnitUsages {

    /** Every place that names one of these units, one entry per plan or body; empty when none does. */
    List<UnitUse> usesOf(Collection<Long> unitIds);

    /**
     * A plan or a coordination body that names some of the units, how many times, and whether it is a
     * draft (which the planner may change) or not. Serializable: the page shows it after a redirect,
     * through the session, which the database keeps.
     */
    record UnitUse(Place place, long id, String name, boolean draft, int references) implements Serializable {}

    enum Place {
        PLAN,
        COORDINATION_BODY
    }
}
