package org.missionplanner.plan;

/** The dilemmas of integration a risk can touch. */
public enum Dilemma {
    HUMANITARIAN_SPACE,
    HUMAN_RIGHTS,
    LOCAL_OWNERSHIP
}
