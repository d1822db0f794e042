package org.missionplanner.structure;

/** What a new structure starts from. */
public enum StartingPoint {
    BLANK,
    GENERIC,
    COPY
}
