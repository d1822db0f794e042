package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/** The three time horizons of integrated planning: immediate needs, the political timetable, long-term recovery. */
@NamedInterface("read-model")
public enum TimeHorizon {
    IMMEDIATE,
    POLITICAL_TIMETABLE,
    LONG_TERM
}
