package org.missionplanner.partner;

/** The dimensions along which plans, and so partnerships, are organised. */
public enum Sector {
    POLITICAL,
    SECURITY,
    RULE_OF_LAW,
    HUMAN_RIGHTS,
    DEVELOPMENT,
    HUMANITARIAN
}
