package org.missionplanner.admin;

/** What a user may do across all missions. Mission-level rights come from {@link MembershipRole}. */
public enum GlobalRole {
    /** Manages accounts, roles, memberships, the audit log and reference data. */
    ADMINISTRATOR,
    /** Reads every mission, comments, approves or returns submitted plans. */
    HQ_REVIEWER,
    /** Sees only the missions they are a member of. */
    USER;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean seesAllMissions() {
        return this != USER;
    }
}
