package org.missionplanner.structure;

/** What happens to the sub-units of a unit that is removed. */
public enum RemovalMode {
    /** The sub-units report to the removed unit's superior from now on. */
    MOVE_SUB_UNITS,
    /** The sub-units (and theirs) are removed with it. */
    REMOVE_SUB_UNITS
}
