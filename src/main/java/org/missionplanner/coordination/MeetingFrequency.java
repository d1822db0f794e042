package org.missionplanner.coordination;

/** How often a coordination body meets. */
public enum MeetingFrequency {
    WEEKLY,
    FORTNIGHTLY,
    MONTHLY,
    QUARTERLY,
    AD_HOC
}
