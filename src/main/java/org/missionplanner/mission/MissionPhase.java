package org.missionplanner.mission;

/** Where a mission is in its life, from assessment to closure. */
public enum MissionPhase {
    ASSESSMENT_AND_PLANNING,
    START_UP,
    MANDATE_IMPLEMENTATION,
    TRANSITION_DRAWDOWN,
    CLOSED
}
