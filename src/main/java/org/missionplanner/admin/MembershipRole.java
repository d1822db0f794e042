package org.missionplanner.admin;

/** A user's role on one mission. */
public enum MembershipRole {
    /** Edits the mission's data and plans. */
    PLANNER,
    /** Reads the mission. */
    VIEWER
}
