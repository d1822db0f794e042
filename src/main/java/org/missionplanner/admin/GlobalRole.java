package org.missionplanner.admin;

/** What a user may do across all missions. Mission-level rights come from {@link MembershipRole}. */
public enum GlobalRole {
    /** Manages accounts, roles, memberships, the audit log and reference data. */
    ADMINISTRATOR,
    /** Reads every mission, comments, approves or returns submitted plans. */
    HQ_REVIEWER,
    /** Sees only the missions they are a member of. */
    USER,
    /**
     * No access yet: an account created at its first single sign-on. Without a membership such a user
     * sees only the page that asks them to request access from an administrator; with one, they are
     * like {@link #USER}.
     */
    NONE;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean seesAllMissions() {
        return this == ADMINISTRATOR || this == HQ_REVIEWER;
    }
}
