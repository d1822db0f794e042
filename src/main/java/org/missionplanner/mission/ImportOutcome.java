package org.missionplanner.mission;

/** What the import does with one row of the file. */
public enum ImportOutcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    REJECTED
}
