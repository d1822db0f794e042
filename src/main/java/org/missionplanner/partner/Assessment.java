package org.missionplanner.partner;

/** How well a partnership meets one principle. */
public enum Assessment {
    MET,
    PARTLY_MET,
    NOT_MET,
    NOT_ASSESSED
}
