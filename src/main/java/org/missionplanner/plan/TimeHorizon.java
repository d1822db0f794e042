package org.missionplanner.plan;

/** The three time horizons of integrated planning: immediate needs, the political timetable, long-term recovery. */
public enum TimeHorizon {
    IMMEDIATE,
    POLITICAL_TIMETABLE,
    LONG_TERM
}
