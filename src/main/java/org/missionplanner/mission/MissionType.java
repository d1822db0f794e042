package org.missionplanner.mission;

/** The kinds of UN peace operation. */
public enum MissionType {
    MULTIDIMENSIONAL_PKO,
    TRADITIONAL_OBSERVER,
    SPECIAL_POLITICAL_MISSION,
    PEACEBUILDING_OFFICE,
    HYBRID_OPERATION,
    TRANSITIONAL_ADMINISTRATION
}
