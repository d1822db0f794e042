package org.missionplanner.mission;

/** How far the mission itself carries out a mandated task: watches it, helps others do it, or does it. */
public enum TaskModality {
    MONITOR,
    ASSIST_SUPPORT,
    IMPLEMENT_SECURE
}
